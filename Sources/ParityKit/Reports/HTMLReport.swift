/// The board pack: one self-contained HTML file (inline CSS and SVG, no scripts, nothing
/// fetched), in the order `BoardPaperLayout` sets for every paper format: the cover sheet,
/// the short paper (executive summary, since the last board, exceptions, decisions) and
/// the lettered appendices, with the RAG chart, each indicator's chart and the plan's
/// timeline drawn as SVG.
///
/// Every string from the repository or the assessment goes through `HTML.escape`. The
/// output is also well-formed XML (void elements self-closed, attributes quoted, no named
/// entities but XML's), so an XML parser reads it back; the same assessment always gives
/// the same bytes.
struct HTMLReport {
    /// The one-year plan's progress, drawn as the timeline; nil when there is none to show.
    var plan: PlanProgress?
    var particulars = PaperParticulars()
    var since: RepositoryDiff?

    func render(_ assessment: Assessment) -> String {
        let paper = BoardPaper(assessment, particulars: particulars, since: since, plan: plan)
        let blocks = BoardPaperLayout(paper: paper).blocks
        let ids = Anchors(blocks)
        let date = ReportText.long(paper.meetingDate)
        let footer = paper.runningHeader

        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en-GB\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\"/>")
        // Nothing may be fetched and no script may run, even if something slipped past
        // escaping; the browser check sees any violation as a console error.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        out.append("<meta name=\"generator\" content=\"parity\"/>")
        out.append("<title>\(e(paper.title)): \(e(assessment.organisation)), \(date)</title>")
        out.append("<style>")
        out.append(HTMLStyle.css(footer: HTML.cssString(footer)))
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        var sectionOpen = false
        for block in blocks {
            if case .heading(_, 1, _) = block {
                if sectionOpen { out.append("</section>") }
                out.append("<section class=\"part\">")
                sectionOpen = true
            }
            out.append(contentsOf: render(block, ids: ids))
        }
        if sectionOpen { out.append("</section>") }
        out.append("<footer>")
        out.append("<p>\(e(paper.title)) for \(e(assessment.organisation)), the position as of \(ReportText.long(assessment.asOf)), prepared with parity from the trust&#39;s policy repository. The same repository and date give the same paper.</p>")
        out.append("</footer>")
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ block: PaperBlock, ids: Anchors) -> [String] {
        switch block {
        case .title(let title, let kicker, let subtitle):
            return ["<header class=\"cover\">", "<p class=\"kicker\">\(e(kicker))</p>", "<h1 id=\"title\">\(e(title))</h1>",
                    "<p class=\"meta\">\(e(subtitle))</p>", "</header>"]
        case .coverSheet(let rows):
            var out = ["<table class=\"cover-sheet\">", "<caption>Cover sheet</caption>", "<tbody>"]
            for row in rows {
                let text = row.text.split(separator: "\n", omittingEmptySubsequences: false).map { e(String($0)) }.joined(separator: "<br/>")
                out.append("<tr><th scope=\"row\">\(e(row.label))</th><td>\(text)</td></tr>")
            }
            return out + ["</tbody>", "</table>"]
        case .heading(let text, let level, let anchor):
            let tag = "h\(level + 1)"
            return ["<\(tag) id=\"\(ids.id(anchor))\">\(e(text))</\(tag)>"]
        case .paragraph(let text):
            return ["<p>\(e(text))</p>"]
        case .lead(let text):
            return ["<p class=\"lead\"><strong>\(e(text))</strong></p>"]
        case .bullets(let items):
            return ["<ul>"] + items.map { "<li>\(e($0))</li>" } + ["</ul>"]
        case .numbered(let items):
            return ["<ol class=\"decisions\">"] + items.map { "<li>\(e($0))</li>" } + ["</ol>"]
        case .table(let table):
            return self.table(table, ids: ids)
        case .ragChart(let packs):
            guard !packs.isEmpty else { return [] }
            return ["<figure class=\"chart\">", RAGChart(packs: packs).render(),
                    "<figcaption>RAG ratings per pack. Each bar counts the pack&#39;s rules by rating; the numbers are written on the bars and beside them, and the table below gives them again.</figcaption>",
                    "</figure>"]
        case .indicator(let measure, let anchor):
            return ["<figure class=\"measure\" id=\"\(ids.id(anchor))\">",
                    MeasureChartSVG(summary: measure, id: ids.id(anchor) + "-chart").render(),
                    "<figcaption><strong>\(e(measure.indicator)) (\(e(measure.group)))</strong> \(e(measure.title)). \(e(BoardText.plain(measure.words))).\(measure.breakdownWords.map { " " + e(BoardText.plain($0)) + "." } ?? "")</figcaption>",
                    "</figure>"]
        case .note(let text):
            return ["<p class=\"note\">\(e(text))</p>"]
        case .timeline(let plan):
            return ["<figure class=\"timeline\">", TimelineSVG().render(plan),
                    "<figcaption>The phases of the plan, with the date of the paper marked.</figcaption>", "</figure>"]
        case .pageBreak:
            return ["<div class=\"page-break\"></div>"]
        }
    }

    private func table(_ table: PaperTable, ids: Anchors) -> [String] {
        let total = table.weights.reduce(0, +)
        var out = ["<table\(table.rows.count <= 12 ? " class=\"keep\"" : "")>", "<caption>\(e(table.caption))</caption>"]
        out.append("<colgroup>" + table.weights.map { "<col style=\"width: \($0 * 100 / total)%\"/>" }.joined() + "</colgroup>")
        out.append("<thead><tr>" + table.columns.map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for row in table.rows {
            out.append("<tr>" + row.enumerated().map { cell($1, header: $0 == 0, ids: ids) }.joined() + "</tr>")
        }
        out.append("</tbody>")
        if let totals = table.totals {
            out.append("<tfoot><tr>" + totals.enumerated().map { cell($1, header: $0 == 0, ids: ids) }.joined() + "</tr></tfoot>")
        }
        out.append("</table>")
        return out
    }

    private func cell(_ cell: PaperTable.Cell, header: Bool, ids: Anchors) -> String {
        let content: String
        var classes: [String] = []
        switch cell {
        case .text(let text): content = e(text)
        case .strong(let text): content = header ? e(text) : "<strong>\(e(text))</strong>"
        case .link(let text, let anchor): content = "<a href=\"#\(ids.id(anchor))\">\(e(text))</a>"
        case .rag(let rag, let words):
            content = HTML.rag(rag) + (words.isEmpty ? "" : " " + e(words))
            classes.append("status")
        }
        let attributes = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        return header ? "<th scope=\"row\"\(attributes)>\(content)</th>" : "<td\(attributes)>\(content)</td>"
    }

    private func e(_ text: String) -> String { HTML.escape(text) }
}

/// Fragment ids for the paper's headings and figures: readable where the anchor allows,
/// unique always, the same for a link as for its target.
private struct Anchors {
    private var ids: [String: String] = [:]

    init(_ blocks: [PaperBlock]) {
        var used: Set<String> = ["title"]
        for block in blocks {
            let anchor: String
            switch block {
            case .heading(_, _, let a), .indicator(_, let a): anchor = a
            default: continue
            }
            guard ids[anchor] == nil else { continue }
            let base = HTML.slug(anchor)
            var candidate = base
            var n = 2
            while used.contains(candidate) || used.contains(candidate + "-chart") {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            used.insert(candidate + "-chart")
            ids[anchor] = candidate
        }
    }

    func id(_ anchor: String) -> String { ids[anchor] ?? HTML.slug(anchor) }
}
