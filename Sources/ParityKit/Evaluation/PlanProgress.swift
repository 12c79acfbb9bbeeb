/// Where a one-year plan stands on a date, phase by phase: what a steering committee
/// asks each month. Drawn from the same assessment as `parity gap`.
public struct PlanProgress: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var asOf: CivilDate
    public var organisation: String
    public var planStart: CivilDate
    /// 0 before the plan starts; 13 and on after the plan year.
    public var planMonth: Int
    /// Days until the start, when the plan has not started.
    @NullEncoded public var daysUntilStart: Int?
    /// The phase the trust should be in now.
    @NullEncoded public var expectedPhase: String?
    public var phases: [PhaseProgress]
    /// Earlier cycles, each as it stood at its end.
    public var earlierCycles: [CycleSummary]
    /// What changed since the date given with `--since`.
    @NullEncoded public var changes: Changes?

    public var planMonthWords: String {
        switch planMonth {
        case 0: return "the plan has not started; it starts in \(daysUntilStart ?? 0) day\(daysUntilStart == 1 ? "" : "s")"
        case 1...12: return "month \(planMonth) of 12"
        default: return "after the plan year (month \(planMonth))"
        }
    }
}

public struct PhaseProgress: Hashable, Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case complete
        case onTrack = "on_track"
        case behind
        case notStarted = "not_started"
        case upcoming
    }

    public var id: String
    public var title: String
    public var windowStart: CivilDate
    /// The last day of the phase's window; nil for the last phase, which has no end: it
    /// stays open after the plan year.
    @NullEncoded public var windowEnd: CivilDate?
    /// The phase's deadline: the last day of its last plan month, for every phase.
    public var due: CivilDate
    public var openEnded: Bool
    public var status: Status
    public var done: Int
    public var total: Int
    public var activities: [ActivityProgress]
}

public struct ActivityProgress: Hashable, Codable, Sendable {
    public enum State: String, Codable, Sendable {
        case done
        case inProgress = "in_progress"
        case notStarted = "not_started"
        case late
    }

    public var id: String
    public var title: String
    public var state: State
    @NullEncoded public var daysLate: Int?
    public var owners: [String]
    /// The evidence behind a done activity.
    public var evidence: [String]
    public var openActions: [PlannedAction]
}

public struct CycleSummary: Hashable, Codable, Sendable {
    public var planStart: CivilDate
    public var ended: CivilDate
    public var done: Int
    public var total: Int
    public var late: [String]
}

/// "Since we last met": what changed between two dates.
public struct Changes: Hashable, Codable, Sendable {
    public var since: CivilDate
    public var newlyDone: [String]
    public var newlyLate: [String]
    public var actionsClosed: [PlannedAction]

    public var isEmpty: Bool { newlyDone.isEmpty && newlyLate.isEmpty && actionsClosed.isEmpty }
}
