/// The terminal timeline: one bar per phase across the plan's months, a marker at the
/// as-of date, then each phase's activities.
struct PhasesTextReport {
    static let monthWidth = 4
    static let labelWidth = 8

    func render(_ progress: PlanProgress) -> String {
        var out: [String] = []
        out.append("\(progress.organisation): one-year plan as of \(progress.asOf)")
        out.append(PhaseWords.headline(progress))
        out.append("")
        let calendar = PlanCalendar(start: progress.planStart)
        let months = (1...12).map { ReportText.monthNames[calendar.firstDay(ofMonth: $0).month - 1].prefix(3) }
        out.append(pad("", Self.labelWidth) + months.map { pad(String($0), Self.monthWidth) }.joined() + "later")
        let marker = column(of: progress.asOf, calendar: calendar)
        for phase in progress.phases {
            var bar = Array(repeating: Character(" "), count: 12 * Self.monthWidth + 5)
            // A window never starts before the plan, so its columns exist.
            let from = column(of: phase.windowStart, calendar: calendar) ?? 0
            let to = phase.openEnded ? bar.count - 1 : column(of: phase.due, calendar: calendar) ?? 0
            let fill = Self.fill(phase.status)
            for index in from...max(from, to) where index < bar.count { bar[index] = fill }
            if phase.openEnded { bar[bar.count - 1] = ">" }
            if let marker, marker < bar.count { bar[marker] = "|" }
            out.append(pad(phase.id, Self.labelWidth) + String(bar) + "  " + pad(PhaseWords.status(phase.status), 12) + PhaseWords.counts(phase))
        }
        if let marker {
            out.append(pad("", Self.labelWidth + marker) + "^ \(progress.asOf)")
        }
        out.append("Key: # complete  = on track  ! behind  - not started  . upcoming  | as-of date")
        for phase in progress.phases {
            out.append("")
            out.append("\(phase.id)  \(phase.title)  [\(PhaseWords.window(phase))]  \(PhaseWords.status(phase.status)), \(PhaseWords.counts(phase))")
            for activity in phase.activities {
                let detail = PhaseWords.detail(activity)
                out.append("  " + pad(PhaseWords.state(activity), 16) + "\(activity.id) \(activity.title)" + (detail.isEmpty ? "" : "; \(detail)"))
            }
        }
        if !progress.earlierCycles.isEmpty {
            out.append("")
            out.append(contentsOf: progress.earlierCycles.map(PhaseWords.cycle))
        }
        if let changes = progress.changes {
            out.append("")
            out.append("Since we last met")
            out.append(contentsOf: PhaseWords.changes(changes).map { "  " + $0 })
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func fill(_ status: PhaseProgress.Status) -> Character {
        switch status {
        case .complete: return "#"
        case .onTrack: return "="
        case .behind: return "!"
        case .notStarted: return "-"
        case .upcoming: return "."
        }
    }

    /// The character column of a date on the timeline; nil before the plan starts.
    private func column(of date: CivilDate, calendar: PlanCalendar) -> Int? {
        let month = calendar.month(of: date)
        guard month > 0 else { return nil }
        if month > 12 { return 12 * Self.monthWidth + 2 }
        let first = calendar.firstDay(ofMonth: month), last = calendar.lastDay(ofMonth: month)
        let length = first.days(until: last) + 1
        return (month - 1) * Self.monthWidth + first.days(until: date) * Self.monthWidth / length
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
