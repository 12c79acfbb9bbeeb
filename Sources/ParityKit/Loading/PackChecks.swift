/// Checks that span packs and the trust's configuration: unique rule ids, rule
/// references that resolve without cycles, overrides of rules that exist, a plan start
/// where a pack counts plan months.
enum PackChecks {
    static func check(packs: [RulePack], config: TrustConfig) throws {
        var errors: [ParityError] = []
        var packIDs: [String: String] = [:]
        for pack in packs {
            if let earlier = packIDs[pack.id] {
                errors.append(ParityError("pack id '\(pack.id)' is also used by \(earlier)", at: .file(pack.file)))
            }
            packIDs[pack.id] = pack.file
        }
        var rules: [String: Rule] = [:]
        for rule in packs.flatMap(\.rules) {
            if let earlier = rules[rule.id] {
                errors.append(ParityError("rule id \(rule.id) is already defined at \(earlier.location)", at: rule.location))
            } else {
                rules[rule.id] = rule
            }
        }
        let allIDs = rules.keys.sorted()
        var indicators: [String: Indicator] = [:]
        for indicator in packs.flatMap(\.indicators) {
            if let earlier = indicators[indicator.id] {
                errors.append(ParityError("indicator id \(indicator.id) is already declared at \(earlier.location)", at: indicator.location))
            } else {
                indicators[indicator.id] = indicator
            }
        }
        let indicatorIDs = indicators.keys.sorted()
        for rule in packs.flatMap(\.rules) {
            for reference in rule.evidence.referencedRules where rules[reference.id] == nil {
                errors.append(ParityError("rule \(rule.id) refers to rule \(reference.id), which no applied pack defines\(Suggestion.didYouMean(reference.id, among: allIDs))", at: reference.location))
            }
            for leaf in rule.evidence.leaves {
                if case .rule(let id)? = leaf.selection.claims, rules[id] == nil {
                    errors.append(ParityError("claims names rule \(id), which no applied pack defines\(Suggestion.didYouMean(id, among: allIDs))", at: leaf.location))
                }
            }
            // A tag is open vocabulary: with no indicator carrying it, the condition finds no figures.
            for leaf in rule.evidence.measureLeaves {
                switch leaf.selection {
                case .indicator(let id) where indicators[id] == nil:
                    let hint = indicatorIDs.isEmpty ? "; no applied pack declares indicators (the built-in pack wres does)" : Suggestion.didYouMean(id, among: indicatorIDs)
                    errors.append(ParityError("rule \(rule.id) judges indicator \(id), which no applied pack declares\(hint)", at: leaf.location, code: .unknownIndicator))
                default:
                    break
                }
            }
            if case .planMonths = rule.deadline, config.planStarts.isEmpty {
                errors.append(ParityError("rule \(rule.id) of pack '\(rule.pack)' is due in plan months, but parity.yaml has no plan_start", at: config.location))
            }
        }
        for waiver in config.waivers where rules[waiver.ruleID] == nil {
            errors.append(ParityError("waiver of rule \(waiver.ruleID), which no applied pack defines\(Suggestion.didYouMean(waiver.ruleID, among: allIDs))", at: waiver.location, code: .invalidWaiver))
        }
        for override in config.overrides where rules[override.ruleID] == nil {
            errors.append(ParityError("override of rule \(override.ruleID), which no applied pack defines\(Suggestion.didYouMean(override.ruleID, among: allIDs))", at: override.location))
        }
        if errors.isEmpty, let cycle = firstCycle(rules) {
            errors.append(ParityError("rules refer to each other in a circle: \(cycle.joined(separator: " → "))", at: rules[cycle[0]]!.location))
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
    }

    static func firstCycle(_ rules: [String: Rule]) -> [String]? {
        var state: [String: Bool] = [:]  // false: on the path; true: finished
        var path: [String] = []
        func visit(_ id: String) -> [String]? {
            if state[id] == true { return nil }
            if state[id] == false {
                let start = path.firstIndex(of: id)!
                return Array(path[start...]) + [id]
            }
            state[id] = false
            path.append(id)
            for reference in rules[id]?.evidence.referencedRules ?? [] {
                if let cycle = visit(reference.id) { return cycle }
            }
            path.removeLast()
            state[id] = true
            return nil
        }
        for id in rules.keys.sorted() {
            if let cycle = visit(id) { return cycle }
        }
        return nil
    }
}
