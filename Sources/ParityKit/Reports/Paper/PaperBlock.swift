/// One part of a board paper as every paper format lays it out: the structure is decided
/// once (`BoardPaperLayout`), and Word, HTML and Markdown each draw the same blocks.
enum PaperBlock {
    /// The paper's title with the line above it and the line below it.
    case title(String, kicker: String, subtitle: String)
    /// The cover sheet: one label and its text per row.
    case coverSheet([(label: String, text: String)])
    /// Level 1: a section or appendix; 2: a part of one; 3: a rule.
    case heading(String, level: Int, anchor: String)
    case paragraph(String)
    /// A short bold line that leads what follows ("Current state").
    case lead(String)
    case bullets([String])
    case numbered([String])
    case table(PaperTable)
    /// The RAG counts of each pack as bars.
    case ragChart([PackSummary])
    /// One indicator's figures with its chart.
    case indicator(MeasureSummary, anchor: String)
    /// The plan's phases drawn against the date of the paper, where a format can draw.
    case timeline(PlanProgress)
    /// Small print under a table or chart.
    case note(String)
    /// Where a printed paper starts a new page: after the cover sheet only.
    case pageBreak
}

/// A table of a paper, with its caption (HTML's caption, Word's and Markdown's line above).
struct PaperTable {
    enum Cell {
        case text(String)
        case strong(String)
        /// The rating as a word on its colour, and what follows it ("RED partly met").
        case rag(RAG, String)
        /// Text that links to a part of the paper where the format can.
        case link(String, anchor: String)

        var text: String {
            switch self {
            case .text(let text), .strong(let text), .link(let text, _): return text
            case .rag(let rag, let words): return words.isEmpty ? rag.label : "\(rag.label) \(words)"
            }
        }
    }

    var caption: String
    var columns: [String]
    /// Relative column widths.
    var weights: [Int]
    var rows: [[Cell]]
    /// A totals row, drawn apart from the body.
    var totals: [Cell]? = nil
}
