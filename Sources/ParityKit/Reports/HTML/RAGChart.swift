/// The cover chart: one horizontal bar per pack, split into its red, amber, green and
/// not-applicable rules. It reads without colour: each rating has its own fill pattern,
/// each segment carries its count, and each bar is followed by its counts in words.
struct RAGChart {
    var packs: [PackSummary]

    static let width = 720
    static let barWidth = 500
    static let barHeight = 26
    static let lineHeight = 16
    static let titleCharacters = 110

    struct Style {
        var rag: RAG
        var fill: String
        var ink: String
        var pattern: String
        var label: String
    }

    static let styles: [Style] = [
        Style(rag: .red, fill: "#b3261e", ink: "#ffffff", pattern: "parity-hatch", label: "RED"),
        Style(rag: .amber, fill: "#ffb81c", ink: "#212b32", pattern: "parity-dots", label: "AMBER"),
        Style(rag: .green, fill: "#007f3b", ink: "#ffffff", pattern: "parity-plain", label: "GREEN"),
        Style(rag: .grey, fill: "#425563", ink: "#ffffff", pattern: "parity-cross", label: "N/A"),
    ]

    static func count(_ counts: Counts, _ rag: RAG) -> Int {
        switch rag {
        case .red: return counts.red
        case .amber: return counts.amber
        case .green: return counts.green
        case .grey: return counts.grey
        }
    }

    /// "1 red, 3 amber, 4 green", plus not-applicable rules when there are any.
    static func words(_ counts: Counts) -> String {
        var parts = ["\(counts.red) red", "\(counts.amber) amber", "\(counts.green) green"]
        if counts.notApplicable > 0 { parts.append("\(counts.notApplicable) not applicable") }
        if counts.waived > 0 { parts.append("\(counts.waived) waived") }
        return parts.joined(separator: ", ")
    }

    /// The chart's text alternative: every number it shows.
    var description: String {
        "Bar chart of RAG ratings per pack. "
            + packs.map { "\($0.info.title): \(RAGChart.words($0.counts))." }.joined(separator: " ")
    }

    func render() -> String {
        let maxRules = max(packs.map(\.rules).max() ?? 1, 1)
        var body: [String] = []
        var y = 0

        // The legend, one swatch per rating.
        var x = 0
        for style in RAGChart.styles {
            body.append(swatch(style, x: x, y: y, width: 28, height: 16))
            body.append("<text x=\"\(x + 34)\" y=\"\(y + 13)\" font-size=\"13\" font-weight=\"bold\" fill=\"#212b32\">\(style.label)</text>")
            x += 34 + style.label.count * 10 + 26
        }
        y += 16 + 22

        for pack in packs {
            for line in RAGChart.wrap(pack.info.title, width: RAGChart.titleCharacters, lines: 2) {
                y += RAGChart.lineHeight
                body.append("<text x=\"0\" y=\"\(y - 4)\" font-size=\"13\" fill=\"#212b32\">\(HTML.escape(line))</text>")
            }
            y += 2
            var segmentX = 0.0
            for style in RAGChart.styles {
                let count = RAGChart.count(pack.counts, style.rag)
                guard count > 0 else { continue }
                let width = Double(RAGChart.barWidth) * Double(count) / Double(maxRules)
                body.append(swatch(style, x: segmentX, y: y, width: width, height: RAGChart.barHeight))
                if width >= 16 {
                    body.append("<text x=\"\(RAGChart.number(segmentX + width / 2))\" y=\"\(y + 18)\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"\(style.ink)\" stroke=\"\(style.fill)\" stroke-width=\"4\" paint-order=\"stroke\">\(count)</text>")
                }
                segmentX += width
            }
            body.append("<text x=\"\(RAGChart.number(segmentX + 10))\" y=\"\(y + 18)\" font-size=\"13\" fill=\"#212b32\">\(RAGChart.words(pack.counts))</text>")
            y += RAGChart.barHeight + 14
        }
        let height = max(y, 1)

        var out: [String] = []
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rag-chart\" viewBox=\"-2 -2 \(RAGChart.width + 4) \(height + 4)\" role=\"img\" aria-label=\"\(HTML.escape(description))\" font-family=\"Arial, Helvetica, sans-serif\">")
        out.append("<title>RAG ratings per pack</title>")
        out.append("<defs>")
        out.append("<pattern id=\"parity-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0.45\"/></pattern>")
        out.append("<pattern id=\"parity-dots\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\"><circle cx=\"3.5\" cy=\"3.5\" r=\"1.4\" fill=\"#212b32\" fill-opacity=\"0.5\"/></pattern>")
        out.append("<pattern id=\"parity-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 0L8 8M8 0L0 8\" stroke=\"#ffffff\" stroke-opacity=\"0.5\" stroke-width=\"1.2\"/></pattern>")
        out.append("</defs>")
        out.append(contentsOf: body)
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    private func swatch(_ style: Style, x: Double, y: Int, width: Double, height: Int) -> String {
        let geometry = "x=\"\(RAGChart.number(x))\" y=\"\(y)\" width=\"\(RAGChart.number(width))\" height=\"\(height)\""
        var out = "<rect \(geometry) fill=\"\(style.fill)\" stroke=\"#212b32\" stroke-width=\"1\"/>"
        if style.pattern != "parity-plain" {
            out += "<rect \(geometry) fill=\"url(#\(style.pattern))\"/>"
        }
        return out
    }

    private func swatch(_ style: Style, x: Int, y: Int, width: Int, height: Int) -> String {
        swatch(style, x: Double(x), y: y, width: Double(width), height: height)
    }

    /// Coordinates to two decimals at most, the same on every platform.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Greedy word wrap to at most `lines` lines; an ellipsis ends a title that does not fit.
    static func wrap(_ text: String, width: Int, lines maxLines: Int) -> [String] {
        var pieces: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            var rest = Substring(word)
            while rest.count > width {
                pieces.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            }
            pieces.append(String(rest))
        }
        var lines: [String] = []
        var current = ""
        for piece in pieces {
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.isEmpty ? [""] : lines }
        lines = Array(lines.prefix(maxLines))
        var last = lines[maxLines - 1]
        while last.count > width - 1 { last.removeLast() }
        lines[maxLines - 1] = last + "…"
        return lines
    }
}
