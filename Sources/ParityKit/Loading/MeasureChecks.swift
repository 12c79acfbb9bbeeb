/// Checks of figures and targets against the indicators the applied packs declare.
enum MeasureChecks {
    static func check(_ observations: [Observation], targets: [ReductionTarget], packs: [RulePack]) -> [ParityError] {
        let indicators = Dictionary(packs.flatMap(\.indicators).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = indicators.keys.sorted()
        var errors: [ParityError] = []
        func unknown(_ id: String, at location: SourceLocation) -> ParityError {
            let known = ids.isEmpty ? "; no applied pack declares indicators (the built-in pack wres does)" : "; indicators: \(ids.joined(separator: ", "))"
            return ParityError("indicator '\(id)' is not declared by any applied pack\(Suggestion.didYouMean(id, among: ids))\(known)", at: location, code: "unknown-indicator")
        }
        var seen: [String: SourceLocation] = [:]
        for observation in observations {
            guard let indicator = indicators[observation.indicator] else {
                errors.append(unknown(observation.indicator, at: observation.location))
                continue
            }
            let key = "\(observation.indicator)\u{0}\(observation.period)\u{0}\(observation.groupKey)"
            if let earlier = seen[key] {
                let group = observation.group.map { " for \($0)" } ?? ""
                errors.append(ParityError("\(observation.indicator) \(observation.period)\(group) is already given at \(earlier)", at: observation.location, code: "duplicate-figure"))
                continue
            }
            seen[key] = observation.location
            if indicator.measure == .percentage, let value = observation.value, !(0...100).contains(value) {
                errors.append(ParityError("\(indicator.id) is a percentage, but the value is \(MeasureNumber.format(value, decimals: 1))", at: observation.location))
            }
            if indicator.measure == .relativeLikelihood, let value = observation.value, value < 0 {
                errors.append(ParityError("\(indicator.id) is a relative likelihood, which cannot be negative", at: observation.location))
            }
        }
        for target in targets where indicators[target.indicator] == nil {
            errors.append(unknown(target.indicator, at: target.location))
        }
        return errors
    }
}
