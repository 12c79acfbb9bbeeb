/// Wording shared by the human-readable reports.
enum ReportText {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "15 April 2024", the way a board paper writes dates.
    static func long(_ date: CivilDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// Wraps words to `width` columns: the first line after `indent`, the rest after
    /// `following` (default: as many spaces as `indent`).
    static func wrap(_ text: String, indent: String, following: String? = nil, width: Int = 100) -> [String] {
        let next = following ?? String(repeating: " ", count: indent.count)
        var lines: [String] = []
        var current = indent
        var empty = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }) {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = next
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// Pads text with spaces to `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// What a rule's current state says when it lists nothing: documents that were looked
    /// at and fell short (drafts, stale reviews), or figures, are in the repository, so it is
    /// "nothing yet" only when neither is. Every report prints the figures above the current
    /// state and the reasons below it.
    static func nothingQualifies(_ rule: RuleAssessment) -> String {
        if !rule.findings.isEmpty { return "Nothing that qualifies yet; below, why each document looked at falls short." }
        if !rule.measures.isEmpty { return "Only the figures above." }
        return "Nothing in the repository yet."
    }

    /// "3 organisations", "1 rule", "2 gaps recur": a count with its noun.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    static func score(_ score: Double?) -> String {
        guard let score else { return "–" }
        return score == score.rounded() ? "\(Int(score))%" : "\(score)%"
    }

    /// The one-paragraph summary both the terminal and the board paper open with.
    static func summary(_ assessment: Assessment) -> String {
        let counts = assessment.summary.counts
        let applicable = counts.met + counts.partial + counts.notMet
        var sentence = "Of \(applicable) applicable expectation\(applicable == 1 ? "" : "s"), \(counts.met) \(counts.met == 1 ? "is" : "are") met, \(counts.partial) partly met and \(counts.notMet) not met"
        var excluded: [String] = []
        if counts.notApplicable > 0 { excluded.append("\(counts.notApplicable) more do not apply") }
        if counts.waived > 0 { excluded.append("\(counts.waived) \(counts.waived == 1 ? "is" : "are") waived") }
        if !excluded.isEmpty { sentence += " (\(excluded.joined(separator: "; ")))" }
        sentence += "."
        let overdue = assessment.summary.overdue
        sentence += overdue == 0
            ? " Nothing is overdue."
            : " \(overdue) \(overdue == 1 ? "is" : "are") past \(overdue == 1 ? "its" : "their") deadline and not fully met."
        sentence += " RAG: \(counts.red) red, \(counts.amber) amber, \(counts.green) green."
        return sentence
    }

    static func action(_ action: PlannedAction) -> String {
        var text = "\(action.what)"
        var facts: [String] = []
        facts.append(action.owner ?? "no owner")
        if let due = action.due { facts.append("due \(due)") } else { facts.append("no due date") }
        if action.status == .done {
            facts.append("done" + (action.doneOn.map { " \($0)" } ?? ""))
        } else if let days = action.daysOverdue {
            facts.append("OVERDUE by \(days) day\(days == 1 ? "" : "s")")
        } else {
            facts.append("open")
        }
        text += " (\(facts.joined(separator: ", ")); from \(action.item))"
        return text
    }

    static func planMonth(_ assessment: Assessment) -> String? {
        guard let start = assessment.planStart else { return nil }
        let month = PlanCalendar(start: start).month(of: assessment.asOf)
        switch month {
        case 0: return "The one-year plan starts on \(long(start))."
        case 1...12: return "The one-year plan started on \(long(start)); this is month \(month) of 12."
        default: return "The one-year plan started on \(long(start)); its first year ended \(long(PlanCalendar(start: start).lastDay(ofMonth: 12)))."
        }
    }

    /// The open actions past their due date, each once, though an item that claims two
    /// rules lists its actions under both: what the cover's "overdue actions" counts.
    static func overdueActions(_ assessment: Assessment) -> [PlannedAction] {
        var seen = Set<PlannedAction>()
        return assessment.rules.flatMap(\.actions)
            .filter { seen.insert($0).inserted && $0.status == .open && $0.daysOverdue != nil }
    }
}
