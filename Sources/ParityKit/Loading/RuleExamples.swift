/// Runs the examples rules carry: each is loaded as a repository of its own, checked as
/// `parity check` would check it, and judged by the one evaluator. A failure names the
/// rule, the example and both verdicts.
public enum RuleExamples {
    public struct Outcome: Sendable {
        public var run: Int
        public var failures: [ParityError]
    }

    /// - Parameters:
    ///   - pack: the pack whose examples run.
    ///   - context: packs an example may name in `packs:` (the built-in ones).
    public static func run(_ pack: RulePack, context: [RulePack]) -> Outcome {
        var outcome = Outcome(run: 0, failures: [])
        for rule in pack.rules {
            for example in rule.examples {
                outcome.run += 1
                outcome.failures += failures(of: example, rule: rule, pack: pack, context: context)
            }
        }
        return outcome
    }

    static func failures(of example: RuleExample, rule: Rule, pack: RulePack, context: [RulePack]) -> [ParityError] {
        let label = "example '\(example.name)' of \(rule.id)"
        let judged: RuleAssessment
        switch assess(example, rule: rule, pack: pack, context: context) {
        case .failure(let errors): return errors.errors
        case .success(let rule): judged = rule
        }
        guard judged.status == example.expect else {
            let why = (judged.gaps + judged.currentState).prefix(3).joined(separator: " ")
            return [ParityError("\(label) expects \(example.expect.words) as of \(example.asOf) but the rule is \(judged.status.words)\(why.isEmpty ? "" : ": \(why)")",
                                at: example.location, code: .ruleExample)]
        }
        return []
    }

    /// The rule as one example judges it: what its words are checked on.
    public static func assess(_ example: RuleExample, rule: Rule, pack: RulePack, context: [RulePack]) -> Result<RuleAssessment, ParityErrors> {
        let label = "example '\(example.name)' of \(rule.id)"
        func refused(_ errors: [ParityError]) -> Result<RuleAssessment, ParityErrors> { .failure(ParityErrors(errors)) }
        var packs = [pack]
        for id in example.extraPacks where id != pack.id {
            guard let extra = context.first(where: { $0.id == id }) else {
                return refused([ParityError("\(label) applies pack '\(id)', which is not built in\(Suggestion.didYouMean(id, among: context.map(\.id)))",
                                    at: example.location, code: .ruleExample)])
            }
            packs.append(extra)
        }
        let config = TrustConfig(organisation: "Example", planStarts: example.planStarts, packs: [], location: example.location)
        do {
            try PackChecks.check(packs: packs, config: config)
        } catch let error as ParityErrors {
            return refused(error.errors.map { ParityError("\(label): \($0.message)", at: $0.location ?? example.location, code: .ruleExample) })
        } catch {
            return refused([ParityError("\(label): \(error)", at: example.location, code: .ruleExample)])
        }
        // An example with a typo in a kind or a rule id would prove nothing.
        let problems = InventoryChecks.check(items: example.items, packs: packs)
            + MeasureChecks.check(example.observations, targets: example.targets, packs: packs)
        if !problems.isEmpty {
            return refused(problems.map { ParityError("\(label): \($0.message)", at: $0.location ?? example.location, code: .ruleExample) })
        }
        let inventory = Inventory(config: config, items: example.items, observations: example.observations, targets: example.targets)
        let assessment = Evaluator.evaluate(packs: packs, inventory: inventory, asOf: example.asOf)
        guard let judged = assessment.rules.first(where: { $0.id == rule.id }) else {
            return refused([ParityError("\(label): the rule was not judged", at: example.location, code: .ruleExample)])
        }
        return .success(judged)
    }
}
