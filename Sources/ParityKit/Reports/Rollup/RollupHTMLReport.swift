/// The rollup as one self-contained web page: the heatmap matrix (each cell's rating
/// written, coloured, and patterned by border so it reads in black and white), the counts
/// per rule, the recurring gaps, and small multiples of the indicators, each organisation's
/// latest figure as a bar with the system median drawn across. No script, no external file;
/// printable on A4 landscape like the board pack.
struct RollupHTMLReport {
    var paper = PaperParticulars()

    func render(_ rollup: Rollup) -> String {
        let e = HTML.escape
        let title = RollupWords.title(rollup, given: paper.title)
        var body: [String] = []
        body.append("<h1>\(e(title))</h1>")
        body.append("<p class=\"meta\">\(e(RollupWords.position(rollup))).</p>")
        if rollup.anonymised { body.append("<p class=\"meta\">\(e(RollupWords.anonymisedNote))</p>") }

        body.append("<section><h2>Summary</h2>" + RollupWords.summary(rollup).map { "<p>\(e($0))</p>" }.joined() + "</section>")

        let header = rollup.organisations.map { "<th class=\"org\" scope=\"col\">\(e($0.label))</th>" }.joined()
        body.append("<section><h2>Pack scores</h2><table class=\"scores\"><thead><tr><th scope=\"col\">pack</th>\(header)</tr></thead><tbody>")
        if rollup.asOf == nil {
            body.append("<tr><th scope=\"row\">as of</th>" + rollup.organisations.map { "<td class=\"nowrap\">\(ReportText.long($0.asOf))</td>" }.joined() + "</tr>")
        }
        for pack in rollup.packs {
            let scores = rollup.organisations.map { organisation in
                "<td class=\"num\">\(e(organisation.packs.first { $0.pack == pack.id }.map { RollupWords.score($0.score) } ?? "—"))</td>"
            }.joined()
            body.append("<tr><th scope=\"row\">\(e(pack.title))</th>\(scores)</tr>")
        }
        body.append("</tbody></table>")
        if !rollup.notes.isEmpty {
            body.append("<ul class=\"notes\">" + rollup.notes.map { "<li>\(e(RollupWords.inWords($0)))</li>" }.joined() + "</ul>")
        }
        body.append("</section>")

        body.append("<section class=\"part\"><h2>Matrix</h2><p class=\"meta\">Each cell names its rating: RED, AMBER, GREEN, N/A (not applicable or waived), — (pack not applied); * not counted, as another revision of the pack states the rule differently.</p>")
        for pack in rollup.packs {
            body.append("<table class=\"matrix\"><caption>\(e(pack.title))</caption><thead><tr><th scope=\"col\">rule</th>\(header)<th scope=\"col\">met</th><th scope=\"col\">met by deadline</th><th scope=\"col\">overdue (median, worst days)</th></tr></thead><tbody>")
            for rule in rollup.rules where rule.pack == pack.id {
                let cells = rule.cells.map { cell -> String in
                    let rag = cell.rag.map { "rag-\($0.rawValue)" } ?? "rag-none"
                    let title = cell.status.map { " title=\"\(e(cell.organisation)): \(e($0.words))\"" } ?? ""
                    return "<td class=\"cell \(rag)\"\(title)>\(e(RollupWords.cell(cell)))</td>"
                }.joined()
                let overdue = rule.overdue == 0 ? "0" : "\(rule.overdue) (\(RollupWords.number(rule.medianDaysOverdue ?? 0)), \(rule.worstDaysOverdue ?? 0))"
                let byDeadline = rule.withDeadline > 0 ? "\(rule.metByDeadline) of \(rule.withDeadline)" : "—"
                body.append("<tr><th scope=\"row\">\(e(rule.id)) <span class=\"title\">\(e(rule.title))</span></th>\(cells)<td class=\"num\">\(rule.met) of \(rule.compared)</td><td class=\"num\">\(byDeadline)</td><td class=\"num\">\(overdue)</td></tr>")
            }
            let scores = rollup.organisations.map { organisation in
                "<td class=\"num\">\(e(RollupWords.score(organisation.packs.first { $0.pack == pack.id }?.score)))</td>"
            }.joined()
            body.append("</tbody><tfoot><tr><th scope=\"row\">score</th>\(scores)<td></td><td></td><td></td></tr></tfoot></table>")
            let notes = rollup.rules.filter { $0.pack == pack.id }.compactMap(\.note)
            if !notes.isEmpty { body.append("<ul class=\"notes\">" + notes.map { "<li>\(e(RollupWords.inWords($0)))</li>" }.joined() + "</ul>") }
        }
        body.append("</section>")

        body.append("<section class=\"part\"><h2>Recurring gaps</h2><p>The same gap in two or more organisations: a problem of the system rather than of one organisation. Each organisation's own documents are not named, as another organisation's differ.</p>")
        if rollup.recurringGaps.isEmpty { body.append("<p>None.</p>") } else {
            body.append("<table><thead><tr><th>rule</th><th>gap</th><th>owners</th><th>organisations</th></tr></thead><tbody>")
            for gap in rollup.recurringGaps {
                body.append("<tr><td class=\"nowrap\">\(e(gap.rule))</td><td>\(e(RollupWords.inWords(gap.gap)))</td><td>\(e(gap.owners.joined(separator: ", ")))</td><td>\(e(RollupWords.organisations(gap.organisations, of: rollup)))</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")

        body.append("<section class=\"part\"><h2>Indicators</h2>")
        if rollup.indicators.isEmpty { body.append("<p>None.</p>") }
        body.append("<div class=\"multiples\">")
        for indicator in rollup.indicators { body.append(chart(indicator)) }
        body.append("</div></section>")

        if let changes = rollup.changes, let moved = RollupSummary(rollup).moved {
            body.append("<section class=\"part\"><h2>\(e(RollupWords.inWords(RollupWords.since(changes))))</h2><p>\(e(RollupWords.moved(moved).joined(separator: " ")))</p>")
            if !changes.moves.isEmpty {
                body.append("<table><thead><tr><th>organisation</th><th>rule</th><th>before</th><th>now</th></tr></thead><tbody>")
                body += changes.moves.map { move in
                    "<tr><td>\(e(move.organisation))</td><td class=\"nowrap\">\(e(move.rule))</td><td class=\"nowrap\">\(e(RollupWords.side(move.fromStatus, move.fromRAG)))</td><td class=\"nowrap\">\(e(RollupWords.side(move.toStatus, move.toRAG)))</td></tr>"
                }
                body.append("</tbody></table>")
            }
            if !changes.scores.isEmpty {
                body.append("<table><thead><tr><th>organisation</th><th>pack</th><th>score before</th><th>score now</th></tr></thead><tbody>")
                body += changes.scores.map { change in
                    "<tr><td>\(e(change.organisation))</td><td>\(e(RollupWords.packTitle(change.pack, in: rollup)))</td><td class=\"num\">\(RollupWords.score(change.from))</td><td class=\"num\">\(RollupWords.score(change.to))</td></tr>"
                }
                body.append("</tbody></table>")
            }
            var others: [String] = []
            if !changes.joined.isEmpty { others.append("New to the rollup: " + RollupWords.list(changes.joined)) }
            if !changes.left.isEmpty { others.append("No longer reported: " + RollupWords.list(changes.left)) }
            if !others.isEmpty { body.append("<ul>" + others.map { "<li>\(e($0))</li>" }.joined() + "</ul>") }
            body.append("</section>")
        }

        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// One indicator's small multiple: a bar per organisation's latest figure, the band
    /// shaded, the system median as a solid line and the latest national figure dashed;
    /// a suppressed figure gets no bar, only its words in the list under the chart.
    func chart(_ indicator: Rollup.Indicator) -> String {
        let e = HTML.escape
        let width = 330.0, height = 150.0, left = 52.0, top = 12.0, bottom = 20.0
        let plot = height - top - bottom
        let national = indicator.reference?.points.last
        var values = indicator.figures.compactMap(\.value) + (indicator.band ?? []) + [national?.value].compactMap { $0 }
        values.append(0)
        let low = values.min() ?? 0, high = max(values.max() ?? 1, low + 1e-9)
        func y(_ value: Double) -> Double { (top + plot * (1 - (value - low) / (high - low)) * 10).rounded() / 10 }
        func n(_ value: Double) -> String { MeasureNumber.format(value, decimals: 1) }
        var svg = ["<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(indicator.id)) (\(e(indicator.group))): \(e(RollupWords.system(indicator)))\">"]
        if let band = indicator.band, band.count == 2 {
            svg.append("<rect class=\"band\" x=\"\(Int(left))\" y=\"\(n(y(band[1])))\" width=\"\(Int(width - left))\" height=\"\(n(max(0.5, y(band[0]) - y(band[1]))))\"/>")
        }
        svg.append("<line class=\"axis\" x1=\"\(Int(left))\" y1=\"\(n(y(0)))\" x2=\"\(Int(width))\" y2=\"\(n(y(0)))\"/>")
        let slot = (width - left - 10) / Double(max(indicator.figures.count, 1))
        for (index, figure) in indicator.figures.enumerated() {
            let x = left + 5 + Double(index) * slot
            guard let value = figure.value else { continue }
            let top = min(y(value), y(0)), bar = abs(y(0) - y(value))
            svg.append("<rect class=\"bar\" x=\"\(n(x + slot * 0.15))\" y=\"\(n(top))\" width=\"\(n(slot * 0.7))\" height=\"\(n(max(bar, 0.5)))\"><title>\(e(figure.organisation)): \(e(RollupWords.format(value, indicator)))</title></rect>")
            if indicator.figures.count <= 12 {
                svg.append("<text class=\"label\" x=\"\(n(x + slot / 2))\" y=\"\(Int(height - 6))\" text-anchor=\"middle\">\(e(figure.organisation.count <= 3 ? figure.organisation : String(index + 1)))</text>")
            }
        }
        if let median = indicator.median {
            svg.append("<line class=\"median\" x1=\"\(Int(left))\" y1=\"\(n(y(median)))\" x2=\"\(Int(width))\" y2=\"\(n(y(median)))\"/>")
            svg.append("<text class=\"label\" x=\"\(Int(left - 4))\" y=\"\(n(y(median) + 4))\" text-anchor=\"end\">median</text>")
        }
        if let national {
            svg.append("<line class=\"national\" x1=\"\(Int(left))\" y1=\"\(n(y(national.value)))\" x2=\"\(Int(width))\" y2=\"\(n(y(national.value)))\"/>")
        }
        svg.append("</svg>")
        var caption = ["System: \(RollupWords.system(indicator))."]
        if let band = RollupWords.band(indicator) { caption.append("Shaded: the \(band).") }
        if let national, let reference = indicator.reference {
            caption.append("Dashed: \(reference.label) \(national.period), \(RollupWords.format(national.value, indicator)) (\(reference.source)).")
        }
        // Numbered as the bars are when names are too long to print under them.
        let numbered = indicator.figures.count <= 12 && indicator.figures.contains { $0.organisation.count > 3 }
        let list = indicator.figures.enumerated().map { index, figure in
            "<li>\(numbered ? "\(index + 1). " : "")\(e(figure.organisation)): \(e(RollupWords.figure(figure, indicator)))</li>"
        }.joined()
        return "<figure class=\"multiple\"><h3>\(e(indicator.id)) (\(e(indicator.group)))</h3><p class=\"title\">\(e(indicator.title))</p>\(svg.joined())<figcaption>\(e(caption.joined(separator: " ")))</figcaption><ul class=\"figures-list\">\(list)</ul></figure>"
    }

    /// Colours as the board pack's (WCAG AA text contrast); each rating also written in its
    /// cell, and red and amber cells bordered differently so a grey print still tells them apart.
    static let css = """
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 15px; line-height: 1.4; color: #212b32; background: #ffffff; }
        main { max-width: 80rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.9rem; margin: 0 0 0.75rem; border-top: 10px solid #005eb8; padding-top: 1rem; }
        h2 { font-size: 1.5rem; margin: 0 0 0.75rem; border-bottom: 3px solid #005eb8; }
        h3 { font-size: 1rem; margin: 0 0 0.25rem; }
        .part { margin-top: 2.5rem; }
        .meta, .title, figcaption { color: #4c6272; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.85rem; }
        caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.4rem; border: 1px solid #d8dde0; }
        thead th { background: #f0f4f5; }
        th.org { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .nowrap { white-space: nowrap; }
        td.cell { text-align: center; font-weight: bold; font-size: 0.75rem; white-space: nowrap; }
        .rag-red { background: #b3261e; color: #ffffff; border: 3px double #212b32; }
        .rag-amber { background: #ffb81c; color: #212b32; border: 2px dashed #212b32; }
        .rag-green { background: #007f3b; color: #ffffff; }
        .rag-grey { background: #425563; color: #ffffff; }
        .rag-none { background: #ffffff; color: #4c6272; }
        .multiples { display: flex; flex-wrap: wrap; gap: 1rem; }
        .multiple { flex: 0 1 22rem; margin: 0; border: 1px solid #d8dde0; padding: 0.5rem; break-inside: avoid; }
        .multiple svg { display: block; width: 100%; height: auto; }
        .multiple .bar { fill: #005eb8; }
        .multiple .band { fill: #e8edee; }
        .multiple .axis { stroke: #4c6272; stroke-width: 1; }
        .multiple .median { stroke: #212b32; stroke-width: 2; }
        .multiple .national { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 6 4; }
        .multiple .label { font-size: 12px; fill: #212b32; }
        .figures-list { font-size: 0.8rem; padding-left: 0; list-style: none; margin: 0.4rem 0 0; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          main { max-width: none; padding: 0; }
          .part { break-before: page; }
          thead { display: table-header-group; }
          tr, figure { break-inside: avoid; }
        }
        """
}
