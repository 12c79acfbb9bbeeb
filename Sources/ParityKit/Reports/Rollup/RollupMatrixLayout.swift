/// How the Word paper lays organisations across the A4 landscape page: as many to a table
/// as fit at the narrowest column their names allow, the tables as even as can be; and,
/// when every organisation fits in half the page's width, the matrix in two newspaper
/// columns, so a few organisations' matrix takes a page or two rather than a long strip
/// of half-empty rows. Widths are in twentieths of a point.
struct RollupMatrixLayout {
    /// The text width of an A4 landscape page with 2 cm margins.
    static let textWidth = 14570
    /// The space between two newspaper columns (1 cm).
    static let columnGap = 567
    /// The narrowest the rule column may be across the page, and in half of it: an id and
    /// a few words of title.
    static let ruleMinimumWidth = 4300
    static let halfRuleMinimumWidth = 3400
    /// An organisation's column: never narrower than "AMBER*" in bold, nor than the
    /// longest word of a name; never wider than a long name needs on two lines.
    static let organisationMinimumWidth = 900
    static let organisationMaximumWidth = 2600
    /// Twentieths of a point per character of 9-point Arial, on average, plain and bold,
    /// and a cell's left and right margins.
    static let characterWidth = 100
    static let boldCharacterWidth = 105
    static let cellMargins = 160

    /// The narrowest an organisation's column may be for these labels.
    let organisationWidth: Int
    /// 2 when the matrix runs in two newspaper columns, else 1.
    let pageColumns: Int
    /// The organisations of each table, by index, in order.
    let groups: [Range<Int>]

    init(labels: [String]) {
        let longestWord = labels.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 1
        organisationWidth = min(Self.organisationMaximumWidth,
                                max(Self.organisationMinimumWidth, longestWord * Self.boldCharacterWidth + Self.cellMargins))
        let half = (Self.textWidth - Self.columnGap) / 2
        let count = labels.count
        if count > 0, Self.halfRuleMinimumWidth + count * organisationWidth <= half {
            pageColumns = 2
            groups = [0..<count]
            return
        }
        pageColumns = 1
        let fit = max(1, (Self.textWidth - Self.ruleMinimumWidth) / organisationWidth)
        let tables = max(1, (count + fit - 1) / fit)
        // The first `count % tables` tables take one more than the rest.
        var start = 0, groups: [Range<Int>] = []
        for table in 0..<tables {
            let size = count / tables + (table < count % tables ? 1 : 0)
            groups.append(start..<start + size)
            start += size
        }
        self.groups = groups.filter { !$0.isEmpty }
    }

    /// The width one table may take: the page's, or one newspaper column's.
    var width: Int {
        pageColumns == 2 ? (Self.textWidth - Self.columnGap) / 2 : Self.textWidth
    }

    /// The widths of a table of a first column and `columns` organisations: across the
    /// page the organisations as wide as they may be, in a newspaper column as narrow as
    /// their names allow; the first column the rest.
    /// `across` asks for the page's width whatever the matrix does (the pack scores).
    func widths(organisations columns: Int, across: Bool = false) -> [Int] {
        let halves = pageColumns == 2 && !across
        let width = halves ? self.width : Self.textWidth
        let spare = (width - Self.ruleMinimumWidth) / max(columns, 1)
        let each = halves ? organisationWidth : max(organisationWidth, min(Self.organisationMaximumWidth, spare))
        return [width - each * columns] + Array(repeating: each, count: columns)
    }

    /// How many characters of plain text a cell `width` wide holds on one line.
    static func characters(in width: Int) -> Int {
        max(1, (width - cellMargins) / characterWidth)
    }
}
