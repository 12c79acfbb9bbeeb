/// A trust's recorded decision to accept a gap for a time: a rule, a reason, who approved
/// it and when it ends. After `expires` the rule is judged as if there were no waiver, and
/// the lapse itself is reported.
public struct Waiver: Hashable, Sendable {
    public var ruleID: String
    public var reason: String
    public var approvedBy: String
    public var approvedOn: CivilDate
    public var expires: CivilDate
    /// What the waiver covers, when less than the whole rule (free text, shown as given).
    public var scope: String?
    public var location: SourceLocation

    public init(ruleID: String, reason: String, approvedBy: String, approvedOn: CivilDate, expires: CivilDate,
                scope: String? = nil, location: SourceLocation) {
        self.ruleID = ruleID
        self.reason = reason
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.expires = expires
        self.scope = scope
        self.location = location
    }

    /// In force on `day`: approved by then and not yet expired (the expiry day still counts).
    public func isActive(on day: CivilDate) -> Bool {
        approvedOn <= day && day <= expires
    }
}
