import Foundation

/// Every format `parity gap` writes. Adding one is a case here, a file in Reports/ and a
/// golden test.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case csv
    case html
    /// The board paper as a Word document.
    case docx
    /// The action tracker as an Excel workbook.
    case xlsx

    public struct Options: Sendable {
        /// ANSI colour in the text report; the CLI turns it on only for a terminal without NO_COLOR.
        public var color: Bool
        /// The one-year plan's progress, which the HTML board pack draws as its timeline;
        /// nil when there is none.
        public var plan: PlanProgress?
        /// A trust's Word template for the docx paper's styles, header and footer.
        public var template: WordTemplate?
        /// A UTF-8 byte-order mark at the start of the CSV, so Excel on Windows reads it as
        /// UTF-8 when the file is opened by double-click; the CLI's `--no-bom` turns it off.
        public var bom: Bool
        /// The board paper's particulars for its cover sheet (docx, html, markdown).
        public var paper: PaperParticulars
        /// What changed since an earlier point (`parity gap --since`), the same comparison
        /// `parity diff` makes: the papers' and the text report's "since the last board".
        /// nil when none was asked for.
        public var since: RepositoryDiff?

        public init(color: Bool = false, plan: PlanProgress? = nil, template: WordTemplate? = nil, bom: Bool = true,
                    paper: PaperParticulars = PaperParticulars(), since: RepositoryDiff? = nil) {
            self.color = color
            self.plan = plan
            self.template = template
            self.bom = bom
            self.paper = paper
            self.since = since
        }
    }

    /// The board paper's formats: they take the paper's particulars and the plan.
    public var isPaper: Bool { self == .docx || self == .html || self == .markdown }

    /// Word and Excel files are bytes, not text: they go to a file, not a terminal.
    public var isBinary: Bool { self == .docx || self == .xlsx }

    /// The report's bytes: UTF-8 text, or a Word or Excel package.
    public func data(_ assessment: Assessment, options: Options = Options()) -> Data {
        switch self {
        case .docx: return DocxReport(plan: options.plan, template: options.template, particulars: options.paper, since: options.since).render(assessment)
        case .xlsx: return XlsxReport().render(assessment)
        default: return Data(render(assessment, options: options).utf8)
        }
    }

    /// The report as text. For Word and Excel, whose bytes are a ZIP package, this is the
    /// XML of the document or of the worksheets, which golden files compare.
    public func render(_ assessment: Assessment, options: Options = Options()) -> String {
        switch self {
        case .docx: return DocxReport(plan: options.plan, template: options.template, particulars: options.paper, since: options.since).package(assessment).text(of: "word/document.xml")
        case .xlsx: return XlsxReport().package(assessment).text(of: "xl/worksheets/")
        case .text: return TextReport(color: options.color, since: options.since).render(assessment)
        case .markdown: return MarkdownReport(plan: options.plan, particulars: options.paper, since: options.since).render(assessment)
        case .json: return JSONReport().render(assessment)
        case .csv: return CSVReport(bom: options.bom).render(assessment)
        case .html: return HTMLReport(plan: options.plan, particulars: options.paper, since: options.since).render(assessment)
        }
    }
}
