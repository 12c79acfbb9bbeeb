/// The board paper in Markdown, for a trust that keeps its papers in a repository or
/// pastes them into its own template: the same order as the Word paper and the HTML pack
/// (`BoardPaperLayout`). Every piece of repository text goes through `Markdown.escape`,
/// so it cannot start a heading, a list or a table row of its own.
struct MarkdownReport {
    var plan: PlanProgress?
    var particulars = PaperParticulars()
    var since: RepositoryDiff?

    func render(_ assessment: Assessment) -> String {
        let paper = BoardPaper(assessment, particulars: particulars, since: since, plan: plan)
        var out: [String] = []
        for block in BoardPaperLayout(paper: paper).blocks {
            out += render(block)
        }
        // One blank line between blocks, none at the start, one newline at the end.
        var lines: [String] = []
        for line in out where !(line.isEmpty && (lines.last?.isEmpty ?? true)) { lines.append(line) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ block: PaperBlock) -> [String] {
        switch block {
        case .title(let title, let kicker, let subtitle):
            return [md(kicker), "", "# \(md(title))", "", md(subtitle), ""]
        case .coverSheet(let rows):
            return ["**Cover sheet**", ""] + Markdown.tableHeader(["Item", "Detail"])
                + rows.map { "| **\(md($0.label))** | \(md($0.text)) |" } + [""]
        case .heading(let text, let level, _):
            return Markdown.heading(md(text), level: level + 1)
        case .paragraph(let text):
            return [md(text), ""]
        case .lead(let text):
            return ["**\(md(text)).**", ""]
        case .bullets(let items):
            return items.map { "- \(md($0))" } + [""]
        case .numbered(let items):
            return items.enumerated().map { "\($0.offset + 1). \(md($0.element))" } + [""]
        case .table(let table):
            var out = ["**\(md(table.caption))**", ""] + Markdown.tableHeader(table.columns.map(md))
            out += table.rows.map(row)
            if let totals = table.totals { out.append(row(totals)) }
            return out + [""]
        case .timeline:
            // The phase table beside it carries the same facts; only HTML draws the picture.
            return []
        case .ragChart:
            // The table that follows gives the same counts; Markdown has no pictures of its own.
            return []
        case .indicator(let measure, _):
            var text = "**\(md(measure.indicator)) (\(md(measure.group)))** \(md(measure.title)). \(md(BoardText.plain(measure.words)))."
            if let breakdown = measure.breakdownWords { text += " \(md(BoardText.plain(breakdown)))." }
            let trend = Sparkline.render(measure.series.map(\.value))
            return [text, "", "Series: \(md(measure.seriesWords))\(trend.isEmpty ? "" : " \(trend)").", ""]
        case .note(let text):
            return ["*\(md(text))*", ""]
        case .pageBreak:
            return ["---", ""]
        }
    }

    private func row(_ cells: [PaperTable.Cell]) -> String {
        "| " + cells.map { cell -> String in
            switch cell {
            case .text(let text), .link(let text, _): return md(text)
            case .strong(let text): return "**\(md(text))**"
            case .rag(let rag, let words): return "**\(rag.label)**" + (words.isEmpty ? "" : " " + md(words))
            }
        }.joined(separator: " | ") + " |"
    }

    private func md(_ text: String) -> String { Markdown.escape(text) }
}
