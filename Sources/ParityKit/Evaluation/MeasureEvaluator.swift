/// Judges a condition over figures: for each selected indicator, the latest figure
/// against a bound, year on year, against a target, and broken down by group. Every
/// sentence names the values it rests on.
struct MeasureEvaluator {
    let data: MeasureData
    let asOf: CivilDate

    func evaluate(_ leaf: MeasureLeaf) -> ConditionOutcome {
        let indicators: [Indicator]
        var onlyWithTarget = false
        switch leaf.selection {
        case .indicator(let id): indicators = data.indicators[id].map { [$0] } ?? []
        case .tag(let tag, let withTarget):
            indicators = data.ordered.filter { $0.tags.contains(tag) }
            onlyWithTarget = withTarget
        }
        let withFigures = indicators.filter { data.hasFigures($0.id) }
        guard !withFigures.isEmpty else {
            let what = MeasureWords.selection(leaf.selection, data: data)
            if leaf.optional {
                return .passedOver(found: ["No figures for \(what) as of \(asOf); the rule is judged on the rest."])
            }
            return ConditionOutcome(status: .notMet, gaps: [.stated("No figures for \(what) as of \(asOf).", need: leaf.describe)])
        }
        // Figures without any target are a gap, not a reason to pass over: the trust has
        // the numbers but has not said where they should go.
        let judged = onlyWithTarget ? withFigures.filter { data.target(for: $0, group: Self.group($0, leaf)) != nil } : withFigures
        guard !judged.isEmpty else {
            let ids = withFigures.map(\.id)
            return ConditionOutcome(status: .notMet, gaps: [.stated(
                ids.count == 1
                    ? "No reduction target is set for \(ids[0]) as of \(asOf): it needs a baseline, a target value and a date."
                    : "No reduction target is set for any of \(LeafWords.and(ids)) as of \(asOf): each needs a baseline, a target value and a date.",
                need: leaf.describe)])
        }
        var outcome = ConditionOutcome(status: .met)
        var statuses: [RuleStatus] = []
        for indicator in judged {
            let judged = judge(indicator, leaf: leaf)
            statuses.append(judged.summary.status)
            outcome.found += judged.passed + judged.cautions
            let gaps = judged.failed.map { Gap.stated($0, need: leaf.describe) }
            outcome.gaps += gaps
            outcome.findings += judged.findings
            outcome.measures.append(judged.summary)
            // A gap about figures points at the latest row it speaks of.
            let at = judged.summary.latest?.location ?? leaf.location
            for gap in gaps { outcome.locations[gap] = at }
        }
        outcome.status = ConditionEvaluator.combineAll(statuses)
        return outcome
    }

    struct Judgement {
        var summary: MeasureSummary
        var passed: [String] = []
        var failed: [String] = []
        /// Said beside the verdict, never counted towards it.
        var cautions: [String] = []
        var findings: [Finding] = []
        /// Some requirement passed, said or not: what makes a failure partial.
        var anyPassed = false
    }

    /// The group judged: a ratio or gap is judged whole, anything else by the leaf's
    /// group or the indicator's subject.
    static func group(_ indicator: Indicator, _ leaf: MeasureLeaf) -> String? {
        indicator.measure.comparesGroups ? nil : leaf.group
    }

    func judge(_ indicator: Indicator, leaf: MeasureLeaf) -> Judgement {
        let group = Self.group(indicator, leaf)
        let series = data.series(indicator, group: group)
        let summary = summarise(indicator, group: group, series: series)
        var judgement = Judgement(summary: summary)
        let name = MeasureWords.name(indicator, group: summary.group)
        /// - Parameter said: false for a pass the figures' own line already shows.
        func check(_ passed: Bool, _ words: String, said: Bool = true) {
            if passed {
                judgement.anyPassed = true
                if said { judgement.passed.append(words) }
            } else {
                judgement.failed.append(words)
            }
        }
        for point in series where point.value == nil {
            if let note = point.note {
                judgement.findings.append(Finding(item: indicator.id, field: "value", message: note, location: point.location))
            }
        }

        let latest = summary.latest
        let latestValue = latest?.value
        if series.isEmpty {
            // Figures exist, but none for the series judged: say which there are.
            let groups = Set((data.observations[indicator.id] ?? []).compactMap(\.group)).sorted()
            let have = groups.isEmpty ? "" : " (there are figures for \(LeafWords.and(groups)))"
            let need = indicator.measure.comparesGroups
                ? "\(indicator.subject ?? "") and \(indicator.comparator ?? "") in the same period"
                : (group ?? indicator.subject).map { "the group \($0)" } ?? "everyone (rows without a group)"
            judgement.failed.append("\(name) has no figures for \(need)\(have).")
        }
        let latestWords = latest.map { MeasureWords.point($0, summary: summary) } ?? ""
        if let latest, latestValue == nil, let note = latest.note {
            judgement.failed.append("\(note).")
        }
        if let bound = leaf.latest, let latestValue {
            switch bound {
            case .inBand:
                if let band = indicator.band {
                    let position = summary.position ?? "within"
                    check(position == "within", "\(name) \(latestWords) is \(position == "within" ? "within" : position) the non-adverse range \(MeasureWords.band(band, indicator)).")
                } else {
                    judgement.failed.append("\(indicator.id) has no non-adverse range to judge \(latestWords) against.")
                }
            case .atMost(let limit):
                check(latestValue <= limit, "\(name) \(latestWords) is \(latestValue <= limit ? "at most" : "above") \(Self.bound(limit, indicator)).")
            case .atLeast(let limit):
                check(latestValue >= limit, "\(name) \(latestWords) is \(latestValue >= limit ? "at least" : "below") \(Self.bound(limit, indicator)).")
            case .between(let low, let high):
                let inside = (low...high).contains(latestValue)
                let side = latestValue < low ? "below" : "above"
                check(inside, "\(name) \(latestWords) is \(inside ? "within" : side) the range \(indicator.format(low))–\(indicator.format(high)).")
            }
        }

        if let rule = leaf.yearOnYear, let latest, let latestValue {
            let earlier = latest.period.yearEarlier
            if let previous = summary.previous, let previousValue = previous.value {
                let improved = indicator.isBetter(latestValue, than: previousValue)
                let worse = indicator.isBetter(previousValue, than: latestValue)
                let passes = rule == .improves ? improved : !worse
                let verb = latestValue > previousValue ? "rose" : latestValue < previousValue ? "fell" : "stayed"
                let change = latestValue == previousValue
                    ? "\(verb) at \(indicator.format(latestValue)) in \(previous.period) and \(latest.period)"
                    : "\(verb) from \(indicator.format(previousValue)) in \(previous.period) to \(indicator.format(latestValue)) in \(latest.period)"
                let need = rule == .improves ? "improve" : "not worsen"
                let direction = indicator.better == .lower ? "lower is better" : indicator.better == .higher ? "higher is better" : "closer to 1.00 is better"
                check(passes, passes
                      ? "\(name) \(change): \(improved ? "improved" : "no worse") year on year."
                      : "\(name) \(change); \(direction), so it must \(need) year on year.")
            } else {
                judgement.failed.append("\(name) has no figure for \(earlier) to compare \(latest.period) with, so the change year on year is unknown.")
            }
        }

        if let requirement = leaf.target {
            if let target = summary.target {
                let baseline = target.baseline.map { "\(indicator.format($0)) in \(target.baselinePeriod)" } ?? "no baseline figure for \(target.baselinePeriod)"
                let set = "Target for \(name): from \(baseline) to \(indicator.format(target.target)) by \(target.by)\(target.approvedBy.map { ", approved by \($0)" } ?? "")\(target.setOn.map { " on \($0)" } ?? "")"
                if target.baseline == nil {
                    judgement.failed.append("Target for \(name): \(indicator.format(target.target)) by \(target.by), but there is no baseline figure for \(target.baselinePeriod): give one in the target, or a figure for that period.")
                } else if requirement == .set {
                    judgement.passed.append("\(set).")
                } else if let onTrack = target.onTrack, let expected = target.expected, let latest, let latestValue {
                    check(onTrack, "\(set); \(latest.period) \(indicator.format(latestValue)) is \(onTrack ? "on track" : "off track"): a straight line from the baseline expects \(indicator.format(expected)) by then.")
                } else {
                    judgement.failed.append("\(set); there is no figure after the baseline yet, so progress cannot be shown.")
                }
            } else {
                judgement.failed.append("No reduction target is set for \(name): it needs a baseline, a target value and a date.")
            }
        }

        if !leaf.brokenDownBy.isEmpty, let latest {
            let period = latest.period
            let have = Dictionary(summary.breakdown.map { ($0.group.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            let missing = leaf.brokenDownBy.filter { have[$0.lowercased()]?.value == nil }
            check(missing.isEmpty, missing.isEmpty
                  ? "\(indicator.id) \(period) is broken down by \(LeafWords.and(leaf.brokenDownBy))."
                  : "\(indicator.id) \(period) has no figure for \(LeafWords.and(missing)); it must be broken down by \(LeafWords.and(leaf.brokenDownBy)).")
        }

        if let window = leaf.currentWithin, let latest {
            let earliest = window.before(asOf)
            // A current figure is shown by its period in the figures; only a stale one is said.
            check(latest.periodEnd >= earliest, latest.periodEnd >= earliest
                  ? "\(name) is current: the latest figure is for \(latest.period)."
                  : "\(name)'s latest figure is for \(latest.period), which ended \(latest.periodEnd), more than \(window.words) before \(asOf).",
                  said: false)
        }

        if let latest, latest.lowConfidence {
            judgement.cautions.append("\(name) \(latest.period) rests on fewer than \(indicator.minCases) cases in a group (\(latest.counts ?? "")); read it with caution.")
        }
        judgement.summary.status = judgement.failed.isEmpty ? .met : judgement.anyPassed ? .partial : .notMet
        return judgement
    }

    /// A bound as a board writes it: "100%", not "100.0%".
    static func bound(_ value: Double, _ indicator: Indicator) -> String {
        value == value.rounded() && indicator.measure != .relativeLikelihood
            ? MeasureNumber.format(value, decimals: 0) + indicator.unit
            : indicator.format(value)
    }

    func summarise(_ indicator: Indicator, group: String?, series: [SeriesPoint]) -> MeasureSummary {
        let latest = series.last
        var previous: SeriesPoint?
        if let latest {
            let earlier = latest.period.yearEarlier
            // An empty point for a missing year is no figure to compare with.
            previous = series.first { $0.period == earlier && ($0.value != nil || $0.note != nil) }
        }
        var change: Double?
        var trend: String?
        if let now = latest?.value, let before = previous?.value {
            change = MeasureNumber.round(now - before, decimals: indicator.decimals)
            trend = indicator.isBetter(now, than: before) ? "improved" : indicator.isBetter(before, than: now) ? "worsened" : "unchanged"
        }
        var position: String?
        if let band = indicator.band, let value = latest?.value {
            position = value < band.lowerBound ? "below" : value > band.upperBound ? "above" : "within"
        }
        let groupName = indicator.measure.comparesGroups
            ? "\(indicator.subject ?? "") vs \(indicator.comparator ?? "")"
            : group ?? indicator.subject ?? indicator.population ?? "all staff"
        var targetSummary: TargetSummary?
        if let target = data.target(for: indicator, group: group) {
            let baseline = target.baselineValue.map { MeasureNumber.round($0, decimals: indicator.decimals) }
                ?? series.first { $0.period == target.baselinePeriod }?.value
            var summary = TargetSummary(baselinePeriod: target.baselinePeriod.description, baseline: baseline, target: target.value,
                                        by: target.by, setOn: target.setOn, approvedBy: target.approvedBy, expected: nil,
                                        onTrack: nil, location: target.location)
            if let baseline, let latest, let value = latest.value, latest.periodEnd > target.baselinePeriod.end {
                let start = Double(target.baselinePeriod.end.dayNumber), end = Double(target.by.dayNumber)
                let fraction = end > start ? min(1, max(0, (Double(latest.periodEnd.dayNumber) - start) / (end - start))) : 1
                let expected = MeasureNumber.round(baseline + (target.value - baseline) * fraction, decimals: indicator.decimals)
                summary.expected = expected
                summary.onTrack = value == expected || indicator.isBetter(value, than: expected)
            }
            targetSummary = summary
        }
        let breakdown = latest.map { data.breakdown(indicator, period: $0.period) } ?? []
        var summary = MeasureSummary(
            indicator: indicator.id, title: indicator.title, group: groupName, measure: indicator.measure.rawValue,
            unit: indicator.unit, better: indicator.better.rawValue, decimals: indicator.decimals,
            band: indicator.band.map { [$0.lowerBound, $0.upperBound] }, series: series, latest: latest,
            previous: previous, change: change, trend: trend, position: position, target: targetSummary,
            breakdown: breakdown, status: .met, words: "")
        summary.words = MeasureWords.summary(summary, indicator: indicator)
        return summary
    }
}
