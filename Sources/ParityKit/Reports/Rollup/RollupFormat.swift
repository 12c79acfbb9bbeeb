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
    /// The matrix, recurring gaps and indicators as an Excel workbook.
    case xlsx

    /// An Excel workbook is bytes, not text: it goes to a file, not a terminal.
    public var isBinary: Bool { self == .xlsx }

    /// The report's bytes: UTF-8 text, or the Excel package.
    public func data(_ rollup: Rollup, bom: Bool = true) -> Data {
        self == .xlsx ? RollupXlsxReport().render(rollup) : Data(render(rollup, bom: bom).utf8)
    }

    /// The report as text; for Excel, the XML of its worksheets, which tests read.
    public func render(_ rollup: Rollup, bom: Bool = true) -> String {
        switch self {
        case .xlsx: return RollupXlsxReport().package(rollup).text(of: "xl/worksheets/")
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
