/// A rule's condition as a tree in plain words, each node with how it stands, for
/// `parity explain`. Built by the same evaluator as the assessment, so the two agree.
public struct ConditionExplanation: Hashable, Sendable {
    public var text: String
    /// nil when explained without a repository.
    public var status: RuleStatus?
    /// Neither met nor failed on the date: the parent is judged on the rest.
    public var passedOver = false
    public var children: [ConditionExplanation]
    /// Items that pass a leaf.
    public var passing: [String]
    /// Why selected items fail a leaf.
    public var failing: [Finding]
    /// What a condition over figures lacks with no row of the trust's figures to point at
    /// (no figures, no target): never a place in a built-in pack, which is not the trust's.
    public var unplaced: [String] = []

    /// The condition's words alone, with no repository to judge it against.
    public init(_ condition: Condition, rule: Rule) {
        self.init(text: Self.words(condition, rule: rule), status: nil,
                  children: Self.children(condition).map { ConditionExplanation($0, rule: rule) },
                  passing: [], failing: [])
    }

    init(text: String, status: RuleStatus?, children: [ConditionExplanation], passing: [String], failing: [Finding]) {
        self.text = text
        self.status = status
        self.children = children
        self.passing = passing
        self.failing = failing
    }

    static func children(_ condition: Condition) -> [Condition] {
        switch condition {
        case .all(let children, _), .any(let children, _), .atLeast(_, let children, _): return children
        case .not(let child, _): return [child]
        case .rule, .evidence, .measure: return []
        }
    }

    static func words(_ condition: Condition, rule: Rule) -> String {
        switch condition {
        case .all: return "All of these:"
        case .any: return "Any one of these:"
        case .not: return "None of this:"
        case .atLeast(let count, let children, _): return "At least \(count) of these \(children.count):"
        case .rule(let id, _): return "Rule \(id) is met"
        case .evidence(let leaf): return LeafWords.sought(leaf, rule: rule).prefix(1).uppercased() + LeafWords.sought(leaf, rule: rule).dropFirst()
        case .measure(let leaf): return LeafWords.sought(leaf)
        }
    }
}

extension ConditionEvaluator {
    func explain(_ condition: Condition, rule: Rule) -> ConditionExplanation {
        let outcome = evaluate(condition)
        var node = ConditionExplanation(
            text: ConditionExplanation.words(condition, rule: rule), status: outcome.status,
            children: ConditionExplanation.children(condition).map { explain($0, rule: rule) },
            passing: [], failing: [])
        node.passedOver = outcome.passedOver
        switch condition {
        case .evidence:
            node.passing = outcome.found
            node.failing = outcome.findings
        case .measure:
            node.passing = outcome.found
            // A failing figure is pointed at where it sits; with no row to point at, it is said alone.
            node.failing = outcome.gaps.compactMap { gap in
                outcome.locations[gap].map { Finding(item: "", field: nil, message: GapWords.sentence(gap), location: $0) }
            } + outcome.findings
            node.unplaced = outcome.gaps.filter { outcome.locations[$0] == nil }.map(GapWords.sentence)
        default:
            break
        }
        return node
    }
}

extension Evaluator {
    /// One rule judged as of a date, with its condition tree explained node by node, from
    /// the same inputs and the same evaluation as `parity gap`.
    public static func explain(ruleID: String, repository: LoadedRepository, asOf: CivilDate)
        -> (assessment: RuleAssessment, explanation: ConditionExplanation)?
    {
        explain(ruleID: ruleID, inputs: EvaluationInputs(repository: repository, asOf: asOf))
    }

    /// - Parameter assessment: the evaluation of `inputs`, when the caller already has it
    ///   (explaining every rule on one date judges the repository once).
    public static func explain(ruleID: String, inputs: EvaluationInputs, assessment: Assessment? = nil)
        -> (assessment: RuleAssessment, explanation: ConditionExplanation)?
    {
        guard let rule = inputs.packs.flatMap(\.rules).first(where: { $0.id == ruleID }) else { return nil }
        let assessment = assessment ?? evaluate(inputs)
        let results = Dictionary(uniqueKeysWithValues: assessment.rules.map { ($0.id, $0) })
        guard let judged = results[ruleID] else { return nil }
        return (judged, inputs.conditionEvaluator(for: rule, results: results).explain(rule.evidence, rule: rule))
    }
}
