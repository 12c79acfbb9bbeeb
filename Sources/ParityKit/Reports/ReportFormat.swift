/// Every format `parity gap` writes. Adding one is a case here, a file in Reports/ and a
/// golden test.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case csv
    case html

    public struct Options: Sendable {
        /// ANSI colour in the text report; the CLI turns it on only for a terminal without NO_COLOR.
        public var color: Bool
        /// The one-year plan's progress, which the HTML board pack draws as its timeline;
        /// nil when there is none.
        public var plan: PlanProgress?
        /// A UTF-8 byte-order mark at the start of the CSV, so Excel on Windows reads it as
        /// UTF-8 when the file is opened by double-click; the CLI's `--no-bom` turns it off.
        public var bom: Bool

        public init(color: Bool = false, plan: PlanProgress? = nil, bom: Bool = true) {
            self.color = color
            self.plan = plan
            self.bom = bom
        }
    }

    public func render(_ assessment: Assessment, options: Options = Options()) -> String {
        switch self {
        case .text: return TextReport(color: options.color).render(assessment)
        case .markdown: return MarkdownReport().render(assessment)
        case .json: return JSONReport().render(assessment)
        case .csv: return CSVReport(bom: options.bom).render(assessment)
        case .html: return HTMLReport(plan: options.plan).render(assessment)
        }
    }
}
