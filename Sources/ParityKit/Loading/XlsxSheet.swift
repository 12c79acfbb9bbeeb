/// The cells of one sheet, by row (1-based, empty rows left out) and column (1-based).
public struct XlsxSheet: Sendable {
    public var name: String
    public var file: String
    public var rows: [(number: Int, cells: [Int: XlsxValue])]

    /// Where a cell is, as parity names it in errors: file, row and column.
    public func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row, column: column)
    }
}
