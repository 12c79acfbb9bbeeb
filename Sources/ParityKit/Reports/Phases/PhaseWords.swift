/// Words shared by the phase reports.
enum PhaseWords {
    static func status(_ status: PhaseProgress.Status) -> String {
        switch status {
        case .complete: return "complete"
        case .onTrack: return "on track"
        case .behind: return "behind"
        case .notStarted: return "not started"
        case .upcoming: return "upcoming"
        }
    }

    static func state(_ activity: ActivityProgress) -> String {
        switch activity.state {
        case .done: return "done"
        case .inProgress: return "in progress"
        case .notStarted: return "not started"
        case .late: return "late by \(activity.daysLate ?? 0) day\(activity.daysLate == 1 ? "" : "s")"
        }
    }

    static func counts(_ phase: PhaseProgress) -> String {
        let late = phase.activities.filter { $0.state == .late }.count
        return "\(phase.done) of \(phase.total) done" + (late > 0 ? ", \(late) late" : "")
    }

    static func window(_ phase: PhaseProgress) -> String {
        phase.openEnded ? "from \(phase.windowStart) (due \(phase.due), then yearly)" : "\(phase.windowStart) to \(phase.due)"
    }

    static func detail(_ activity: ActivityProgress) -> String {
        if activity.state == .done {
            return activity.evidence.isEmpty ? "" : "evidence: \(activity.evidence.joined(separator: ", "))"
        }
        var parts = ["owners: \(activity.owners.joined(separator: ", "))"]
        for action in activity.openActions { parts.append("action: \(ReportText.action(action))") }
        return parts.joined(separator: "; ")
    }

    static func headline(_ progress: PlanProgress) -> String {
        var text = "Plan start \(ReportText.long(progress.planStart)): \(progress.planMonthWords)."
        if let expected = progress.expectedPhase, let phase = progress.phases.first(where: { $0.id == expected }) {
            text += " The trust should be in \(phase.id) \(phase.title)."
        }
        return text
    }

    static func changes(_ changes: Changes) -> [String] {
        if changes.isEmpty { return ["Nothing changed since \(changes.since)."] }
        var lines: [String] = []
        if !changes.newlyDone.isEmpty { lines.append("Done since \(changes.since): \(changes.newlyDone.joined(separator: ", ")).") }
        if !changes.newlyLate.isEmpty { lines.append("Late since \(changes.since): \(changes.newlyLate.joined(separator: ", ")).") }
        for action in changes.actionsClosed { lines.append("Action closed: \(ReportText.action(action))") }
        return lines
    }

    static func cycle(_ cycle: CycleSummary) -> String {
        "Cycle from \(cycle.planStart) (to \(cycle.ended)): \(cycle.done) of \(cycle.total) activities done"
            + (cycle.late.isEmpty ? "." : "; late: \(cycle.late.joined(separator: ", ")).")
    }
}
