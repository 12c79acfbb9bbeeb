/// Sentences about figures, shared by the evaluator and the reports.
enum MeasureWords {
    static func name(_ indicator: Indicator, group: String) -> String {
        "\(indicator.id) (\(group))"
    }

    static func selection(_ selection: MeasureLeaf.Selection, data: MeasureData) -> String {
        switch selection {
        case .indicator(let id): return data.indicators[id].map { "\(id) \($0.title)" } ?? id
        // In words, not the tag as written: "the staff experience indicators".
        case .tag(let tag, let withTarget): return "the \(LeafWords.plain(tag)) indicators\(withTarget ? " with a reduction target" : "")"
        }
    }

    static func band(_ band: ClosedRange<Double>, _ indicator: Indicator) -> String {
        "\(indicator.format(band.lowerBound))–\(indicator.format(band.upperBound))"
    }

    /// "1.45 in 2022/23" or "in 2022/23 (not computable)".
    static func point(_ point: SeriesPoint, summary: MeasureSummary) -> String {
        guard let value = point.value else { return "in \(point.period) (not computable)" }
        return "\(summary.format(value)) in \(point.period)"
    }

    /// The line a report prints under a rule: latest, change, band, target. Reports name
    /// the indicator beside it, so the line does not name it again.
    static func summary(_ summary: MeasureSummary, indicator: Indicator) -> String {
        guard let latest = summary.latest else { return "no figures" }
        var parts = [point(latest, summary: summary)]
        if let previous = summary.previous, let before = previous.value, let trend = summary.trend {
            parts.append("\(trend) from \(summary.format(before)) in \(previous.period)")
        } else {
            parts.append("no figure a year earlier")
        }
        if let band = indicator.band, let position = summary.position {
            parts.append("\(position) the non-adverse range \(self.band(band, indicator))")
        }
        if let target = summary.target {
            let baseline = target.baseline.map { " from a baseline of \(summary.format($0)) in \(target.baselinePeriod)" } ?? " (no baseline figure for \(target.baselinePeriod))"
            var words = "target \(summary.format(target.target)) by \(target.by)\(baseline)"
            if let onTrack = target.onTrack, let expected = target.expected {
                words += onTrack ? " (on track; expected \(summary.format(expected)))" : " (off track; expected \(summary.format(expected)))"
            }
            parts.append(words)
        }
        if latest.lowConfidence { parts.append("low confidence: fewer than \(indicator.minCases) cases in a group") }
        return parts.joined(separator: "; ")
    }
}
