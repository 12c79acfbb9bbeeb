/// One figure a trust supplies for an indicator: a value, or the counts it is made from.
public struct Observation: Hashable, Sendable {
    public var indicator: String
    public var period: ReportingPeriod
    /// BME, white, disabled…; nil for a figure about everyone (or a ratio given as is).
    public var group: String?
    public var value: Double?
    public var numerator: Int?
    public var denominator: Int?
    /// When the figure became known; without it, the day after its period ends.
    public var published: CivilDate?
    public var location: SourceLocation
    /// Where the value is, for problems with it alone.
    public var valueLocation: SourceLocation?
    /// The value was written with `%`, which only a percentage or gap may be.
    public var percentSign = false
    /// The row says a percentage of 1 or less is meant as written (0.4% of staff), not a
    /// fraction of one typed where a percentage belongs.
    public var fractionOK = false

    public init(indicator: String, period: ReportingPeriod, group: String? = nil, value: Double? = nil,
                numerator: Int? = nil, denominator: Int? = nil, published: CivilDate? = nil, location: SourceLocation) {
        self.indicator = indicator
        self.period = period
        self.group = group
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.published = published
        self.location = location
    }

    /// A figure counts only from the day it could have been known.
    public var knownFrom: CivilDate { published ?? period.end.adding(days: 1) }

    /// Groups are matched without regard to case: "BME" and "bme" are one group.
    var groupKey: String { group?.lowercased() ?? "" }
}

/// A reduction target a trust has set for an indicator: from a baseline to a value by a date.
public struct ReductionTarget: Hashable, Sendable {
    public var indicator: String
    /// The group the target is for; nil means the indicator's subject.
    public var group: String?
    public var baselinePeriod: ReportingPeriod
    /// The baseline as stated; nil means the figure for the baseline period.
    public var baselineValue: Double?
    public var value: Double
    public var by: CivilDate
    /// When the target was set; it counts only from then.
    public var setOn: CivilDate?
    public var approvedBy: String?
    public var location: SourceLocation

    public init(indicator: String, group: String? = nil, baselinePeriod: ReportingPeriod, baselineValue: Double? = nil,
                value: Double, by: CivilDate, setOn: CivilDate? = nil, approvedBy: String? = nil, location: SourceLocation) {
        self.indicator = indicator
        self.group = group
        self.baselinePeriod = baselinePeriod
        self.baselineValue = baselineValue
        self.value = value
        self.by = by
        self.setOn = setOn
        self.approvedBy = approvedBy
        self.location = location
    }
}
