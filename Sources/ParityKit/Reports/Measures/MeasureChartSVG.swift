/// A small line chart of one indicator's series for the board pack: the non-adverse
/// range as a hatched band, the target as a dashed line, each figure labelled with its
/// value so the chart reads in black and white and without the colours.
struct MeasureChartSVG {
    var summary: MeasureSummary
    /// Unique within the page, since one indicator may be charted under several rules.
    var id: String

    static let width = 360.0
    static let height = 150.0
    static let left = 52.0, right = 24.0, top = 16.0, bottom = 30.0
    /// The first and last points stand this far inside the plot, so their value labels
    /// clear the axis and the "better" note beside it, also at the larger print size.
    static let inset = 18.0

    /// The chart's text alternative: every number it shows.
    var description: String {
        var words = "Line chart of \(summary.indicator) (\(summary.group)): \(summary.seriesWords)."
        if let band = summary.band { words += " Non-adverse range \(summary.format(band[0]))–\(summary.format(band[1]))." }
        if let target = summary.target { words += " Target \(summary.format(target.target)) by \(target.by)." }
        return words
    }

    func render() -> String {
        let points = summary.series
        var values = points.compactMap(\.value)
        if let band = summary.band { values += band }
        if let target = summary.target {
            values.append(target.target)
            if let baseline = target.baseline { values.append(baseline) }
        }
        guard let rawLow = values.min(), let rawHigh = values.max() else { return "" }
        let pad = max((rawHigh - rawLow) * 0.12, summary.decimals == 2 ? 0.05 : 0.5)
        let low = rawLow - pad, high = rawHigh + pad
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func y(_ value: Double) -> Double { Self.top + (high - value) / (high - low) * plotHeight }
        func x(_ index: Int) -> Double {
            points.count < 2 ? Self.left + plotWidth / 2
                : Self.left + Self.inset + Double(index) / Double(points.count - 1) * (plotWidth - 2 * Self.inset)
        }
        func n(_ value: Double) -> String { MeasureNumber.format(value, decimals: 1) }

        var body: [String] = []
        body.append("<defs><pattern id=\"\(id)-band\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e8f1f8\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#005eb8\" stroke-width=\"1\" stroke-opacity=\"0.35\"/></pattern></defs>")
        if let band = summary.band {
            body.append("<rect x=\"\(n(Self.left))\" y=\"\(n(y(band[1])))\" width=\"\(n(plotWidth))\" height=\"\(n(y(band[0]) - y(band[1])))\" fill=\"url(#\(id)-band)\"/>")
            // Inside the band at its foot, where the line crosses least often.
            body.append("<text x=\"\(n(Self.left + plotWidth - 2))\" y=\"\(n(y(band[0]) - 3))\" font-size=\"9\" text-anchor=\"end\" fill=\"#005eb8\">non-adverse \(XML.escape(summary.format(band[0])))–\(XML.escape(summary.format(band[1])))</text>")
        }
        // Axis: the low and high ends of the scale.
        body.append("<line x1=\"\(n(Self.left))\" y1=\"\(n(Self.top))\" x2=\"\(n(Self.left))\" y2=\"\(n(Self.top + plotHeight))\" stroke=\"#425563\" stroke-width=\"1\"/>")
        body.append("<line x1=\"\(n(Self.left))\" y1=\"\(n(Self.top + plotHeight))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(Self.top + plotHeight))\" stroke=\"#425563\" stroke-width=\"1\"/>")
        // No scale numbers: every point carries its value, and the band and target their own.
        // Left of the axis; "→1.00 better" on two lines so it stays there at print size.
        let middle = Self.top + plotHeight / 2
        switch summary.better {
        case "lower", "higher":
            body.append("<text x=\"2\" y=\"\(n(middle + 3))\" font-size=\"9\" fill=\"#425563\">\(summary.better == "lower" ? "↓" : "↑") better</text>")
        default:
            body.append("<text x=\"2\" y=\"\(n(middle - 2))\" font-size=\"9\" fill=\"#425563\">→1.00<tspan x=\"2\" dy=\"1.2em\">better</tspan></text>")
        }
        if let target = summary.target {
            body.append("<line x1=\"\(n(Self.left))\" y1=\"\(n(y(target.target)))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(y(target.target)))\" stroke=\"#212b32\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>")
            body.append("<text x=\"\(n(Self.left + 2))\" y=\"\(n(y(target.target) - 3))\" font-size=\"9\" fill=\"#212b32\">target \(XML.escape(summary.format(target.target))) by \(target.by)</text>")
        }
        // The line breaks where a period has no figure.
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { body.append("<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"#212b32\" stroke-width=\"2\"/>") }
            segment = []
        }
        for (index, point) in points.enumerated() {
            guard let value = point.value else { flush(); continue }
            segment.append("\(n(x(index))),\(n(y(value)))")
        }
        flush()
        for (index, point) in points.enumerated() {
            body.append("<text x=\"\(n(x(index)))\" y=\"\(n(Self.height - 8))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#425563\">\(XML.escape(point.period.description))</text>")
            guard let value = point.value else { continue }
            let shape = point.lowConfidence
                ? "<circle cx=\"\(n(x(index)))\" cy=\"\(n(y(value)))\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#212b32\" stroke-width=\"1.5\"/>"
                : "<circle cx=\"\(n(x(index)))\" cy=\"\(n(y(value)))\" r=\"3.5\" fill=\"#212b32\"/>"
            body.append(shape)
            body.append("<text x=\"\(n(x(index)))\" y=\"\(n(y(value) - 6))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#212b32\">\(XML.escape(MeasureNumber.format(value, decimals: summary.decimals)))</text>")
        }
        let label = XML.escape(description)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"measure-chart\" role=\"img\" aria-label=\"\(label)\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.height))\"><title>\(label)</title>\(body.joined())</svg>"
    }
}
