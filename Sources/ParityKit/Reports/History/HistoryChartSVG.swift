/// The share met per pack over the points as one self-contained SVG line chart. Each pack
/// has its own dash pattern and marker shape, every value is also written as text in the
/// table under the chart, and nothing depends on colour, so it reads printed in black and
/// white. No scripts, no external references.
struct HistoryChartSVG {
    static let left = 150
    static let top = 84
    static let plotHeight = 240
    static let spacing = 120
    static let right = 230
    static let rowHeight = 18

    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "5 5"]

    func render(_ history: StatusHistory) -> String {
        let count = history.points.count
        let plotWidth = max(300, (count - 1) * Self.spacing)
        let title = "Share of expectations met per pack, \(history.organisation)"
        let (span, definition) = subtitle(history)
        let legend = history.packs.map { "\($0.id): \($0.title)" }
        // Wide enough for the plot and, roughly, for the longest line of text.
        let textWidth = max(title.count * 9, ([span, definition] + legend.map { "      " + $0 }).map(\.count).max()! * 7) + 16
        let width = max(Self.left + plotWidth + Self.right, textWidth)
        let axisBottom = Self.top + Self.plotHeight
        let tableTop = axisBottom + 62
        let legendTop = tableTop + (history.packs.count + 1) * Self.rowHeight + 30
        let height = legendTop + history.packs.count * 20 + 12

        func x(_ index: Int) -> Int {
            count <= 1 ? Self.left + plotWidth / 2 : Self.left + index * plotWidth / (count - 1)
        }
        func y(_ score: Double) -> Int {
            axisBottom - Int((min(100, max(0, score)) * Double(Self.plotHeight) / 100).rounded())
        }

        var svg: [String] = []
        svg.append("""
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="history-title history-desc" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title id="history-title">\(XML.escape(title))</title>
            <desc id="history-desc">\(XML.escape(description(history)))</desc>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>
            <text x="8" y="24" font-size="16" font-weight="bold" fill="#000000">\(XML.escape(title))</text>
            <text x="8" y="42" fill="#000000">\(XML.escape(span))</text>
            <text x="8" y="58" fill="#000000">\(XML.escape(definition))</text>
            """)

        // The axis: a line and a label every 25%.
        for percent in stride(from: 0, through: 100, by: 25) {
            let level = y(Double(percent))
            svg.append("<line x1=\"\(Self.left)\" y1=\"\(level)\" x2=\"\(Self.left + plotWidth)\" y2=\"\(level)\" stroke=\"\(percent == 0 ? "#000000" : "#bfbfbf")\" stroke-width=\"1\"\(percent == 0 ? "" : " stroke-dasharray=\"2 4\"")/>")
            svg.append("<text x=\"\(Self.left - 8)\" y=\"\(level + 4)\" text-anchor=\"end\" fill=\"#000000\">\(percent)%</text>")
        }
        svg.append("<line x1=\"\(Self.left)\" y1=\"\(Self.top)\" x2=\"\(Self.left)\" y2=\"\(axisBottom)\" stroke=\"#000000\" stroke-width=\"1\"/>")
        for (index, point) in history.points.enumerated() {
            svg.append("<line x1=\"\(x(index))\" y1=\"\(axisBottom)\" x2=\"\(x(index))\" y2=\"\(axisBottom + 5)\" stroke=\"#000000\" stroke-width=\"1\"/>")
            svg.append("<text x=\"\(x(index))\" y=\"\(axisBottom + 20)\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#000000\">\(XML.escape(clip(point.label, 18)))</text>")
            if point.label != point.asOf.description {
                svg.append("<text x=\"\(x(index))\" y=\"\(axisBottom + 36)\" text-anchor=\"middle\" font-size=\"11\" fill=\"#000000\">\(XML.escape("as of \(point.asOf)"))</text>")
            }
        }

        // One line per pack, broken where the pack was not applied.
        var ends: [(y: Int, text: String)] = []
        for (number, pack) in history.packs.enumerated() {
            let dash = Self.dashes[number % Self.dashes.count]
            var segments: [[(Int, Int)]] = [[]]
            for (index, score) in pack.scores.enumerated() {
                if let score { segments[segments.count - 1].append((x(index), y(score))) } else { segments.append([]) }
            }
            for segment in segments where segment.count > 1 {
                let points = segment.map { "\($0.0),\($0.1)" }.joined(separator: " ")
                svg.append("<polyline points=\"\(points)\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            }
            for (index, score) in pack.scores.enumerated() {
                guard let score else { continue }
                let label = "\(pack.id) at \(history.points[index].label): \(ReportText.score(score)) met"
                svg.append(marker(number, x(index), y(score), title: label))
            }
            if let last = pack.scores.last, let score = last {
                ends.append((y(score), "\(pack.id) \(ReportText.score(score))"))
            }
        }
        // Labels at the right-hand end, pushed apart so none overlaps another.
        var placed: [Int] = []
        for end in ends.sorted(by: { $0.y < $1.y }) {
            let position = max(end.y + 4, (placed.last ?? Int.min / 2) + 14)
            placed.append(position)
            svg.append("<text x=\"\(x(count - 1) + 14)\" y=\"\(position)\" fill=\"#000000\">\(XML.escape(end.text))</text>")
        }

        // The values as a table, one column under each point.
        svg.append("<text x=\"8\" y=\"\(tableTop)\" font-weight=\"bold\" fill=\"#000000\">Share met</text>")
        let rows = history.packs.map { ($0.id, $0.scores) } + [("all packs", history.points.map(\.summary.score))]
        for (row, entry) in rows.enumerated() {
            let baseline = tableTop + (row + 1) * Self.rowHeight
            svg.append("<text x=\"8\" y=\"\(baseline)\" fill=\"#000000\"\(row == rows.count - 1 ? " font-weight=\"bold\"" : "")>\(XML.escape(clip(entry.0, 20)))</text>")
            for (index, score) in entry.1.enumerated() {
                svg.append("<text x=\"\(x(index))\" y=\"\(baseline)\" text-anchor=\"middle\" fill=\"#000000\">\(XML.escape(ReportText.score(score)))</text>")
            }
        }

        // The legend: each pack's line and marker, its id and title.
        for (number, pack) in history.packs.enumerated() {
            let baseline = legendTop + number * 20
            let dash = Self.dashes[number % Self.dashes.count]
            svg.append("<line x1=\"8\" y1=\"\(baseline - 4)\" x2=\"48\" y2=\"\(baseline - 4)\" stroke=\"#000000\" stroke-width=\"2\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>")
            svg.append(marker(number, 28, baseline - 4, title: nil))
            svg.append("<text x=\"58\" y=\"\(baseline)\" fill=\"#000000\">\(XML.escape("\(pack.id): \(pack.title)"))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// A marker of shape `number`: filled and hollow circles, squares, triangles and diamonds.
    private func marker(_ number: Int, _ x: Int, _ y: Int, title: String?) -> String {
        let filled = number % 2 == 0
        let paint = filled ? "fill=\"#000000\"" : "fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\""
        let tooltip = title.map { "<title>\(XML.escape($0))</title>" } ?? ""
        let shape: String
        switch (number / 2) % 4 {
        case 0: shape = "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"4.5\" \(paint)>"
        case 1: shape = "<rect x=\"\(x - 4)\" y=\"\(y - 4)\" width=\"8\" height=\"8\" \(paint)>"
        case 2: shape = "<path d=\"M\(x) \(y - 5)L\(x + 5) \(y + 4)L\(x - 5) \(y + 4)Z\" \(paint)>"
        default: shape = "<path d=\"M\(x) \(y - 6)L\(x + 6) \(y)L\(x) \(y + 6)L\(x - 6) \(y)Z\" \(paint)>"
        }
        let tag = shape.hasPrefix("<circle") ? "circle" : shape.hasPrefix("<rect") ? "rect" : "path"
        return shape + tooltip + "</\(tag)>"
    }

    /// What the points span, and what "share met" means.
    private func subtitle(_ history: StatusHistory) -> (String, String) {
        let definition = "Share met = (met + ½ partly met) ÷ rules that apply, as a percentage."
        guard let first = history.points.first, let last = history.points.last else { return ("No points.", definition) }
        func name(_ point: PointSummary) -> String {
            point.label == point.asOf.description ? point.label : "\(point.label) (as of \(point.asOf))"
        }
        let span = history.points.count == 1
            ? "One point: \(name(first))."
            : "\(history.points.count) points from \(name(first)) to \(name(last))."
        return (span, definition)
    }

    private func description(_ history: StatusHistory) -> String {
        history.packs.map { pack in
            "\(pack.id): " + zip(history.points, pack.scores).map { "\($0.label) \(ReportText.score($1))" }.joined(separator: ", ")
        }.joined(separator: ". ") + "."
    }

    private func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
