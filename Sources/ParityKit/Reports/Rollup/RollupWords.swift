/// The words every rollup format shares, so a cell, a count or a suppressed figure reads
/// the same in the terminal, the paper, the spreadsheet and the web page.
enum RollupWords {
    /// "3 organisations as of 15 April 2024", or "as of their own dates" when mixed.
    static func heading(_ rollup: Rollup) -> String {
        let count = "\(rollup.organisations.count) organisation\(rollup.organisations.count == 1 ? "" : "s")"
        guard let asOf = rollup.asOf else { return "Rollup of \(count), each as of its own date" }
        return "Rollup of \(count) as of \(asOf)"
    }

    static let anonymisedNote = "Organisations are labelled with letters; the key that names them is kept separately."

    /// A cell as a word: the RAG label, "—" where the pack is not applied, with "*" when
    /// the verdict is not counted because the organisation's pack revision states the rule differently.
    static func cell(_ cell: Rollup.Cell) -> String {
        guard let rag = cell.rag else { return "—" }
        return rag.label + (cell.compared ? "" : "*")
    }

    /// One letter for the terminal's matrix: R, A, G, N/A as "n", "-" where not applied.
    static func letter(_ cell: Rollup.Cell) -> String {
        guard let rag = cell.rag else { return "-" }
        let letter: String
        switch rag {
        case .red: letter = "R"
        case .amber: letter = "A"
        case .green: letter = "G"
        case .grey: letter = "n"
        }
        return letter + (cell.compared ? "" : "*")
    }

    static let legend = "R red, A amber, G green, n not applicable or waived, - pack not applied, * not counted (another revision of the pack states the rule differently)"

    /// "met 1 of 3; met by deadline 0 of 2; overdue 2 (median 15 days, worst 46)".
    static func stats(_ rule: Rollup.Rule) -> String {
        var parts = ["met \(rule.met) of \(rule.compared)"]
        if rule.withDeadline > 0 { parts.append("met by deadline \(rule.metByDeadline) of \(rule.withDeadline)") }
        if rule.overdue > 0 {
            parts.append("overdue \(rule.overdue) (median \(number(rule.medianDaysOverdue ?? 0)) days, worst \(rule.worstDaysOverdue ?? 0))")
        } else {
            parts.append("none overdue")
        }
        return parts.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func score(_ score: Double?) -> String { ReportText.score(score) }

    /// "hia6 2024.1 62.5%" for each pack an organisation applies.
    static func scores(_ organisation: Rollup.Organisation) -> String {
        organisation.packs.map { "\($0.pack) \($0.revision) \(score($0.score))" }.joined(separator: ", ")
    }

    static func suppressed(_ indicator: Rollup.Indicator) -> String {
        "fewer than \(indicator.minCases) cases"
    }

    static func format(_ value: Double, _ indicator: Rollup.Indicator) -> String {
        MeasureNumber.format(value, decimals: indicator.decimals) + indicator.unit
    }

    static func signed(_ value: Double, _ indicator: Rollup.Indicator) -> String {
        (value > 0 ? "+" : "") + MeasureNumber.format(value, decimals: indicator.decimals) + (indicator.unit == "%" ? " points" : indicator.unit)
    }

    /// An organisation's figure: "1.45 (2023; +0.10 on 2022; above the band)", or "fewer than 10 cases".
    static func figure(_ figure: Rollup.Figure, _ indicator: Rollup.Indicator) -> String {
        if figure.suppressed { return suppressed(indicator) + (figure.period.map { " (\($0))" } ?? "") }
        guard let value = figure.value else { return "no figure" + (figure.period.map { " (\($0))" } ?? "") }
        var parts = [figure.period ?? ""]
        if let change = figure.change, let previous = figure.previousPeriod {
            parts.append("\(signed(change, indicator)) on \(previous)")
        }
        if let position = figure.position { parts.append(position == "within" ? "within the band" : "\(position) the band") }
        return format(value, indicator) + " (" + parts.filter { !$0.isEmpty }.joined(separator: "; ") + ")"
    }

    /// "median 1.40, spread 1.20 to 1.60, of 3 organisations".
    static func system(_ indicator: Rollup.Indicator) -> String {
        guard let median = indicator.median, let low = indicator.lowest, let high = indicator.highest else {
            return "no figures to compare"
        }
        let left = indicator.figures.count - indicator.counted
        let medianText = self.median(median, indicator)
        return "median \(medianText), spread \(format(low, indicator)) to \(format(high, indicator)), of \(indicator.counted) organisation\(indicator.counted == 1 ? "" : "s")"
            + (left > 0 ? " (\(left) without a figure shown left out)" : "")
    }

    /// The median to the indicator's decimals, with one more when it falls between two.
    static func median(_ value: Double, _ indicator: Rollup.Indicator) -> String {
        let plain = MeasureNumber.round(value, decimals: indicator.decimals) == value
        return MeasureNumber.format(value, decimals: indicator.decimals + (plain ? 0 : 1)) + indicator.unit
    }

    static func band(_ indicator: Rollup.Indicator) -> String? {
        guard let band = indicator.band, band.count == 2 else { return nil }
        return "band \(format(band[0], indicator)) to \(format(band[1], indicator))"
    }

    /// "National (NHS trusts in England; source): 2016 1.57, …".
    static func reference(_ reference: IndicatorReference, _ indicator: Rollup.Indicator) -> String {
        "\(reference.label): " + reference.points.map { "\($0.period) \(format($0.value, indicator))" }.joined(separator: ", ")
            + " (\(reference.source))"
    }

    static func move(_ move: Rollup.Move) -> String {
        func side(_ status: RuleStatus?, _ rag: RAG?) -> String {
            guard let status, let rag else { return "not assessed" }
            return "\(rag.label) \(status.words)"
        }
        return "\(move.organisation) \(move.rule): \(side(move.fromStatus, move.fromRAG)) → \(side(move.toStatus, move.toRAG))"
    }

    static func scoreChange(_ change: Rollup.ScoreChange) -> String {
        "\(change.organisation) \(change.pack): \(score(change.from)) → \(score(change.to))"
    }

    static func since(_ changes: Rollup.Changes) -> String {
        "Since " + (changes.from.map { "\($0)" } ?? "the earlier reports")
    }
}

// MARK: - The papers' words

/// What the papers (docx, HTML, Markdown) say in the board's words: a title, dates written
/// out, pack titles rather than ids, and the summary in sentences. The terminal, CSV and
/// JSON keep ISO dates and ids for their tools.
extension RollupWords {
    /// The paper's title: the one given (`rollup --title`), or what the rollup is about.
    static func title(_ rollup: Rollup, given: String?) -> String {
        if let given = given?.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty { return given }
        let count = rollup.organisations.count
        return count == 1 ? "Equality, diversity and inclusion in one organisation"
            : "Equality, diversity and inclusion across \(count) organisations"
    }

    /// "Position as of 15 April 2024", or each organisation's own date.
    static func position(_ rollup: Rollup) -> String {
        guard let asOf = rollup.asOf else { return "Each organisation as of its own date" }
        return "Position as of \(ReportText.long(asOf))"
    }

    /// `text` with every ISO date (2024-04-15) written out (15 April 2024).
    static func inWords(_ text: String) -> String {
        guard text.contains("-") else { return text }
        let characters = Array(text)
        func digit(_ index: Int) -> Bool { index >= 0 && index < characters.count && characters[index].isASCII && characters[index].isNumber }
        func joined(_ index: Int) -> Bool { digit(index) || (index >= 0 && index < characters.count && characters[index] == "-") }
        var result = "", index = 0
        while index < characters.count {
            if characters.count - index >= 10, !joined(index - 1), !joined(index + 10),
               let date = CivilDate(iso: String(characters[index..<index + 10])) {
                result += ReportText.long(date)
                index += 10
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The ICB paper's cover sheet as label and text, in the order NHS cover sheets use:
    /// the particulars given (`rollup --paper`), "Not stated" for those left out, and an
    /// executive summary and recommendation made from the rollup alone.
    static func coverSheet(_ rollup: Rollup, paper: PaperParticulars) -> [(label: String, text: String)] {
        let summary = RollupSummary(rollup)
        var asks = ["note the position of the \(ReportText.count(summary.organisations, "organisation")) against the national expectations"]
        if !summary.mostRed.isEmpty {
            asks.append("seek assurance from each organisation on its plan for the rules red in the most organisations (\(list(summary.mostRed.map(\.id))))")
        }
        if summary.recurringGaps > 0 { asks.append("agree how the system addresses the gaps that recur across organisations") }
        return CoverSheet.rows(paper, CoverSheet.Generated(
            date: rollup.asOf, title: title(rollup, given: paper.title),
            purpose: paper.purpose.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? CoverSheet.notStated,
            summary: self.summary(rollup).prefix(2).joined(separator: " "),
            recommendation: "The Board is asked to " + list(asks) + "."))
    }

    /// The pack's title as the organisations' reports give it, or its id when none does.
    static func packTitle(_ id: String, in rollup: Rollup) -> String {
        rollup.packs.first { $0.id == id }?.title ?? id
    }

    /// Which organisations share a gap: "all 3", or how many and which.
    static func organisations(_ labels: [String], of rollup: Rollup) -> String {
        labels.count == rollup.organisations.count && labels.count > 1
            ? "All \(labels.count)" : "\(labels.count): " + labels.joined(separator: ", ")
    }

    /// "a, b and c"; with `separator` "; " for items that hold commas of their own.
    static func list(_ items: [String], separator: String = ", ") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: separator) + (separator == ", " ? " and " : "; and ") + items.last!
    }

    /// `title` cut at a word to at most `characters`, with "…" where it was cut.
    static func short(_ title: String, characters: Int) -> String {
        guard title.count > characters, characters > 1 else { return title }
        var cut = String(title.prefix(characters - 1))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > characters / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;:(–-".contains(last) || last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// The rating of a move as the paper names it: "RED (not met)", or "not assessed".
    static func side(_ status: RuleStatus?, _ rag: RAG?) -> String {
        guard let status, let rag else { return "not assessed" }
        return "\(rag.label) (\(status.words))"
    }

    /// The summary at the top of the paper, in sentences made only from the rollup: a
    /// paragraph on the position, one on the main risks, one on what moved.
    static func summary(_ rollup: Rollup) -> [String] {
        let summary = RollupSummary(rollup)
        let total = summary.organisations
        var position: [String] = [], risks: [String] = []
        let when = rollup.asOf.map { " as of \(ReportText.long($0))" } ?? ", each as of its own date,"
        position.append("This paper brings together the gap analyses of \(ReportText.count(total, "organisation"))\(when) against \(ReportText.count(summary.rules, "rule")) in \(ReportText.count(summary.packs, "pack")).")
        let ratings = summary.red + summary.amber + summary.green + summary.grey
        var rag = "Of the \(ReportText.count(ratings, "rating")) in the matrix, \(summary.red) \(summary.red == 1 ? "is" : "are") red, \(summary.amber) amber and \(summary.green) green"
        if summary.grey > 0 { rag += "; \(summary.grey) \(summary.grey == 1 ? "is" : "are") not applicable or waived" }
        position.append(rag + ".")
        if summary.overdueRules > 0 {
            position.append("\(ReportText.count(summary.overdueRules, "rule is", "rules are")) past \(summary.overdueRules == 1 ? "its" : "their") deadline and not fully met in at least one organisation.")
        }
        if summary.mostRed.isEmpty {
            risks.append("No rule is red in any organisation.")
        } else {
            let named = summary.mostRed.map { rule in
                let share = rule.organisations == total && total > 1 ? "all \(total) organisations" : "\(rule.organisations) of \(ReportText.count(total, "organisation"))"
                return "\(rule.id) \(rule.title) (red in \(share))"
            }
            let reds = rollup.rules.filter { rule in rule.cells.contains { $0.rag == .red } }.count
            let lead: String
            switch reds {
            case 1: lead = "The one rule red anywhere is "
            case summary.mostRed.count: lead = "The red rules are "
            default: lead = "Of \(reds) rules red somewhere, those red in the most organisations are "
            }
            risks.append(lead + list(named, separator: "; ") + ".")
        }
        risks.append(summary.recurringGaps == 0 ? "No gap recurs across organisations."
            : "\(ReportText.count(summary.recurringGaps, "gap recurs", "gaps recur")) in two or more organisations: a problem of the system rather than of one organisation.")
        var paragraphs = [position.joined(separator: " "), risks.joined(separator: " ")]
        if let moved = summary.moved { paragraphs.append(self.moved(moved).joined(separator: " ")) }
        return paragraphs
    }

    /// What moved since the earlier rollup, in sentences.
    static func moved(_ moved: RollupSummary.Moved) -> [String] {
        let when = moved.from.map(ReportText.long) ?? "the earlier reports"
        let since = "Since " + when
        let moves = moved.improved + moved.worsened + moved.otherwise
        guard moves + moved.scoresUp + moved.scoresDown + moved.joined + moved.left > 0 else {
            return ["Nothing moved since \(when)."]
        }
        var sentences: [String] = []
        var ratings = "\(since), \(ReportText.count(moves, "rating")) moved: \(moved.worsened) fell and \(moved.improved) rose"
        if moved.otherwise > 0 { ratings += ", and \(moved.otherwise) changed within a rating or into or out of not applicable" }
        sentences.append(ratings + ".")
        func rules(_ list: [RollupSummary.MovedRule]) -> String {
            let shown = list.prefix(5).map { "\($0.id) in \(ReportText.count($0.organisations, "organisation"))" }
            return RollupWords.list(shown + (list.count > 5 ? ["\(list.count - 5) more"] : []))
        }
        if !moved.newlyRed.isEmpty { sentences.append("Newly red: \(rules(moved.newlyRed)).") }
        if !moved.newlyGreen.isEmpty { sentences.append("Newly green: \(rules(moved.newlyGreen)).") }
        if moved.scoresUp + moved.scoresDown > 0 {
            sentences.append("Pack scores rose in \(ReportText.count(moved.scoresUp, "case")) and fell in \(moved.scoresDown).")
        }
        if moved.joined > 0 { sentences.append("\(ReportText.count(moved.joined, "organisation is", "organisations are")) new to the rollup.") }
        if moved.left > 0 { sentences.append("\(ReportText.count(moved.left, "organisation is", "organisations are")) no longer reported.") }
        return sentences
    }
}
