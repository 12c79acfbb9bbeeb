/// Wording shared by the diff and history reports.
enum ChangeWords {
    /// "board-2024-01 (commit 1a2b3c4, 31 January 2024)", "the working tree", "1 February 2024".
    static func point(_ point: PointSummary) -> String {
        if let commit = point.shortCommit, let date = point.commitDate {
            return "\(point.label) (commit \(commit), \(ReportText.long(date)))"
        }
        return point.revision == nil && point.label == point.asOf.description ? ReportText.long(point.asOf) : "the \(point.label)"
    }

    /// Whether the two sides are the same files judged at two dates.
    static func isDateDiff(_ diff: RepositoryDiff) -> Bool {
        diff.from.commit == nil && diff.to.commit == nil && diff.from.asOf != diff.to.asOf
    }

    /// How the two sides were judged, after the "From … to …" line.
    static func judged(_ diff: RepositoryDiff) -> String {
        if isDateDiff(diff) { return "The same files, judged as of each date." }
        if diff.from.asOf == diff.to.asOf { return "Both judged as of \(ReportText.long(diff.to.asOf))." }
        return "Judged as of \(ReportText.long(diff.from.asOf)) and \(ReportText.long(diff.to.asOf))."
    }

    /// "AMBER partly met"; just the status where there is no RAG to give.
    static func state(_ state: RuleState?) -> String {
        guard let state else { return "not applied" }
        return state.rag == .grey ? state.status.words : "\(state.rag.label) \(state.status.words)"
    }

    static func direction(_ direction: RuleChange.Direction) -> String {
        switch direction {
        case .improved: return "improved"
        case .worsened: return "worsened"
        case .changed: return "changed"
        case .added: return "newly applied"
        case .removed: return "no longer applied"
        }
    }

    static func transition(_ change: RuleChange) -> String {
        switch change.direction {
        case .added: return "newly applied: \(state(change.after))"
        case .removed: return "no longer applied (was \(state(change.before)))"
        default: return "\(state(change.before)) → \(state(change.after)) (\(direction(change.direction)))"
        }
    }

    static func lapse(_ lapse: Lapse) -> String {
        var text = "deadline \(lapse.deadline) passed; \(lapse.status.words)"
        if let days = lapse.daysOverdue { text += ", overdue by \(days) day\(days == 1 ? "" : "s")" }
        return text + ". Owners: \(lapse.owners.joined(separator: ", "))."
    }

    static func itemChange(_ change: ItemChange) -> String {
        func dated(_ what: String, _ now: CivilDate?, _ was: CivilDate?) -> String? {
            guard let now, now != was else { return nil }
            return "\(what) \(now)" + (was.map { " (was \($0))" } ?? "")
        }
        let name = "\(change.id) \(change.title)"
        switch change.change {
        case .added:
            let status = change.after.map { $0.status == .approved ? ($0.approvedOn.map { "approved \($0)" } ?? "approved") : $0.status.rawValue }
            return "\(name) (\(change.kind)\(status.map { ", \($0)" } ?? ""))"
        case .approved:
            return name + (change.after?.approvedOn.map { ": approved \($0)" } ?? "")
        case .reapproved:
            let facts = [dated("approved", change.after?.approvedOn, change.before?.approvedOn),
                         dated("reviewed", change.after?.lastReviewed, change.before?.lastReviewed)].compactMap { $0 }
            return "\(name): \(facts.joined(separator: ", "))"
        case .retired:
            return name
        case .removed:
            return "\(name) (was \(change.path))"
        }
    }

    static func itemKind(_ kind: ItemChange.Kind) -> String {
        switch kind {
        case .added: return "added"
        case .approved: return "approved"
        case .reapproved: return "re-approved"
        case .retired: return "retired"
        case .removed: return "removed"
        }
    }

    /// The "since the last board" paragraph both diff reports open with.
    static func paragraph(_ diff: RepositoryDiff) -> String {
        var sentences: [String] = []
        let opening: String
        if isDateDiff(diff) || diff.to.commit != nil {
            opening = "Between \(point(diff.from)) and \(point(diff.to))"
        } else {
            opening = "Since \(point(diff.from))"
        }

        let moved = diff.rules
        if moved.isEmpty {
            sentences.append("\(opening), no expectation changed its status or RAG rating.")
        } else {
            var parts: [String] = []
            for direction in RuleChange.Direction.allCases {
                let count = moved.filter { $0.direction == direction }.count
                guard count > 0 else { continue }
                switch direction {
                case .improved: parts.append("\(count) improved")
                case .worsened: parts.append("\(count) worsened")
                case .changed: parts.append("\(count) changed status otherwise")
                case .added: parts.append("\(count) \(count == 1 ? "was" : "were") newly applied")
                case .removed: parts.append("\(count) \(count == 1 ? "was" : "were") no longer applied")
                }
            }
            sentences.append("\(opening), \(count(moved.count, "expectation")) changed status or RAG rating: \(LeafWords.and(parts)).")
            let nowMet = moved.filter { $0.after?.status == .met && $0.before?.status != .met }.map(\.id)
            if !nowMet.isEmpty { sentences.append("Now met: \(LeafWords.and(nowMet)).") }
            let worse = moved.filter { $0.direction == .worsened }.map(\.id)
            if !worse.isEmpty { sentences.append("Worse: \(LeafWords.and(worse)).") }
        }

        let before = diff.from.summary.score, after = diff.to.summary.score
        if let before, let after {
            let verb = after > before ? "rose from \(ReportText.score(before)) to" : after < before ? "fell from \(ReportText.score(before)) to" : "stayed at"
            sentences.append("The overall score \(verb) \(ReportText.score(after)).")
        }

        if diff.lapsed.isEmpty {
            sentences.append("No deadline lapsed unmet in between.")
        } else {
            let names = diff.lapsed.map { "\($0.rule) (\(ReportText.long($0.deadline)))" }
            sentences.append("\(count(diff.lapsed.count, "deadline")) lapsed unmet: \(LeafWords.and(names)).")
        }

        let gaps = [(diff.gapsClosed.count, "closed"), (diff.gapsOpened.count, "opened"), (diff.gapsChanged.count, "changed")]
            .filter { $0.0 > 0 }
        if gaps.isEmpty {
            sentences.append("No gap opened or closed.")
        } else {
            let words = gaps.enumerated().map { index, gap in index == 0 ? "\(count(gap.0, "gap")) \(gap.1)" : "\(gap.0) \(gap.1)" }
            sentences.append(LeafWords.and(words) + ".")
        }

        let items = ItemChange.Kind.allCases.compactMap { kind -> String? in
            let number = diff.items.filter { $0.change == kind }.count
            return number == 0 ? nil : "\(number) \(itemKind(kind))"
        }
        if items.isEmpty {
            sentences.append("No document was added, approved, re-approved or retired.")
        } else {
            let total = diff.items.count
            sentences.append("Documents: \(LeafWords.and(items)) (\(count(total, "change"))).")
        }
        return sentences.joined(separator: " ")
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The rules of a diff whose status did not change, for the "other gaps" lists.
    static func others<T>(_ notes: [T], in diff: RepositoryDiff, rule: (T) -> String) -> [T] {
        let listed = Set(diff.rules.map(\.id))
        return notes.filter { !listed.contains(rule($0)) }
    }

    /// Wraps words to `width`, the first line after `indent`, the rest after `following`.
    static func wrap(_ text: String, _ indent: String, _ following: String? = nil, _ width: Int = 100) -> [String] {
        ReportText.wrap(text, indent: indent, following: following, width: width)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        ReportText.pad(text, width)
    }
}
