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
    /// A Word paper for an ICB board: the matrix per pack as Word tables, the counts,
    /// recurring gaps, indicators, what moved and the notes.
    case docx
    /// The matrix, recurring gaps and indicators as an Excel workbook.
    case xlsx

    /// A Word or Excel package is bytes, not text: it goes to a file, not a terminal.
    public var isBinary: Bool { self == .docx || self == .xlsx }

    /// The papers: the formats a board reads, in its words (dates written out, packs named
    /// by title, a summary), which take the paper's particulars: its title, and in Word a
    /// cover sheet.
    public var isPaper: Bool { self == .docx || self == .html || self == .markdown }

    /// The report's bytes: UTF-8 text, or the Word or Excel package. `template` is a
    /// trust's or ICB's Word template for the docx paper's styles, header and footer;
    /// `paper` the papers' particulars (`rollup --paper`, `--title`, …).
    public func data(_ rollup: Rollup, bom: Bool = true, template: WordTemplate? = nil, paper: PaperParticulars = PaperParticulars()) -> Data {
        switch self {
        case .xlsx: return RollupXlsxReport().render(rollup)
        case .docx: return RollupDocxReport(template: template, paper: paper).render(rollup)
        default: return Data(render(rollup, bom: bom, paper: paper).utf8)
        }
    }

    /// The report as text; for Excel, the XML of its worksheets, for Word, of its
    /// document, header and footer, which tests read.
    public func render(_ rollup: Rollup, bom: Bool = true, paper: PaperParticulars = PaperParticulars()) -> String {
        switch self {
        case .xlsx: return RollupXlsxReport().package(rollup).text(of: "xl/worksheets/")
        case .docx:
            let package = RollupDocxReport(paper: paper).package(rollup)
            return package.text(of: "word/document.xml") + package.text(of: "word/header") + package.text(of: "word/footer")
        case .text: return RollupTextReport().render(rollup)
        case .markdown: return RollupMarkdownReport(paper: paper).render(rollup)
        case .csv: return RollupCSVReport(bom: bom).render(rollup)
        case .json: return RollupJSONReport().render(rollup)
        case .html: return RollupHTMLReport(paper: paper).render(rollup)
        }
    }

    /// The key of an anonymised rollup, as CSV: label, organisation, source.
    public static func key(_ entries: [Rollup.KeyEntry]) -> String {
        RollupKeyReport().render(entries)
    }
}
