/// A trust's `parity.yaml`.
public struct TrustConfig: Hashable, Sendable {
    /// The file at a policy repository's root that makes it one.
    public static let fileName = "parity.yaml"

    /// A pack named in `packs:`: a built-in id or a repository-relative path.
    public enum PackReference: Hashable, Sendable {
        case builtin(String, at: SourceLocation)
        case file(String, at: SourceLocation)

        public var location: SourceLocation {
            switch self {
            case .builtin(_, let at), .file(_, let at): return at
            }
        }
    }

    public var organisation: String
    /// The start of each cycle of the one-year plan, earliest first: a trust may run a
    /// second cycle after the first year.
    public var planStarts: [CivilDate]
    public var packs: [PackReference]
    public var dueSoonDays: Int
    public var overrides: [RuleOverride]
    public var waivers: [Waiver]
    /// The longest a waiver may run, in months from its approval.
    public var maximumWaiverMonths: Int
    /// What the trust calls its one-year plan, for the papers' headings.
    public var planTitle: String?
    /// The board paper's particulars: meeting, leads, purpose, links and accountability.
    public var paper: PaperParticulars
    public var location: SourceLocation

    public init(organisation: String, planStart: CivilDate? = nil, planStarts: [CivilDate] = [], packs: [PackReference],
                dueSoonDays: Int = 60, overrides: [RuleOverride] = [], waivers: [Waiver] = [],
                maximumWaiverMonths: Int = 12, planTitle: String? = nil, paper: PaperParticulars = PaperParticulars(),
                location: SourceLocation) {
        self.organisation = organisation
        self.planStarts = (planStarts + [planStart].compactMap { $0 }).sorted()
        self.packs = packs
        self.dueSoonDays = dueSoonDays
        self.overrides = overrides
        self.waivers = waivers
        self.maximumWaiverMonths = maximumWaiverMonths
        self.planTitle = planTitle
        self.paper = paper
        self.location = location
    }

    /// The start of the plan cycle current on `day`: the latest start on or before it,
    /// or the first start when none has come yet.
    public func planStart(asOf day: CivilDate) -> CivilDate? {
        planStarts.last { $0 <= day } ?? planStarts.first
    }

    /// Whether `start` begins a later cycle, whose activities must be done afresh.
    public func isLaterCycle(_ start: CivilDate) -> Bool {
        planStarts.first.map { start > $0 } ?? false
    }
}
