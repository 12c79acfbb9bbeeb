/// One period's figure in a series, as reports show it.
public struct SeriesPoint: Hashable, Codable, Sendable {
    public var period: ReportingPeriod
    public var periodEnd: CivilDate
    /// Rounded as published; nil when it cannot be computed (see `note`).
    @NullEncoded public var value: Double?
    /// The counts a computed figure rests on, in words: "BME 29 of 1820; white 45 of 4610".
    @NullEncoded public var counts: String?
    /// Computed from fewer cases than the indicator's `min_cases` in some group.
    public var lowConfidence: Bool
    /// Why the figure could not be computed.
    @NullEncoded public var note: String?
    public var location: SourceLocation
}

/// A group's figure for the latest period: the breakdown a board sees.
public struct GroupFigure: Hashable, Codable, Sendable {
    public var group: String
    @NullEncoded public var value: Double?
    /// "%" for a group's rate (also under a ratio or gap), "" for a plain value.
    public var unit: String
    public var decimals: Int

    public var words: String {
        "\(group) \(value.map { MeasureNumber.format($0, decimals: decimals) + unit } ?? "n/a")"
    }
}

/// A reduction target as judged on the as-of date.
public struct TargetSummary: Hashable, Codable, Sendable {
    public var baselinePeriod: String
    @NullEncoded public var baseline: Double?
    public var target: Double
    public var by: CivilDate
    @NullEncoded public var setOn: CivilDate?
    @NullEncoded public var approvedBy: String?
    /// Where a straight line from baseline to target says the latest figure should be.
    @NullEncoded public var expected: Double?
    /// nil when there is no figure after the baseline to judge.
    @NullEncoded public var onTrack: Bool?
    public var location: SourceLocation
}

/// An indicator's figures as one rule judged them: the series, the latest change, the
/// band, the target and what was found.
public struct MeasureSummary: Hashable, Codable, Sendable {
    public var indicator: String
    public var title: String
    /// The group whose figures these are, or "BME vs white" for a ratio or gap.
    public var group: String
    public var measure: String
    public var unit: String
    public var better: String
    public var decimals: Int
    /// [low, high] of the non-adverse range.
    @NullEncoded public var band: [Double]?
    public var series: [SeriesPoint]
    @NullEncoded public var latest: SeriesPoint?
    /// The same period a year before the latest, when there is a figure for it.
    @NullEncoded public var previous: SeriesPoint?
    /// latest − previous.
    @NullEncoded public var change: Double?
    /// improved, worsened or unchanged, by the indicator's direction.
    @NullEncoded public var trend: String?
    /// below, within or above the band.
    @NullEncoded public var position: String?
    @NullEncoded public var target: TargetSummary?
    public var breakdown: [GroupFigure]
    /// How the figures stand against the rule's condition.
    public var status: RuleStatus
    /// One line a board can read: latest, change, band, target.
    public var words: String

    /// `value` as the indicator writes it.
    public func format(_ value: Double) -> String {
        MeasureNumber.format(value, decimals: decimals) + unit
    }
}
