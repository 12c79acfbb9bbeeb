/// The rollup as a paper for an ICB or regional meeting: the matrix by pack with each
/// organisation's pack score, the counts per rule, the recurring gaps, the indicators and
/// what moved. Every RAG is written as a word, so the paper reads in black and white.
struct RollupMarkdownReport {
    func render(_ rollup: Rollup) -> String {
        var lines = ["# " + RollupWords.heading(rollup)]
        if rollup.anonymised { lines += ["", RollupWords.anonymisedNote] }
        let names = rollup.organisations.map { Markdown.escape($0.label) }

        lines += Markdown.heading("Organisations", level: 2)
        lines += Markdown.tableHeader(["organisation", "as of", "pack scores"])
        for organisation in rollup.organisations {
            lines.append("| \(Markdown.escape(organisation.label)) | \(organisation.asOf) | \(Markdown.escape(RollupWords.scores(organisation))) |")
        }
        if !rollup.notes.isEmpty {
            lines += Markdown.heading("Notes", level: 2)
            lines += rollup.notes.map { "- " + Markdown.escape($0) }
        }

        lines += Markdown.heading("Matrix", level: 2)
        lines.append(Markdown.escape("RED, AMBER, GREEN; N/A not applicable or waived; — pack not applied; * not counted (another revision of the pack states the rule differently)."))
        for pack in rollup.packs {
            lines += Markdown.heading("\(Markdown.escape(pack.id)): \(Markdown.escape(pack.title))", level: 3)
            lines += Markdown.tableHeader(["rule"] + names + ["met", "met by deadline", "overdue", "median days overdue", "worst days overdue"])
            for rule in rollup.rules where rule.pack == pack.id {
                let cells = rule.cells.map { Markdown.escape(RollupWords.cell($0)) }
                let stats = ["\(rule.met) of \(rule.compared)",
                             rule.withDeadline > 0 ? "\(rule.metByDeadline) of \(rule.withDeadline)" : "—",
                             String(rule.overdue),
                             rule.medianDaysOverdue.map(RollupWords.number) ?? "—",
                             rule.worstDaysOverdue.map(String.init) ?? "—"]
                lines.append("| \(Markdown.escape(rule.id)) \(Markdown.escape(rule.title)) | " + (cells + stats).joined(separator: " | ") + " |")
            }
            let scores = rollup.organisations.map { organisation in
                RollupWords.score(organisation.packs.first { $0.pack == pack.id }?.score)
            }
            lines.append("| **score** | " + (scores + ["", "", "", "", ""]).joined(separator: " | ") + " |")
            for rule in rollup.rules where rule.pack == pack.id { if let note = rule.note { lines += ["", "- " + Markdown.escape(note)] } }
        }

        lines += Markdown.heading("Recurring gaps", level: 2)
        lines.append("The same gap in two or more organisations: a system problem rather than one organisation's.")
        lines.append("")
        if rollup.recurringGaps.isEmpty { lines.append("None.") } else {
            lines += Markdown.tableHeader(["rule", "owners", "organisations", "gap"])
            for gap in rollup.recurringGaps {
                lines.append("| \(Markdown.escape(gap.rule)) | \(Markdown.escape(gap.owners.joined(separator: ", "))) | \(gap.organisations.count): \(Markdown.escape(gap.organisations.joined(separator: ", "))) | \(Markdown.escape(gap.gap)) |")
            }
        }

        lines += Markdown.heading("Indicators", level: 2)
        if rollup.indicators.isEmpty { lines.append("None.") }
        for indicator in rollup.indicators {
            lines += Markdown.heading("\(Markdown.escape(indicator.id)) (\(Markdown.escape(indicator.group))): \(Markdown.escape(indicator.title))", level: 3)
            if let band = RollupWords.band(indicator) { lines += [Markdown.escape(band.prefix(1).uppercased() + band.dropFirst()) + ".", ""] }
            lines += Markdown.tableHeader(["organisation", "latest", "period", "change on the year before", "against the band"])
            for figure in indicator.figures {
                let value = figure.suppressed ? RollupWords.suppressed(indicator) : figure.value.map { RollupWords.format($0, indicator) } ?? "no figure"
                let change = figure.change.map { RollupWords.signed($0, indicator) + (figure.previousPeriod.map { " on \($0)" } ?? "") } ?? "—"
                lines.append("| \(Markdown.escape(figure.organisation)) | \(Markdown.escape(value)) | \(figure.period ?? "—") | \(Markdown.escape(change)) | \(figure.position ?? "—") |")
            }
            lines += ["", "System: " + Markdown.escape(RollupWords.system(indicator)) + "."]
            if let reference = indicator.reference {
                lines += ["", Markdown.escape(RollupWords.reference(reference, indicator)) + "."]
            }
        }

        if let changes = rollup.changes {
            lines += Markdown.heading(RollupWords.since(changes), level: 2)
            if changes.moves.isEmpty && changes.scores.isEmpty && changes.joined.isEmpty && changes.left.isEmpty {
                lines.append("Nothing moved.")
            }
            lines += changes.moves.map { "- " + Markdown.escape(RollupWords.move($0)) }
            lines += changes.scores.map { "- score " + Markdown.escape(RollupWords.scoreChange($0)) }
            if !changes.joined.isEmpty { lines.append("- new: " + Markdown.escape(changes.joined.joined(separator: ", "))) }
            if !changes.left.isEmpty { lines.append("- no longer reported: " + Markdown.escape(changes.left.joined(separator: ", "))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
