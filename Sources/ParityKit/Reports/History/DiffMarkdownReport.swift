/// The board paper's "since the last board" section: a paragraph, then the lists.
struct DiffMarkdownReport {
    func render(_ diff: RepositoryDiff) -> String {
        let md = Markdown.escape
        var out: [String] = []
        out.append("# What changed: \(md(diff.organisation))")
        out.append("")
        out.append("From \(md(ChangeWords.point(diff.from))) to \(md(ChangeWords.point(diff.to))). \(md(ChangeWords.judged(diff))) Prepared with parity from the trust's policy repository.")
        out += Markdown.heading("Since the last board", level: 2)
        out.append(md(ChangeWords.paragraph(diff)))
        out.append("")
        out.append("| Pack | \(md(diff.from.label)) | \(md(diff.to.label)) |")
        out.append("|---|---:|---:|")
        for pack in diff.packs {
            out.append("| \(md(pack.title)) | \(ReportText.score(pack.scoreBefore)) | \(ReportText.score(pack.scoreAfter)) |")
        }
        out.append("| **All packs** | \(ReportText.score(diff.from.summary.score)) | \(ReportText.score(diff.to.summary.score)) |")

        if !diff.rules.isEmpty {
            out += Markdown.heading("Rules that changed", level: 2)
            out += Markdown.tableHeader(["Rule", "Expectation", "Before", "After", "Change"])
            for change in diff.rules {
                out.append("| \(md(change.id)) | \(md(change.title)) | \(state(change.before)) | \(state(change.after)) | \(ChangeWords.direction(change.direction)) |")
            }
            for change in diff.rules {
                out += Markdown.heading("\(md(change.id)) \(md(change.title))", level: 3)
                let transition = ChangeWords.transition(change, in: diff)
                var line = md(transition.prefix(1).uppercased() + transition.dropFirst()) + "."
                if let after = change.after { line += " Deadline: \(md(after.timingWords))." }
                line += " Owners: \(md(change.owners.joined(separator: ", ")))."
                out.append(line)
                let why = change.nowFound.map { "Now found: \(md($0))" }
                    + change.noLongerFound.map { "No longer found: \(md($0))" }
                    + change.gapsClosed.map { "Gap closed: \(md($0))" }
                    + change.gapsOpened.map { "Gap opened: \(md($0))" }
                    + change.gapsChanged.map { "Gap now reads: \(md($0.after)) (was: \(md($0.before)))" }
                if !why.isEmpty {
                    out.append("")
                    out.append(contentsOf: why.map { "- \($0)" })
                }
            }
        }

        if !diff.lapsed.isEmpty {
            out += Markdown.heading("Deadlines that lapsed", level: 2)
            for lapse in diff.lapsed {
                out.append("- **\(md(lapse.rule))** \(md(lapse.title)): \(md(ChangeWords.lapse(lapse)))")
            }
        }

        if !diff.waiversLapsed.isEmpty {
            out += Markdown.heading("Waivers that lapsed", level: 2)
            for lapse in diff.waiversLapsed {
                out.append("- **\(md(lapse.rule))** \(md(lapse.title)): \(md(lapse.words))")
            }
        }

        let sections: [(String, [(String, String)])] = [
            ("Other gaps closed", ChangeWords.others(diff.gapsClosed, in: diff) { $0.rule }.map { ($0.rule, md($0.gap)) }),
            ("Other gaps opened", ChangeWords.others(diff.gapsOpened, in: diff) { $0.rule }.map { ($0.rule, md($0.gap)) }),
            ("Other gaps changed", ChangeWords.others(diff.gapsChanged, in: diff) { $0.rule }
                .map { ($0.rule, "\(md($0.after)) (was: \(md($0.before)))") }),
        ]
        for (title, notes) in sections where !notes.isEmpty {
            out += Markdown.heading("\(title)", level: 2)
            out.append(contentsOf: notes.map { "- **\(md($0.0))** \($0.1)" })
        }

        if !diff.items.isEmpty {
            out += Markdown.heading("Documents", level: 2)
            for item in diff.items {
                let kind = ChangeWords.itemKind(item.change)
                out.append("- \(kind.prefix(1).uppercased() + kind.dropFirst()): \(md(ChangeWords.itemChange(item)))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func state(_ state: RuleState?) -> String {
        guard let state else { return "not applied" }
        return state.rag == .grey ? state.status.words : "**\(state.rag.label)** \(state.status.words)"
    }
}
