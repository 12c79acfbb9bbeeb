/// The steering committee's paper: where the plan stands, phase by phase.
struct PhasesMarkdownReport {
    func render(_ progress: PlanProgress) -> String {
        let md = Markdown.escape
        var out: [String] = []
        out.append("# One-year plan: \(md(progress.organisation))")
        out.append("")
        out.append("As of \(ReportText.long(progress.asOf)). \(md(PhaseWords.headline(progress)))")
        out.append("")
        out += Markdown.tableHeader(["Phase", "Window", "Status", "Done"])
        for phase in progress.phases {
            out.append("| \(md(phase.id)) \(md(phase.title)) | \(md(PhaseWords.window(phase))) | **\(PhaseWords.status(phase.status))** | \(md(PhaseWords.counts(phase))) |")
        }
        for phase in progress.phases {
            out += Markdown.heading("\(md(phase.id)) \(md(phase.title))", level: 2)
            out.append("\(md(PhaseWords.window(phase))); \(PhaseWords.status(phase.status)), \(md(PhaseWords.counts(phase))).")
            out.append("")
            out += Markdown.tableHeader(["Activity", "State", "Evidence, owners and actions"])
            for activity in phase.activities {
                out.append("| \(md(activity.id)) \(md(activity.title)) | \(md(PhaseWords.state(activity))) | \(md(PhaseWords.detail(activity))) |")
            }
        }
        if !progress.earlierCycles.isEmpty {
            out += Markdown.heading("Earlier cycles", level: 2)
            out.append(contentsOf: progress.earlierCycles.map { "- \(md(PhaseWords.cycle($0)))" })
        }
        if let changes = progress.changes {
            out += Markdown.heading("Since we last met", level: 2)
            out.append(contentsOf: PhaseWords.changes(changes).map { "- \(md($0))" })
        }
        return out.joined(separator: "\n") + "\n"
    }
}
