import Foundation

/// Checks of figures and targets against the indicators the applied packs declare, and
/// against one another across every measures file.
enum MeasureChecks {
    static func check(_ observations: [Observation], targets: [ReductionTarget], packs: [RulePack]) -> [ParityError] {
        let indicators = Indicator.index(packs.flatMap(\.indicators))
        var errors: [ParityError] = []

        // One error per undeclared indicator, at its first row, rather than one per row.
        var unknownRows: [String: [SourceLocation]] = [:]
        for observation in observations where indicators[observation.indicator] == nil {
            unknownRows[observation.indicator, default: []].append(observation.location)
        }
        for target in targets where indicators[target.indicator] == nil {
            unknownRows[target.indicator, default: []].append(target.location)
        }
        let builtins = unknownRows.isEmpty ? [] : (try? BuiltinPacks.loadAll()) ?? []
        for (id, rows) in unknownRows.sorted(by: { $0.value[0] < $1.value[0] }) {
            let more = rows.count > 1 ? " (\(rows.count) rows name it)" : ""
            errors.append(ParityError("indicator '\(id)' is not declared by any applied pack\(hint(id, indicators: indicators, builtins: builtins))\(more)", at: rows[0], code: .unknownIndicator))
        }

        var seen: [String: SourceLocation] = [:]
        var firstPeriod: [String: Observation] = [:]
        for observation in observations {
            guard let indicator = indicators[observation.indicator] else { continue }
            let key = "\(observation.indicator)\u{0}\(observation.period)\u{0}\(observation.groupKey)"
            if let earlier = seen[key] {
                let group = observation.group.map { " for \($0)" } ?? ""
                errors.append(ParityError("\(observation.indicator) \(observation.period)\(group) is already given at \(earlier)", at: observation.location, code: .duplicateFigure))
                continue
            }
            seen[key] = observation.location
            // 2024 Q1 and 2023/24 Q4 are the same three months: one indicator keeps one calendar.
            if let first = firstPeriod[indicator.id], first.period.kind != observation.period.kind {
                errors.append(ParityError("\(indicator.id) mixes \(words(observation.period.kind)) with \(words(first.period.kind)) (\(first.period) at \(first.location)); give every figure of an indicator in one kind of period", at: observation.location))
            } else if firstPeriod[indicator.id] == nil {
                firstPeriod[indicator.id] = observation
            }
            let at = observation.valueLocation ?? observation.location
            if observation.numerator != nil {
                // Counts make a rate; a plain value, or a ratio or gap given whole, has none.
                if indicator.measure == .value {
                    errors.append(ParityError("\(indicator.id) is a plain value: give it as a value, not a numerator and denominator", at: observation.location))
                } else if observation.group == nil, indicator.measure.comparesGroups {
                    errors.append(ParityError("\(indicator.id) is made from its groups' rates: give numerator and denominator in a row for each of \(indicator.subject ?? "") and \(indicator.comparator ?? ""), or the \(indicator.measure == .gap ? "gap" : "ratio") as a value without a group", at: observation.location))
                }
            }
            if let value = observation.value {
                switch indicator.measure {
                case .percentage where !(0...100).contains(value):
                    errors.append(ParityError("\(indicator.id) is a percentage, so its value must be between 0 and 100, found \(MeasureNumber.format(value, decimals: indicator.decimals)) (write 16.7 or 16.7%, not 0.167)", at: at))
                // Zero is a real percentage, and a value written with % says what it is.
                case .percentage where value > 0 && value <= 1 && !observation.percentSign && !observation.fractionOK:
                    errors.append(likelyFraction(value, indicator: indicator, at: at))
                case .relativeLikelihood, .value:
                    if observation.percentSign {
                        errors.append(ParityError("\(indicator.id) is a \(indicator.measure == .value ? "value" : "relative likelihood"), not a percentage; write its value without %", at: at))
                    } else if indicator.measure == .relativeLikelihood, value < 0 {
                        errors.append(ParityError("\(indicator.id) is a relative likelihood, which cannot be negative", at: at))
                    } else if indicator.measure == .relativeLikelihood, observation.group != nil {
                        errors.append(ParityError("\(indicator.id) is a relative likelihood: give the ratio as a value in a row without a group, or each group's numerator and denominator", at: at))
                    }
                default:
                    break
                }
            }
        }

        var targetSeen: [String: SourceLocation] = [:]
        for target in targets {
            guard let indicator = indicators[target.indicator] else { continue }
            let group = (target.group ?? indicator.subject)?.lowercased() ?? ""
            // A target may be revised: a later set_on replaces it from that day. Two set on
            // the same day (or both undated) cannot both stand.
            let key = "\(target.indicator)\u{0}\(group)\u{0}\(target.setOn.map(\.description) ?? "")"
            if let earlier = targetSeen[key] {
                errors.append(ParityError("a target for \(target.indicator)\(target.group.map { " (\($0))" } ?? "") is already set\(target.setOn.map { " on \($0)" } ?? "") at \(earlier); change that one, or give the revision a later set_on", at: target.location, code: .duplicateFigure))
            }
            targetSeen[key] = target.location
            if target.by <= target.baselinePeriod.end {
                errors.append(ParityError("target for \(target.indicator) is due by \(target.by), which is not after its baseline period \(target.baselinePeriod) (ending \(target.baselinePeriod.end))", at: target.location))
            }
        }
        return errors
    }

    /// 0.15 for a percentage is far likelier a fraction of one exported from a spreadsheet
    /// than 0.15%; judged as written it would pass any "below" target by a mile.
    static func likelyFraction(_ value: Double, indicator: Indicator, at location: SourceLocation) -> ParityError {
        let exact = Decimal(string: "\(value)") ?? Decimal(value)
        let percent = exact * 100
        return ParityError("\(indicator.id) is a percentage, and \(exact) looks like a fraction of one: if \(percent)% is meant, write \(percent) (or \(percent)%); if the figure really is \(exact)%, add fraction_ok: true to the row", at: location, code: .likelyFraction)
    }

    static func words(_ kind: ReportingPeriod.Kind) -> String {
        switch kind {
        case .calendarYear: return "calendar years"
        case .financialYear: return "financial years"
        case .calendarQuarter: return "calendar quarters"
        case .financialQuarter: return "financial-year quarters"
        }
    }

    /// "did you mean", or the built-in pack that declares the indicator.
    static func hint(_ id: String, indicators: [String: Indicator], builtins: [RulePack]) -> String {
        if let pack = builtins.first(where: { $0.indicators.contains { $0.id == id } }) {
            return "; the built-in pack '\(pack.id)' declares it: add \(pack.id) to packs in parity.yaml"
        }
        let ids = indicators.keys.sorted()
        if let near = Suggestion.nearest(id, among: ids) { return " (did you mean '\(near)'?)" }
        return ids.isEmpty ? "; no applied pack declares indicators (the built-in pack wres does)" : "; indicators: \(ids.joined(separator: ", "))"
    }
}
