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
        indicators = Dictionary(ordered.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A figure counts only from the day it could have been known.
        observations = Dictionary(grouping: inventory.observations.filter { $0.knownFrom <= asOf }, by: \.indicator)
        targets = inventory.targets.filter { ($0.setOn ?? .distantPast) <= asOf }
    }

    func hasFigures(_ id: String) -> Bool {
        !(observations[id] ?? []).isEmpty
    }

    /// The series judged for `indicator`: the ratio or gap itself, or one group's figures.
    func series(_ indicator: Indicator, group: String?) -> [SeriesPoint] {
        let rows = observations[indicator.id] ?? []
        switch indicator.measure {
        case .value, .percentage:
            let key = (group ?? indicator.subject)?.lowercased() ?? ""
            return rows.filter { $0.groupKey == key }.sorted { $0.period < $1.period }.map { point($0, indicator) }
        case .relativeLikelihood, .gap:
            let byPeriod = Dictionary(grouping: rows, by: \.period)
            return byPeriod.keys.sorted().compactMap { period in comparison(indicator, rows: byPeriod[period]!) }
        }
    }

    /// Each group's own figure for `period`, for breakdowns: for a ratio or gap, the
    /// group's rate as a percentage, since that is what the ratio is made of.
    func breakdown(_ indicator: Indicator, period: ReportingPeriod) -> [GroupFigure] {
        let rows = (observations[indicator.id] ?? []).filter { $0.period == period && $0.group != nil }
        let decimals = indicator.measure == .value ? indicator.decimals : 1
        return rows.map { row in
            var value = row.value
            if value == nil, let numerator = row.numerator, let denominator = row.denominator, denominator > 0 {
                value = Double(numerator) / Double(denominator) * (indicator.measure == .value ? 1 : 100)
            }
            return GroupFigure(group: row.group!, value: value.map { MeasureNumber.round($0, decimals: decimals) },
                               unit: indicator.measure == .value ? "" : "%", decimals: decimals)
        }
    }

    /// A group's own figure: as given, or numerator ÷ denominator.
    private func point(_ row: Observation, _ indicator: Indicator, asPercentage: Bool = true) -> SeriesPoint {
        var point = SeriesPoint(period: row.period.description, periodEnd: row.period.end, value: nil, counts: nil,
                                lowConfidence: false, note: nil, location: row.location)
        if let value = row.value {
            point.value = MeasureNumber.round(value, decimals: indicator.decimals)
        } else if let numerator = row.numerator, let denominator = row.denominator {
            point.counts = "\(numerator) of \(denominator)"
            if denominator == 0 {
                point.note = "\(indicator.id) \(row.period)\(row.group.map { " for \($0)" } ?? ""): the denominator is 0, so there is no rate to compute"
            } else {
                let rate = Double(numerator) / Double(denominator) * (asPercentage ? 100 : 1)
                point.value = MeasureNumber.round(rate, decimals: indicator.decimals)
                point.lowConfidence = numerator < indicator.minCases
            }
        }
        return point
    }

    /// A relative likelihood or gap for one period: as given (a row without a group), or
    /// computed from the subject's and comparator's rows.
    private func comparison(_ indicator: Indicator, rows: [Observation]) -> SeriesPoint? {
        if let given = rows.first(where: { $0.group == nil }) { return point(given, indicator) }
        let subjectKey = indicator.subject?.lowercased() ?? "", comparatorKey = indicator.comparator?.lowercased() ?? ""
        let subject = rows.first { $0.groupKey == subjectKey }
        let comparator = rows.first { $0.groupKey == comparatorKey }
        guard let any = subject ?? comparator else { return nil }
        let subjectName = indicator.subject ?? "", comparatorName = indicator.comparator ?? ""
        var point = SeriesPoint(period: any.period.description, periodEnd: any.period.end, value: nil, counts: nil,
                                lowConfidence: false, note: nil, location: any.location)
        guard let subject, let comparator else {
            point.note = "\(indicator.id) \(any.period): there is a figure for \(subject == nil ? comparatorName : subjectName) but none for \(subject == nil ? subjectName : comparatorName)"
            return point
        }
        if let s = subject.numerator, let sd = subject.denominator, let c = comparator.numerator, let cd = comparator.denominator {
            point.counts = "\(subject.group ?? subjectName) \(s) of \(sd); \(comparator.group ?? comparatorName) \(c) of \(cd)"
            point.lowConfidence = s < indicator.minCases || c < indicator.minCases
        }
        let subjectRate = self.point(subject, indicator, asPercentage: indicator.measure == .gap)
        let comparatorRate = self.point(comparator, indicator, asPercentage: indicator.measure == .gap)
        guard let sv = subjectRate.value, let cv = comparatorRate.value else {
            point.note = subjectRate.note ?? comparatorRate.note
            return point
        }
        switch indicator.measure {
        case .relativeLikelihood:
            guard let s = subject.numerator, let sd = subject.denominator, let c = comparator.numerator, let cd = comparator.denominator else {
                point.note = "\(indicator.id) \(any.period): a relative likelihood needs numerator and denominator for both \(subjectName) and \(comparatorName)"
                return point
            }
            guard c > 0 else {
                point.note = "\(indicator.id) \(any.period): no \(comparatorName) cases (0 of \(cd)), so the likelihood for \(subjectName) relative to \(comparatorName) has no finite value"
                return point
            }
            point.value = MeasureNumber.round((Double(s) / Double(sd)) / (Double(c) / Double(cd)), decimals: 2)
        default:
            point.value = MeasureNumber.round(sv - cv, decimals: indicator.decimals)
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
