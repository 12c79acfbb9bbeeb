/// A series in eight block heights, for terminals and Markdown: the lowest figure is the
/// shortest bar whatever the indicator's direction; a period with no figure is a gap.
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ values: [Double?]) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return "" }
        return String(values.map { value -> Character in
            guard let value else { return "·" }
            guard high > low else { return blocks[3] }
            let step = Int(((value - low) / (high - low) * Double(blocks.count - 1)).rounded())
            return blocks[min(max(step, 0), blocks.count - 1)]
        })
    }
}

extension MeasureSummary {
    /// "2016 14.0%, 2017 14.5%, …", a period with no figure marked as such.
    var seriesWords: String {
        series.map { "\($0.period) \($0.value.map(format) ?? "n/a")\($0.lowConfidence ? " (low confidence)" : "")" }
            .joined(separator: ", ")
    }

    var sparkline: String { Sparkline.render(series.map(\.value)) }

    /// The latest period's figure for each group, when broken down.
    var breakdownWords: String? {
        guard !breakdown.isEmpty, let latest else { return nil }
        return "\(latest.period) by group: " + breakdown.map(\.words).joined(separator: ", ")
    }
}
