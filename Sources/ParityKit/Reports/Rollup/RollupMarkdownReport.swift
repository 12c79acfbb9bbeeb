/// The rollup as a paper for an ICB or regional meeting: the title with the date in words,
/// a summary in sentences, the pack scores as a table, the matrix by pack, the counts per
/// rule, the recurring gaps, the indicators and what moved. Every RAG is written as a
/// word, so the paper reads in black and white; dates are written out and packs named by
/// title, as in the Word paper.
struct RollupMarkdownReport {
    var paper = PaperParticulars()

    func render(_ rollup: Rollup) -> String {
        var lines = ["# " + Markdown.escape(RollupWords.title(rollup, given: paper.title)), "", RollupWords.position(rollup) + "."]
        if rollup.anonymised { lines += ["", RollupWords.anonymisedNote] }
        let names = rollup.organisations.map { Markdown.escape($0.label) }

        lines += Markdown.heading("Summary", level: 2)
        lines += RollupWords.summary(rollup).flatMap { [Markdown.escape($0), ""] }.dropLast()

        lines += Markdown.heading("Pack scores", level: 2)
        lines += Markdown.tableHeader(["pack"] + names)
        if rollup.asOf == nil {
            lines.append("| as of | " + rollup.organisations.map { ReportText.long($0.asOf) }.joined(separator: " | ") + " |")
        }
        for pack in rollup.packs {
            let scores = rollup.organisations.map { organisation in
                organisation.packs.first { $0.pack == pack.id }.map { RollupWords.score($0.score) } ?? "—"
            }
            lines.append("| \(Markdown.escape(pack.title)) | " + scores.joined(separator: " | ") + " |")
        }
        if !rollup.notes.isEmpty {
            lines += Markdown.heading("Notes", level: 2)
            lines += rollup.notes.map { "- " + Markdown.escape(RollupWords.inWords($0)) }
        }

        lines += Markdown.heading("Matrix", level: 2)
        lines.append(Markdown.escape("RED, AMBER, GREEN; N/A not applicable or waived; — pack not applied; * not counted (another revision of the pack states the rule differently)."))
        for pack in rollup.packs {
            lines += Markdown.heading(Markdown.escape(pack.title), level: 3)
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
            for rule in rollup.rules where rule.pack == pack.id { if let note = rule.note { lines += ["", "- " + Markdown.escape(RollupWords.inWords(note))] } }
        }

        lines += Markdown.heading("Recurring gaps", level: 2)
        lines.append("The same gap in two or more organisations: a problem of the system rather than of one organisation. Each organisation's own documents are not named, as another organisation's differ.")
        lines.append("")
        if rollup.recurringGaps.isEmpty { lines.append("None.") } else {
            lines += Markdown.tableHeader(["rule", "gap", "owners", "organisations"])
            for gap in rollup.recurringGaps {
                lines.append("| \(Markdown.escape(gap.rule)) | \(Markdown.escape(RollupWords.inWords(gap.gap))) | \(Markdown.escape(gap.owners.joined(separator: ", "))) | \(Markdown.escape(RollupWords.organisations(gap.organisations, of: rollup))) |")
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
                lines += ["", Markdown.escape(RollupWords.inWords(RollupWords.reference(reference, indicator))) + "."]
            }
        }

        if let changes = rollup.changes, let moved = RollupSummary(rollup).moved {
            lines += Markdown.heading(RollupWords.inWords(RollupWords.since(changes)), level: 2)
            lines.append(Markdown.escape(RollupWords.moved(moved).joined(separator: " ")))
            if !changes.moves.isEmpty {
                lines.append("")
                lines += Markdown.tableHeader(["organisation", "rule", "before", "now"])
                for move in changes.moves {
                    lines.append("| \(Markdown.escape(move.organisation)) | \(Markdown.escape(move.rule)) | \(Markdown.escape(RollupWords.side(move.fromStatus, move.fromRAG))) | \(Markdown.escape(RollupWords.side(move.toStatus, move.toRAG))) |")
                }
            }
            if !changes.scores.isEmpty {
                lines.append("")
                lines += Markdown.tableHeader(["organisation", "pack", "score before", "score now"])
                for change in changes.scores {
                    lines.append("| \(Markdown.escape(change.organisation)) | \(Markdown.escape(RollupWords.packTitle(change.pack, in: rollup))) | \(RollupWords.score(change.from)) | \(RollupWords.score(change.to)) |")
                }
            }
            if !changes.joined.isEmpty { lines += ["", "- new to the rollup: " + Markdown.escape(RollupWords.list(changes.joined))] }
            if !changes.left.isEmpty { lines += ["", "- no longer reported: " + Markdown.escape(RollupWords.list(changes.left))] }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
