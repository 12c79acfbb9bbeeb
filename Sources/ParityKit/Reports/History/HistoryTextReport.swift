/// The terminal table. A `*` marks a status that changed since the point before.
struct HistoryTextReport {
    func render(_ history: StatusHistory) -> String {
        let pad = ChangeWords.pad
        let rowWidth = max(18, (history.rules.map(\.id.count) + history.packs.map(\.id.count) + [9]).max()! + 2)
        let longestStatus = RuleStatus.allCases.map(\.rawValue.count).max() ?? 14
        let columnWidth = max(longestStatus + 1, (history.points.map(\.label.count).max() ?? 0)) + 2
        func row(_ label: String, _ cells: [String]) -> String {
            let line = "  " + pad(label, rowWidth) + cells.map { pad($0, columnWidth) }.joined()
            return String(line.reversed().drop { $0 == " " }.reversed())
        }

        var out: [String] = []
        out.append("\(history.organisation): status history at \(ReportText.count(history.points.count, "point"))")
        out.append("")
        out.append(row("", history.points.map(\.label)))
        if history.points.contains(where: { $0.commit != nil }) {
            out.append(row("commit", history.points.map { $0.shortCommit ?? "" }))
        }
        if history.points.contains(where: { $0.label != $0.asOf.description }) {
            out.append(row("as of", history.points.map(\.asOf.description)))
        }
        out.append("")
        out.append("Share met (score)")
        for pack in history.packs {
            out.append(row(pack.id, pack.scores.map(ReportText.score)))
        }
        out.append(row("all packs", history.points.map { ReportText.score($0.summary.score) }))
        for pack in history.packs {
            out.append("")
            out.append("\(pack.title) [\(pack.id)]")
            for rule in history.rules where rule.pack == pack.id {
                out.append(row(rule.id, rule.statuses.indices.map { index in
                    (rule.statuses[index]?.rawValue ?? "–") + (rule.changed(at: index) ? "*" : "")
                }))
            }
        }
        out.append("")
        out.append("* the status changed since the point before; – the rule was not applied then.")
        for skipped in history.skipped {
            out.append(contentsOf: ChangeWords.wrap("Skipped \(skipped.label)\(skipped.commit.map { " (\($0.prefix(7)))" } ?? ""): \(skipped.reason)", "", "  ", 100))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
