/// Every format `parity diff` writes.
public enum DiffFormat: String, CaseIterable, Sendable {
    case text
    /// The "since the last board" paragraph and lists, for a board paper.
    case markdown
    case json

    public func render(_ diff: RepositoryDiff) -> String {
        switch self {
        case .text: return DiffTextReport().render(diff)
        case .markdown: return DiffMarkdownReport().render(diff)
        case .json: return JSONOutput.render(diff)
        }
    }
}

/// The terminal form of a diff.
struct DiffTextReport {
    func render(_ diff: RepositoryDiff) -> String {
        let wrap = ChangeWords.wrap
        var out: [String] = []
        out.append("\(diff.organisation): what changed from \(diff.from.label) to \(diff.to.label)")
        out.append("  from  \(ChangeWords.point(diff.from))")
        out.append("  to    \(ChangeWords.point(diff.to))")
        out.append("  \(ChangeWords.judged(diff))")
        out.append("")
        out.append(contentsOf: wrap(ChangeWords.paragraph(diff), "", nil, 100))

        out.append("")
        out.append("Scores")
        for pack in diff.packs {
            out.append("  \(ChangeWords.pad(pack.id, 20)) \(scores(pack.scoreBefore, pack.scoreAfter))")
        }
        out.append("  \(ChangeWords.pad("all packs", 20)) \(scores(diff.from.summary.score, diff.to.summary.score))")

        if !diff.rules.isEmpty {
            out.append("")
            out.append("Rules that changed (\(diff.rules.count))")
            for change in diff.rules {
                out.append("")
                out.append("\(change.id)  \(change.title)")
                out.append(contentsOf: wrap(ChangeWords.transition(change), "  ", nil, 100))
                if let after = change.after { out.append(contentsOf: wrap("Deadline: \(after.timingWords)", "  ", nil, 100)) }
                list("Now found", change.nowFound, into: &out)
                list("No longer found", change.noLongerFound, into: &out)
                list("Gaps closed", change.gapsClosed, into: &out)
                list("Gaps opened", change.gapsOpened, into: &out)
                list("Gaps changed", change.gapsChanged.map { "\($0.after) (was: \($0.before))" }, into: &out)
            }
        }

        if !diff.lapsed.isEmpty {
            out.append("")
            out.append("Deadlines that lapsed (\(diff.lapsed.count))")
            for lapse in diff.lapsed {
                out.append(contentsOf: wrap("\(lapse.title): \(ChangeWords.lapse(lapse))", "  " + ChangeWords.pad(lapse.rule, 9) + " ", String(repeating: " ", count: 12), 100))
            }
        }

        if !diff.waiversLapsed.isEmpty {
            out.append("")
            out.append("Waivers that lapsed (\(diff.waiversLapsed.count))")
            for lapse in diff.waiversLapsed {
                out.append(contentsOf: wrap("\(lapse.title): \(lapse.words)", "  " + ChangeWords.pad(lapse.rule, 9) + " ", String(repeating: " ", count: 12), 100))
            }
        }

        let closed = ChangeWords.others(diff.gapsClosed, in: diff) { $0.rule }
        let opened = ChangeWords.others(diff.gapsOpened, in: diff) { $0.rule }
        let changed = ChangeWords.others(diff.gapsChanged, in: diff) { $0.rule }
        notes("Other gaps closed", closed.map { ($0.rule, $0.gap) }, into: &out)
        notes("Other gaps opened", opened.map { ($0.rule, $0.gap) }, into: &out)
        notes("Other gaps changed", changed.map { ($0.rule, "\($0.after) (was: \($0.before))") }, into: &out)

        if !diff.items.isEmpty {
            out.append("")
            out.append("Documents (\(diff.items.count))")
            for item in diff.items {
                out.append(contentsOf: wrap(ChangeWords.itemChange(item), "  " + ChangeWords.pad(ChangeWords.itemKind(item.change), 12) + " ", String(repeating: " ", count: 15), 100))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func scores(_ before: Double?, _ after: Double?) -> String {
        "\(ChangeWords.pad(ReportText.score(before), 6)) → \(ReportText.score(after))"
    }

    private func list(_ label: String, _ lines: [String], into out: inout [String]) {
        guard !lines.isEmpty else { return }
        out.append("  \(label)")
        for line in lines { out.append(contentsOf: ChangeWords.wrap(line, "    - ", "      ", 100)) }
    }

    private func notes(_ title: String, _ notes: [(String, String)], into out: inout [String]) {
        guard !notes.isEmpty else { return }
        out.append("")
        out.append("\(title) (\(notes.count))")
        for (rule, text) in notes {
            out.append(contentsOf: ChangeWords.wrap(text, "  " + ChangeWords.pad(rule, 9) + " ", String(repeating: " ", count: 12), 100))
        }
    }
}

/// The board paper's "since the last board" section: a paragraph, then the lists.
struct DiffMarkdownReport {
    func render(_ diff: RepositoryDiff) -> String {
        let md = MarkdownReport().md
        var out: [String] = []
        out.append("# What changed: \(md(diff.organisation))")
        out.append("")
        out.append("From \(md(ChangeWords.point(diff.from))) to \(md(ChangeWords.point(diff.to))). \(md(ChangeWords.judged(diff))) Prepared with parity from the trust's policy repository.")
        out.append("")
        out.append("## Since the last board")
        out.append("")
        out.append(md(ChangeWords.paragraph(diff)))
        out.append("")
        out.append("| Pack | \(md(diff.from.label)) | \(md(diff.to.label)) |")
        out.append("|---|---:|---:|")
        for pack in diff.packs {
            out.append("| \(md(pack.title)) | \(ReportText.score(pack.scoreBefore)) | \(ReportText.score(pack.scoreAfter)) |")
        }
        out.append("| **All packs** | \(ReportText.score(diff.from.summary.score)) | \(ReportText.score(diff.to.summary.score)) |")

        if !diff.rules.isEmpty {
            out.append("")
            out.append("## Rules that changed")
            out.append("")
            out.append("| Rule | Expectation | Before | After | Change |")
            out.append("|---|---|---|---|---|")
            for change in diff.rules {
                out.append("| \(md(change.id)) | \(md(change.title)) | \(state(change.before)) | \(state(change.after)) | \(ChangeWords.direction(change.direction)) |")
            }
            for change in diff.rules {
                out.append("")
                out.append("### \(md(change.id)) \(md(change.title))")
                out.append("")
                var line = md(ChangeWords.transition(change).prefix(1).uppercased() + ChangeWords.transition(change).dropFirst()) + "."
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
            out.append("")
            out.append("## Deadlines that lapsed")
            out.append("")
            for lapse in diff.lapsed {
                out.append("- **\(md(lapse.rule))** \(md(lapse.title)): \(md(ChangeWords.lapse(lapse)))")
            }
        }

        if !diff.waiversLapsed.isEmpty {
            out.append("")
            out.append("## Waivers that lapsed")
            out.append("")
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
            out.append("")
            out.append("## \(title)")
            out.append("")
            out.append(contentsOf: notes.map { "- **\(md($0.0))** \($0.1)" })
        }

        if !diff.items.isEmpty {
            out.append("")
            out.append("## Documents")
            out.append("")
            for item in diff.items {
                let kind = ChangeWords.itemKind(item.change)
                out.append("- \(kind.prefix(1).uppercased() + kind.dropFirst()): \(md(ChangeWords.itemChange(item)))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func state(_ state: RuleState?) -> String {
        guard let state else { return "not applied" }
        return state.rag == .grey ? state.status.words : "**\(ReportText.ragLabel(state.rag))** \(state.status.words)"
    }
}
