/// The rollup for the terminal: organisations and their pack scores, the matrix with each
/// rule's counts, the recurring gaps, the indicators and what moved.
struct RollupTextReport {
    func render(_ rollup: Rollup) -> String {
        var lines = [RollupWords.heading(rollup)]
        if rollup.anonymised { lines.append(RollupWords.anonymisedNote) }
        let named = !rollup.anonymised
        // Columns are letters when anonymised, numbers otherwise (names are too long for a column).
        let columns = rollup.organisations.indices.map { named ? String($0 + 1) : rollup.organisations[$0].label }
        let width = max(2, (columns.map(\.count).max() ?? 1) + 1)

        lines += ["", "Organisations"]
        for (index, organisation) in rollup.organisations.enumerated() {
            let name = named ? "\(columns[index]). \(organisation.label)" : organisation.label
            let date = rollup.asOf == nil ? ", as of \(organisation.asOf)" : ""
            lines.append("  \(name)\(date): \(RollupWords.scores(organisation))")
        }
        if !rollup.notes.isEmpty {
            lines += ["", "Notes"]
            for note in rollup.notes { lines += ReportText.wrap(note, indent: "  ") }
        }

        lines += ["", "Matrix (\(RollupWords.legend))"]
        let idWidth = (rollup.rules.map(\.id.count).max() ?? 4) + 2
        for pack in rollup.packs {
            lines += ["", "  \(pack.id): \(pack.title)"]
            lines.append("    " + ReportText.pad("", idWidth) + columns.map { ReportText.pad($0, width) }.joined())
            for rule in rollup.rules where rule.pack == pack.id {
                let cells = rule.cells.map { ReportText.pad(RollupWords.letter($0), width) }.joined()
                lines.append("    " + ReportText.pad(rule.id, idWidth) + cells + "  " + RollupWords.stats(rule))
                if let note = rule.note { lines += ReportText.wrap(note, indent: "      ") }
            }
            let scores = rollup.organisations.indices.map { index in
                "\(columns[index]) \(RollupWords.score(rollup.organisations[index].packs.first { $0.pack == pack.id }?.score))"
            }
            lines += ReportText.wrap("scores: " + scores.joined(separator: ", "), indent: "    ", following: "      ")
        }

        lines += ["", "Recurring gaps (the same gap in two or more organisations)"]
        if rollup.recurringGaps.isEmpty { lines.append("  none") }
        for gap in rollup.recurringGaps {
            lines.append("  \(gap.rule) (\(gap.owners.joined(separator: ", "))), \(gap.organisations.count) organisations: \(gap.organisations.joined(separator: ", "))")
            lines += ReportText.wrap(gap.gap, indent: "    ")
        }

        lines += ["", "Indicators"]
        if rollup.indicators.isEmpty { lines.append("  none") }
        for indicator in rollup.indicators {
            let band = RollupWords.band(indicator).map { "; \($0)" } ?? ""
            lines += ReportText.wrap("\(indicator.id) (\(indicator.group)) \(indicator.title)\(band)", indent: "  ", following: "    ")
            for figure in indicator.figures {
                let index = rollup.organisations.firstIndex { $0.label == figure.organisation }
                let who = named ? (index.map { columns[$0] + ". " } ?? "") + figure.organisation : figure.organisation
                lines.append("    \(who): \(RollupWords.figure(figure, indicator))")
            }
            lines.append("    system: \(RollupWords.system(indicator))")
            if let reference = indicator.reference {
                lines += ReportText.wrap(RollupWords.reference(reference, indicator), indent: "    ", following: "      ")
            }
        }

        if let changes = rollup.changes {
            lines += ["", RollupWords.since(changes)]
            if changes.moves.isEmpty && changes.scores.isEmpty && changes.joined.isEmpty && changes.left.isEmpty {
                lines.append("  nothing moved")
            }
            for move in changes.moves { lines.append("  " + RollupWords.move(move)) }
            for score in changes.scores { lines.append("  score " + RollupWords.scoreChange(score)) }
            if !changes.joined.isEmpty { lines.append("  new: " + changes.joined.joined(separator: ", ")) }
            if !changes.left.isEmpty { lines.append("  no longer reported: " + changes.left.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
