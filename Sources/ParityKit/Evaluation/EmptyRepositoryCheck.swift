/// Rules that ask nothing of a repository: judged on an empty one, every condition is
/// passed over (only `not:` branches and figures a trust may not keep), or the rule is
/// met outright. Such a rule could only ever be met on absence, so it is refused.
public enum EmptyRepositoryCheck {
    public static func check(packs: [RulePack], config: TrustConfig) -> [ParityError] {
        var empty = config
        empty.overrides = []
        empty.waivers = []
        let asOf = config.planStarts.first ?? CivilDate(year: 2024, month: 4, day: 1)!
        let inputs = EvaluationInputs(packs: packs, inventory: Inventory(config: empty, items: []), asOf: asOf)
        var results: [String: RuleAssessment] = [:]
        var errors: [ParityError] = []
        for rule in EvaluationOrder.order(packs.flatMap(\.rules)) {
            let outcome = inputs.conditionEvaluator(for: rule, results: results).evaluate(rule.evidence)
            if outcome.passedOver {
                errors.append(ParityError("rule \(rule.id) asks nothing of a repository: on an empty one every condition is passed over (a not: only lowers a verdict; a measure with optional: true is passed over without figures); add a condition that evidence must meet", at: rule.evidence.location))
            } else if outcome.status != .notMet {
                errors.append(ParityError("rule \(rule.id) is \(outcome.status.words) on a repository with nothing in it; absence is never compliance", at: rule.evidence.location))
            }
            results[rule.id] = Evaluator.assess(rule, inputs: inputs, results: results)
        }
        return errors
    }
}
