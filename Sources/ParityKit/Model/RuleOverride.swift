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
