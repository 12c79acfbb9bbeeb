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
                out.append(contentsOf: wrap(ChangeWords.transition(change, in: diff), "  ", nil, 100))
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
