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
        case .mixed: return "mixed"
        case .changed: return "changed"
        case .added: return "newly applied"
        case .removed: return "no longer applied"
        }
    }

    /// The RAG and the status move stated apart, each with why where the diff shows it:
    /// "RAG amber → red: its deadline passed; status not met → partly met: PRG-002 added (mixed)".
    static func transition(_ change: RuleChange, in diff: RepositoryDiff) -> String {
        guard let before = change.before, let after = change.after else {
            return change.after == nil ? "no longer applied (was \(state(change.before)))" : "newly applied: \(state(change.after))"
        }
        var moves: [String] = []
        if before.rag != after.rag, before.rag != .grey, after.rag != .grey {
            // The deadline explains a move to red as it passes, or from red as it moves
            // later; any other RAG move follows the status.
            let why = before.timing != .passed && after.timing == .passed && after.rag < before.rag ? ": its deadline passed"
                : before.timing == .passed && after.timing != .passed && after.rag > before.rag ? ": its deadline moved later" : ""
            moves.append("RAG \(before.rag.rawValue) → \(after.rag.rawValue)\(why)")
        } else if before.status == after.status, (before.daysOverdue == nil) != (after.daysOverdue == nil) {
            moves.append(after.daysOverdue != nil ? "now overdue: its deadline passed" : "no longer overdue")
        }
        if before.status != after.status {
            let why = statusReasons(change, in: diff)
            moves.append("status \(before.status.words) → \(after.status.words)" + (why.isEmpty ? "" : ": " + LeafWords.and(why)))
        }
        if moves.isEmpty { moves.append("\(state(before)) → \(state(after))") }
        return moves.joined(separator: "; ") + " (\(direction(change.direction)))"
    }

    /// The documents behind a status move, grouped by what happened to them in between
    /// ("RPT-105 and ACT-102 added", "MIN-1 retired"): those the rule's evidence gained or
    /// lost, and those of the diff's documents its sentences name (a draft that now makes
    /// it partly met counts as no evidence, but its gap names it); and a lapsed waiver.
    private static func statusReasons(_ change: RuleChange, in diff: RepositoryDiff) -> [String] {
        let improved = RepositoryDiff.statusRank[change.after?.status ?? .notApplicable] ?? -1
            >= RepositoryDiff.statusRank[change.before?.status ?? .notApplicable] ?? -1
        let sentences = improved ? change.nowFound + change.gapsChanged.map(\.after) + change.gapsOpened
            : change.noLongerFound + change.gapsChanged.map(\.after) + change.gapsOpened
        let kinds: [ItemChange.Kind] = improved ? [.added, .approved, .reapproved] : [.retired, .removed]
        var groups: [(String, [String])] = []
        func note(_ id: String, _ what: String) {
            if let index = groups.firstIndex(where: { $0.0 == what }) {
                if !groups[index].1.contains(id) { groups[index].1.append(id) }
            } else {
                groups.append((what, [id]))
            }
        }
        let items = Dictionary(diff.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in change.evidenceAdded { note(id, items[id].map { itemKind($0.change) } ?? "now counts") }
        for id in change.evidenceRemoved { note(id, items[id].map { itemKind($0.change) } ?? "no longer counts") }
        for item in diff.items where kinds.contains(item.change) && sentences.contains(where: { names($0, item.id) }) {
            note(item.id, itemKind(item.change))
        }
        var reasons = groups.map { what, ids in
            "\(LeafWords.and(ids)) \(ids.count > 1 && what.hasSuffix(" counts") ? String(what.dropLast()) : what)"
        }
        if change.before?.status == .waived, diff.waiversLapsed.contains(where: { $0.rule == change.id }) {
            reasons.append("its waiver lapsed")
        }
        return reasons
    }

    /// Whether `sentence` names the item `id` as a word of its own (POL-1, not POL-12).
    private static func names(_ sentence: String, _ id: String) -> Bool {
        var rest = sentence[...]
        while let range = rest.range(of: id) {
            let before = rest[..<range.lowerBound].last, after = rest[range.upperBound...].first
            let joined: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false }
            if !joined(before), !joined(after) { return true }
            rest = rest[range.upperBound...]
        }
        return false
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
                case .mixed: parts.append("\(count) mixed (status and RAG rating moved opposite ways)")
                case .changed: parts.append("\(count) changed status otherwise")
                case .added: parts.append("\(count) \(count == 1 ? "was" : "were") newly applied")
                case .removed: parts.append("\(count) \(count == 1 ? "was" : "were") no longer applied")
                }
            }
            let what = moved.allSatisfy { $0.before?.status != $0.after?.status || $0.before?.rag != $0.after?.rag }
                ? "changed status or RAG rating" : "changed status, RAG rating or whether overdue"
            sentences.append("\(opening), \(ReportText.count(moved.count, "expectation")) \(what): \(LeafWords.and(parts)).")
            let nowMet = diff.newlyMet.map(\.id)
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
            sentences.append("\(ReportText.count(diff.lapsed.count, "deadline")) lapsed unmet: \(LeafWords.and(names)).")
        }

        let gaps = [(diff.gapsClosed.count, "closed"), (diff.gapsOpened.count, "opened"), (diff.gapsChanged.count, "changed")]
            .filter { $0.0 > 0 }
        if gaps.isEmpty {
            sentences.append("No gap opened or closed.")
        } else {
            let words = gaps.enumerated().map { index, gap in index == 0 ? "\(ReportText.count(gap.0, "gap")) \(gap.1)" : "\(gap.0) \(gap.1)" }
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
            sentences.append("Documents: \(LeafWords.and(items)) (\(ReportText.count(total, "change"))).")
        }
        return sentences.joined(separator: " ")
    }

    /// The "Since …" block of a gap report given `--since`: a heading and one sentence per
    /// kind of news, each left out when there is none.
    static func since(_ diff: RepositoryDiff) -> (heading: String, lines: [String]) {
        var lines: [String] = []
        if let before = diff.from.summary.score, let after = diff.to.summary.score {
            lines.append(before == after ? "The overall score stayed at \(ReportText.score(after))."
                : "The overall score \(after > before ? "rose" : "fell") from \(ReportText.score(before)) to \(ReportText.score(after)).")
        }
        let met = diff.newlyMet
        if !met.isEmpty { lines.append("Newly met (\(met.count)): \(LeafWords.and(met.map(\.id))).") }
        let overdue = diff.newlyOverdue
        if !overdue.isEmpty {
            // Rules share deadlines (a plan phase, the end of March): each date once.
            let deadlines = Set(overdue.compactMap { $0.after?.deadline }).sorted()
            var groups = deadlines.map { day in
                "\(LeafWords.and(overdue.filter { $0.after?.deadline == day }.map(\.id))) (deadline \(ReportText.long(day)))"
            }
            let undated = overdue.filter { $0.after?.deadline == nil }.map(\.id)
            if !undated.isEmpty { groups.append(LeafWords.and(undated)) }
            lines.append("Newly overdue (\(overdue.count)): \(groups.joined(separator: "; ")).")
        }
        // A lapse is news of its own only where the rule was overdue already (judged at one
        // date, two revisions can both show it overdue); the rest are newly overdue above.
        let listed = Set(overdue.map(\.id))
        let lapsed = diff.lapsed.filter { !listed.contains($0.rule) }
        if !lapsed.isEmpty {
            let names = lapsed.map { "\($0.rule) (\(ReportText.long($0.deadline)))" }
            lines.append("Deadlines passed unmet in between (\(lapsed.count)): \(LeafWords.and(names)).")
        }
        let approved = diff.documentsApproved
        if !approved.isEmpty {
            // In order of approval, those of one day together: "ACT-003 and RPT-105 (12 March 2024)".
            var groups: [(key: String, ids: [String])] = []
            for item in approved {
                let key = (item.change == .reapproved ? "re-approved " : "")
                    + (item.approvalDay.map { ReportText.long($0) } ?? "no date")
                if groups.last?.key == key { groups[groups.count - 1].ids.append(item.id) } else { groups.append((key, [item.id])) }
            }
            let names = groups.map { "\(LeafWords.and($0.ids)) (\($0.key))" }
            lines.append("Documents approved (\(approved.count)): \(names.joined(separator: "; ")).")
        }
        if !diff.waiversLapsed.isEmpty {
            let names = diff.waiversLapsed.map { "\($0.rule) (expired \(ReportText.long($0.waiver.expires)); now \($0.status.words))" }
            lines.append("Waivers lapsed (\(names.count)): \(LeafWords.and(names)).")
        }
        let gaps = [(diff.gapsClosed.count, "closed"), (diff.gapsOpened.count, "opened"), (diff.gapsChanged.count, "changed")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        if !gaps.isEmpty { lines.append("Gaps: \(LeafWords.and(gaps)).") }
        if lines.count <= 1 && diff.isEmpty { lines.append("No expectation, gap or document changed.") }
        return ("Since \(point(diff.from)):", lines)
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
