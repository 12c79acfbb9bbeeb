/// When a rule must be met.
public enum Deadline: Hashable, Sendable {
    /// A fixed date, such as 31 March 2024.
    case date(CivilDate)
    /// An ongoing duty: no date, but its evidence must stay current.
    case ongoing
    /// Months FROM…TO of the one-year plan, counted from the trust's plan start.
    case planMonths(from: Int, to: Int)

    /// The last day the rule may be met on, given the plan start; nil for ongoing duties.
    public func dueDate(planStart: CivilDate?) -> CivilDate? {
        switch self {
        case .date(let date): return date
        case .ongoing: return nil
        case .planMonths(_, let to):
            guard let planStart else { return nil }
            return PlanCalendar(start: planStart).lastDay(ofMonth: to)
        }
    }

    /// The first day of the rule's window, for plan phases; nil otherwise.
    public func windowStart(planStart: CivilDate?) -> CivilDate? {
        guard case .planMonths(let from, _) = self, let planStart else { return nil }
        return PlanCalendar(start: planStart).firstDay(ofMonth: from)
    }

    /// How a report names the deadline when it shows its source, e.g. "plan months 3–6".
    public var words: String {
        switch self {
        case .date(let date): return date.description
        case .ongoing: return "ongoing"
        case .planMonths(let from, let to):
            return from == to ? "plan month \(to)" : "plan months \(from)–\(to)"
        }
    }
}

/// Month N of a plan that starts on S runs from S + (N−1) months to the day before
/// S + N months.
public struct PlanCalendar: Hashable, Sendable {
    public let start: CivilDate

    public init(start: CivilDate) { self.start = start }

    public func firstDay(ofMonth month: Int) -> CivilDate {
        start.adding(months: month - 1)
    }

    public func lastDay(ofMonth month: Int) -> CivilDate {
        start.adding(months: month).adding(days: -1)
    }

    /// The plan month a date falls in (1-based); 0 before the start.
    public func month(of date: CivilDate) -> Int {
        guard date >= start else { return 0 }
        var month = 1
        while lastDay(ofMonth: month) < date { month += 1 }
        return month
    }
}
