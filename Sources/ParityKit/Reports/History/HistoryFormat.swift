/// Every format `parity history` writes.
public enum HistoryFormat: String, CaseIterable, Sendable {
    /// A table: one column per point, the share met per pack, then each rule's status.
    case text
    /// The same table for spreadsheets (RFC 4180).
    case csv
    case json
    /// A chart of the share met per pack over the points, self-contained.
    case svg

    public func render(_ history: StatusHistory) -> String {
        switch self {
        case .text: return HistoryTextReport().render(history)
        case .csv: return HistoryCSVReport().render(history)
        case .json: return JSONOutput.render(history)
        case .svg: return HistoryChartSVG().render(history)
        }
    }
}
