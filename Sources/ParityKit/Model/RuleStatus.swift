/// How far a rule's evidence condition holds.
public enum RuleStatus: String, CaseIterable, Codable, Sendable {
    case met
    case partial
    case notMet = "not_met"
    case notApplicable = "not_applicable"
    /// Not met, but excused by a waiver in force on the as-of date.
    case waived

    /// Still to be closed: partly met or not met.
    public var isOpen: Bool { self == .partial || self == .notMet }

    public var words: String {
        switch self {
        case .met: return "met"
        case .partial: return "partly met"
        case .notMet: return "not met"
        case .notApplicable: return "not applicable"
        case .waived: return "waived"
        }
    }
}
