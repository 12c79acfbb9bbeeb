/// A leaf condition over figures rather than documents: select indicators, then require
/// their latest figures to meet every constraint given.
public struct MeasureLeaf: Hashable, Sendable {
    public enum Selection: Hashable, Sendable {
        case indicator(String)
        /// Every indicator with this tag that has figures; with `withTarget`, only those
        /// the trust has set a reduction target for.
        case tag(String, withTarget: Bool)
    }

    /// Where the latest figure must lie.
    public enum Bound: Hashable, Sendable {
        /// Within the indicator's non-adverse range.
        case inBand
        case atMost(Double)
        case atLeast(Double)
        case between(Double, Double)
    }

    public enum YearOnYear: String, CaseIterable, Hashable, Sendable {
        /// Better than the same period a year earlier.
        case improves
        /// Better than or equal to it.
        case notWorse = "not_worse"
    }

    public enum TargetRequirement: String, CaseIterable, Hashable, Sendable {
        /// A target with a baseline, a value and a date has been set.
        case set
        /// And the latest figure is at or better than a straight line from baseline to target.
        case onTrack = "on_track"
    }

    public var selection: Selection
    /// The group judged; nil means each indicator's subject.
    public var group: String?
    public var latest: Bound?
    public var yearOnYear: YearOnYear?
    public var target: TargetRequirement?
    /// Groups that must each have a figure for the latest period.
    public var brokenDownBy: [String]
    /// The latest figure's period must have ended within this long before the as-of date.
    public var currentWithin: Period?
    /// With no figures at all, the condition is passed over (and says so), so a rule can
    /// use figures where a trust has them and documents alone where it has none.
    public var optional: Bool
    public var describe: String?
    public var location: SourceLocation

    public init(selection: Selection, group: String? = nil, latest: Bound? = nil, yearOnYear: YearOnYear? = nil,
                target: TargetRequirement? = nil, brokenDownBy: [String] = [], currentWithin: Period? = nil,
                optional: Bool = false, describe: String? = nil, location: SourceLocation) {
        self.selection = selection
        self.group = group
        self.latest = latest
        self.yearOnYear = yearOnYear
        self.target = target
        self.brokenDownBy = brokenDownBy
        self.currentWithin = currentWithin
        self.optional = optional
        self.describe = describe
        self.location = location
    }
}
