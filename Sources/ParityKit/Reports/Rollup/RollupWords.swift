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
