/// Judges a rule's condition tree over the items visible on the as-of date.
struct ConditionEvaluator {
    let leaves: LeafEvaluator
    let inputs: EvaluationInputs
    let rule: Rule
    /// Outcomes of rules already judged, for `rule:` conditions.
    let ruleResults: [String: RuleAssessment]

    func evaluate(_ condition: Condition) -> ConditionOutcome {
        switch condition {
        case .evidence(let leaf):
            return leaves.evaluate(leaf, items: inputs.items(leaf.selection, for: rule),
                                   responses: leaf.respondsTo.map { inputs.items($0.selection, for: rule) } ?? [])

        case .measure(let leaf):
            return inputs.measures.evaluate(leaf)

        case .all(let children, _):
            let outcomes = children.map(evaluate)
            let judged = outcomes.filter { !$0.passedOver }
            var result = judged.isEmpty ? .passedOver() : ConditionOutcome(status: Self.combineAll(judged.map(\.status)))
            outcomes.forEach { result.absorb($0) }
            return result

        case .any(let children, _):
            let outcomes = children.map(evaluate)
            let judged = outcomes.filter { !$0.passedOver }
            if let met = judged.first(where: { $0.status == .met }) {
                var result = ConditionOutcome(status: .met)
                result.absorb(met)
                result.gaps = []
                // The figures behind every branch still belong in the report.
                outcomes.forEach { result.merge($0.measures) }
                return result
            }
            var result = judged.isEmpty ? .passedOver() : ConditionOutcome(status: judged.contains { $0.status == .partial } ? .partial : .notMet)
            outcomes.forEach { result.absorb($0) }
            let branches = judged.map(\.gaps).filter { !$0.isEmpty }
            result.gaps = branches.isEmpty ? [] : branches.count == 1 ? branches[0] : [.alternatives(branches)]
            return result

        case .not(let child, _):
            // A `not:` can only lower a verdict: what it forbids, found, fails the parent;
            // its absence is no evidence of anything, so it is passed over.
            let outcome = evaluate(child)
            guard !outcome.passedOver, outcome.status == .met || outcome.status == .partial else {
                return .passedOver(from: outcome)
            }
            var result = ConditionOutcome.passedOver(from: outcome)
            result.passedOver = false
            // Found in full, it fails the parent; found in part, it holds the parent back.
            result.status = outcome.status == .met ? .notMet : .partial
            // The parent reads what was found as a fact, never as "must not have".
            result.gaps = [.forbidden(what: Self.forbiddenWords(child, rule: rule), items: outcome.sightings,
                                      partly: outcome.status == .partial ? outcome.gaps.flatMap(\.refusals) : [])]
            return result

        case .atLeast(let count, let children, _):
            let outcomes = children.map(evaluate)
            let judged = outcomes.filter { !$0.passedOver }
            guard !judged.isEmpty else {
                var result = ConditionOutcome.passedOver()
                outcomes.forEach { result.absorb($0) }
                return result
            }
            // Passed-over parts are left out: at least N of what remains to be judged.
            let needed = min(count, judged.count)
            let met = judged.filter { $0.status == .met }.count
            var result = ConditionOutcome(status: .notMet)
            outcomes.forEach { result.absorb($0) }
            if met >= needed {
                result.status = .met
                result.gaps = []
            } else {
                if met > 0 || judged.contains(where: { $0.status == .partial }) { result.status = .partial }
                result.gaps = [.atLeast(needed: needed, of: judged.count, met: met,
                                        parts: judged.filter { $0.status != .met }.map(\.gaps).filter { !$0.isEmpty })]
            }
            return result

        case .rule(let id, _):
            guard let other = ruleResults[id] else {
                return ConditionOutcome(status: .notMet, gaps: [.stated("\(id) has not been judged.", need: "\(id) judged")])
            }
            // A rule that does not apply, or is waived, does not hold up the rules resting on it.
            let settled = other.status == .notApplicable || other.status == .waived
            var result = ConditionOutcome(status: settled ? .met : other.status)
            switch other.status {
            case .met: result.found = ["\(id) \(other.title): met."]
            case .notApplicable, .waived: result.found = ["\(id) \(other.title): \(other.status.words)."]
            case .partial: result.gaps = [.stated("\(id) \(other.title) is only partly met.", need: "\(id) \(other.title) met")]
            case .notMet: result.gaps = [.stated("\(id) \(other.title) is not met.", need: "\(id) \(other.title) met")]
            }
            result.used = other.status == .met ? other.evidence : []
            return result
        }
    }

    /// What a `not:` forbids, as a noun phrase: its leaf's words, or for a combination,
    /// each leaf's joined.
    static func forbiddenWords(_ condition: Condition, rule: Rule) -> String {
        switch condition {
        case .evidence(let leaf): return LeafWords.sought(leaf, rule: rule)
        case .measure(let leaf): return LeafWords.sought(leaf)
        case .rule(let id, _): return "\(id) met"
        case .all(let children, _), .atLeast(_, let children, _): return LeafWords.and(children.map { forbiddenWords($0, rule: rule) })
        case .any(let children, _): return LeafWords.or(children.map { forbiddenWords($0, rule: rule) })
        case .not(let child, _): return "not " + forbiddenWords(child, rule: rule)
        }
    }

    /// Met when every part is met, not met when none is, partly met otherwise.
    static func combineAll(_ statuses: [RuleStatus]) -> RuleStatus {
        if statuses.allSatisfy({ $0 == .met }) { return .met }
        if statuses.allSatisfy({ $0 == .notMet }) { return .notMet }
        return .partial
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
