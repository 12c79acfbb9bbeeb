import Foundation

/// The figures visible on the as-of date, by indicator, and the series made from them:
/// given values as they are, percentages and relative likelihoods computed from counts.
struct MeasureData {
    let indicators: [String: Indicator]
    /// Indicators in pack order, for tag selections.
    let ordered: [Indicator]
    let observations: [String: [Observation]]
    let targets: [ReductionTarget]

    init(packs: [RulePack], inventory: Inventory, asOf: CivilDate) {
        ordered = packs.flatMap(\.indicators)
        indicators = Indicator.index(ordered)
        // A figure counts only from the day it could have been known.
        observations = Dictionary(grouping: inventory.observations.filter { $0.knownFrom <= asOf }, by: \.indicator)
        targets = inventory.targets.filter { ($0.setOn ?? .distantPast) <= asOf }
    }

    func hasFigures(_ id: String) -> Bool {
        !(observations[id] ?? []).isEmpty
    }

    /// The series judged for `indicator`: the ratio or gap itself, or one group's figures,
    /// with an empty point for each period missing between the first and the last, so
    /// charts and sparklines show the gap instead of closing it.
    func series(_ indicator: Indicator, group: String?) -> [SeriesPoint] {
        let rows = observations[indicator.id] ?? []
        let points: [SeriesPoint]
        if indicator.measure.comparesGroups {
            let byPeriod = Dictionary(grouping: rows, by: \.period)
            points = byPeriod.keys.sorted().compactMap { period in comparison(indicator, rows: byPeriod[period]!) }
        } else {
            let key = (group ?? indicator.subject)?.lowercased() ?? ""
            points = rows.filter { $0.groupKey == key }.sorted { $0.period < $1.period }.map { own($0, indicator) }
        }
        return Self.fillingMissingPeriods(points)
    }

    static func fillingMissingPeriods(_ points: [SeriesPoint]) -> [SeriesPoint] {
        var filled: [SeriesPoint] = []
        for point in points {
            if let last = filled.last, last.period.kind == point.period.kind {
                var missing = last.period.next
                while missing < point.period, filled.count < 10_000 {
                    filled.append(SeriesPoint(period: missing, periodEnd: missing.end, value: nil, counts: nil,
                                              lowConfidence: false, note: nil, location: point.location))
                    missing = missing.next
                }
            }
            filled.append(point)
        }
        return filled
    }

    /// Each group's own figure for `period`, for breakdowns: for a ratio or gap, the
    /// group's rate as a percentage, since that is what the ratio is made of.
    func breakdown(_ indicator: Indicator, period: ReportingPeriod) -> [GroupFigure] {
        let rows = (observations[indicator.id] ?? []).filter { $0.period == period && $0.group != nil }
        let decimals = indicator.measure == .value ? indicator.decimals : 1
        return rows.map { row in
            GroupFigure(group: row.group!, value: Self.rate(row, indicator).map { MeasureNumber.round($0, decimals: decimals) },
                        unit: indicator.measure == .value ? "" : "%", decimals: decimals)
        }
    }

    /// A group's own figure, exactly: the value as given, or numerator ÷ denominator (as
    /// a percentage unless the indicator is a plain value). Nil for a zero denominator.
    static func rate(_ row: Observation, _ indicator: Indicator) -> Decimal? {
        if let value = row.value { return Decimal(string: "\(value)") }
        guard let numerator = row.numerator, let denominator = row.denominator, denominator > 0 else { return nil }
        return Decimal(numerator) * (indicator.measure == .value ? 1 : 100) / Decimal(denominator)
    }

    /// A group's own figure as a series point, rounded as published.
    private func own(_ row: Observation, _ indicator: Indicator) -> SeriesPoint {
        var point = SeriesPoint(period: row.period, periodEnd: row.period.end, value: nil, counts: nil,
                                lowConfidence: false, note: nil, location: row.location)
        if let numerator = row.numerator, let denominator = row.denominator {
            point.counts = "\(numerator) of \(denominator)"
            point.lowConfidence = denominator > 0 && numerator < indicator.minCases
            if denominator == 0 {
                point.note = "\(indicator.id) \(row.period)\(row.group.map { " for \($0)" } ?? ""): the denominator is 0, so there is no rate to compute"
            }
        }
        point.value = Self.rate(row, indicator).map { MeasureNumber.round($0, decimals: indicator.decimals) }
        return point
    }

    /// A relative likelihood or gap for one period: as given (a row without a group), or
    /// computed exactly from the subject's and comparator's rows and rounded once.
    private func comparison(_ indicator: Indicator, rows: [Observation]) -> SeriesPoint? {
        if let given = rows.first(where: { $0.group == nil }) { return own(given, indicator) }
        let subjectName = indicator.subject ?? "", comparatorName = indicator.comparator ?? ""
        let subject = rows.first { $0.groupKey == subjectName.lowercased() }
        let comparator = rows.first { $0.groupKey == comparatorName.lowercased() }
        guard let any = subject ?? comparator else { return nil }
        var point = SeriesPoint(period: any.period, periodEnd: any.period.end, value: nil, counts: nil,
                                lowConfidence: false, note: nil, location: any.location)
        guard let subject, let comparator else {
            point.note = "\(indicator.id) \(any.period): there is a figure for \(subject == nil ? comparatorName : subjectName) but none for \(subject == nil ? subjectName : comparatorName)"
            return point
        }
        if let s = subject.numerator, let sd = subject.denominator, let c = comparator.numerator, let cd = comparator.denominator {
            point.counts = "\(subject.group ?? subjectName) \(s) of \(sd); \(comparator.group ?? comparatorName) \(c) of \(cd)"
            point.lowConfidence = s < indicator.minCases || c < indicator.minCases
        }
        for row in [subject, comparator] where row.denominator == 0 {
            point.note = "\(indicator.id) \(any.period): the denominator for \(row.group ?? "") is 0, so there is no rate to compute"
            return point
        }
        guard let subjectRate = Self.rate(subject, indicator), let comparatorRate = Self.rate(comparator, indicator) else {
            point.note = "\(indicator.id) \(any.period): \(subjectName) and \(comparatorName) each need a value or a numerator and denominator"
            return point
        }
        switch indicator.measure {
        case .relativeLikelihood:
            guard comparatorRate > 0 else {
                let cases = comparator.numerator.map { "\($0) of \(comparator.denominator ?? 0)" } ?? "0"
                point.note = "\(indicator.id) \(any.period): no \(comparatorName) cases (\(cases)), so the likelihood for \(subjectName) relative to \(comparatorName) has no finite value"
                return point
            }
            // One division of whole numbers where counts are given, so an exact half stays exact.
            if let s = subject.numerator, let sd = subject.denominator, let c = comparator.numerator, let cd = comparator.denominator {
                point.value = MeasureNumber.round(Decimal(s) * Decimal(cd) / (Decimal(sd) * Decimal(c)), decimals: indicator.decimals)
            } else {
                point.value = MeasureNumber.round(subjectRate / comparatorRate, decimals: indicator.decimals)
            }
        default:
            point.value = MeasureNumber.round(subjectRate - comparatorRate, decimals: indicator.decimals)
        }
        return point
    }

    /// The target in force for an indicator's group: the latest set.
    func target(for indicator: Indicator, group: String?) -> ReductionTarget? {
        let key = (group ?? indicator.subject)?.lowercased() ?? ""
        return targets
            .filter { $0.indicator == indicator.id && (($0.group ?? indicator.subject)?.lowercased() ?? "") == key }
            .max { ($0.setOn ?? .distantPast, $0.location) < ($1.setOn ?? .distantPast, $1.location) }
    }
}

extension CivilDate {
    static let distantPast = CivilDate(year: 1, month: 1, day: 1)!
}
