import Foundation

/// Every format `parity rollup` writes.
public enum RollupFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    /// One row per organisation × rule, with rows for the counts and figures.
    case csv
    case json
    /// The heatmap matrix and small multiples of the indicators, self-contained and printable.
    case html

    public func render(_ rollup: Rollup, bom: Bool = true) -> String {
        switch self {
        case .text: return RollupTextReport().render(rollup)
        case .markdown: return RollupMarkdownReport().render(rollup)
        case .csv: return RollupCSVReport(bom: bom).render(rollup)
        case .json: return RollupJSONReport().render(rollup)
        case .html: return RollupHTMLReport().render(rollup)
        }
    }

    /// The key of an anonymised rollup, as CSV: label, organisation, source.
    public static func key(_ entries: [Rollup.KeyEntry]) -> String {
        RollupKeyReport().render(entries)
    }
}
