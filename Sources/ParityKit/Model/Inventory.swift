/// A per-rule change a trust makes in `parity.yaml`.
public struct RuleOverride: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity?
    /// Set with `applies: false`; the reason is shown wherever the rule is.
    public var notApplicableReason: String?
    public var location: SourceLocation

    public init(ruleID: String, severity: Severity? = nil, notApplicableReason: String? = nil, location: SourceLocation) {
        self.ruleID = ruleID
        self.severity = severity
        self.notApplicableReason = notApplicableReason
        self.location = location
    }
}

/// A trust's `parity.yaml`.
public struct TrustConfig: Hashable, Sendable {
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
    public var location: SourceLocation

    public init(organisation: String, planStart: CivilDate? = nil, planStarts: [CivilDate] = [], packs: [PackReference],
                dueSoonDays: Int = 60, overrides: [RuleOverride] = [], waivers: [Waiver] = [],
                maximumWaiverMonths: Int = 12, location: SourceLocation) {
        self.organisation = organisation
        self.planStarts = (planStarts + [planStart].compactMap { $0 }).sorted()
        self.packs = packs
        self.dueSoonDays = dueSoonDays
        self.overrides = overrides
        self.waivers = waivers
        self.maximumWaiverMonths = maximumWaiverMonths
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

/// Everything read from a trust's repository.
public struct Inventory: Hashable, Sendable {
    public var config: TrustConfig
    /// Sorted by id, so no report depends on the order files were read in.
    public var items: [EvidenceItem]
    /// Figures for indicators, in file order.
    public var observations: [Observation]
    public var targets: [ReductionTarget]

    public init(config: TrustConfig, items: [EvidenceItem], observations: [Observation] = [], targets: [ReductionTarget] = []) {
        self.config = config
        self.items = items.sorted { $0.id < $1.id }
        self.observations = observations
        self.targets = targets
    }
}
