/// The steering committee's paper: where the plan stands, phase by phase.
struct PhasesMarkdownReport {
    func render(_ progress: PlanProgress) -> String {
        let md = Markdown.escape
        var out: [String] = []
        out.append("# One-year plan: \(md(progress.organisation))")
        out.append("")
        out.append("As of \(ReportText.long(progress.asOf)). \(md(PhaseWords.headline(progress)))")
        out.append("")
        out.append("| Phase | Window | Status | Done |")
        out.append("|---|---|---|---|")
        for phase in progress.phases {
            out.append("| \(md(phase.id)) \(md(phase.title)) | \(md(PhaseWords.window(phase))) | **\(PhaseWords.status(phase.status))** | \(md(PhaseWords.counts(phase))) |")
        }
        for phase in progress.phases {
            out.append("")
            out.append("## \(md(phase.id)) \(md(phase.title))")
            out.append("")
            out.append("\(md(PhaseWords.window(phase))); \(PhaseWords.status(phase.status)), \(md(PhaseWords.counts(phase))).")
            out.append("")
            out.append("| Activity | State | Evidence, owners and actions |")
            out.append("|---|---|---|")
            for activity in phase.activities {
                out.append("| \(md(activity.id)) \(md(activity.title)) | \(md(PhaseWords.state(activity))) | \(md(PhaseWords.detail(activity))) |")
            }
        }
        if !progress.earlierCycles.isEmpty {
            out.append("")
            out.append("## Earlier cycles")
            out.append("")
            out.append(contentsOf: progress.earlierCycles.map { "- \(md(PhaseWords.cycle($0)))" })
        }
        if let changes = progress.changes {
            out.append("")
            out.append("## Since we last met")
            out.append("")
            out.append(contentsOf: PhaseWords.changes(changes).map { "- \(md($0))" })
        }
        return out.joined(separator: "\n") + "\n"
    }
}
