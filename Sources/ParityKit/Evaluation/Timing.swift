/// Where a rule stands against its deadline on the as-of date.
public struct Timing: Hashable, Codable, Sendable {
    public enum State: String, CaseIterable, Codable, Sendable {
        case noDeadline = "no_deadline"
        case notYetDue = "not_yet_due"
        case dueSoon = "due_soon"
        case passed
    }

    public var state: State
    public var deadline: CivilDate?
    /// Days from the as-of date to the deadline; negative once it has passed.
    public var daysLeft: Int?

    public init(deadline: CivilDate?, asOf: CivilDate, dueSoonDays: Int) {
        self.deadline = deadline
        guard let deadline else {
            state = .noDeadline
            daysLeft = nil
            return
        }
        let days = asOf.days(until: deadline)
        daysLeft = days
        state = days < 0 ? .passed : days <= dueSoonDays ? .dueSoon : .notYetDue
    }

    /// Plain words for reports; `met` changes how a passed deadline reads.
    public func words(met: Bool) -> String {
        guard let deadline, let daysLeft else { return "ongoing, no deadline" }
        switch state {
        case .noDeadline: return "ongoing, no deadline"
        case .passed where met: return "deadline \(deadline) has passed"
        case .passed: return "overdue by \(-daysLeft) day\(daysLeft == -1 ? "" : "s") (deadline \(deadline))"
        case .dueSoon where daysLeft == 0: return "due today (\(deadline))"
        case .dueSoon, .notYetDue: return "due in \(daysLeft) day\(daysLeft == 1 ? "" : "s") (\(deadline))"
        }
    }
}
