/// The action log as an owner sends it back: for each row of the Actions sheet, its action
/// id and what the owner typed into the owners' columns; and from the hidden sheet, the
/// as-of date it was written for and each action's fingerprint then. Columns are found by
/// their headers, so an owner may move or add columns.
public struct TrackerSheet: Sendable {
    /// One row of the Actions sheet, with its cells by owners' column.
    public struct Row: Sendable {
        public var number: Int
        public var id: String?
        public var update: XlsxValue?
        public var revisedDue: XlsxValue?
        public var ownerStatus: XlsxValue?
        public var ownerDoneOn: XlsxValue?
        public var updatedBy: XlsxValue?
        public var baf: XlsxValue?

        /// Whether an owner typed anything into the row (a BAF reference the log filled
        /// in counts too: it is compared with the repository's).
        public var hasOwnerInput: Bool {
            [update, revisedDue, ownerStatus, ownerDoneOn, updatedBy, baf].contains { $0 != nil }
        }
    }

    public var file: String
    public var asOf: CivilDate
    public var revision: String?
    public var fingerprints: [String: String]
    public var rows: [Row]
    /// The column number of each header the import reads, for naming a cell in an error.
    public var columns: [String: Int]

    public static func read(_ path: String) throws -> TrackerSheet {
        var reader = try XlsxReader(path: path)
        let names = try reader.sheetNames().map(\.name)
        guard names.contains(ActionLog.hiddenSheet), names.contains(ActionLog.actionsSheet) else {
            throw ParityError("\(path) is not an action log written by parity gap --format xlsx: it has no Actions sheet and hidden '\(ActionLog.hiddenSheet)' sheet", code: .unreadableFile)
        }
        let record = try reader.sheet(named: ActionLog.hiddenSheet)
        let recordRows = record.rows.map { row in (row.number, row.cells[1]?.text ?? "", row.cells[2]?.text ?? "") }
        guard recordRows.first?.1 == ActionLog.marker,
              let asOf = recordRows.first(where: { $0.1 == "as_of" }).flatMap({ CivilDate(iso: $0.2) })
        else {
            throw ParityError("\(path): the hidden '\(ActionLog.hiddenSheet)' sheet is not the one parity wrote; write the log again with parity gap --format xlsx", code: .unreadableFile)
        }
        let revision = recordRows.first { $0.1 == "revision" }.map(\.2).flatMap { $0.isEmpty ? nil : $0 }
        var fingerprints: [String: String] = [:]
        if let start = recordRows.firstIndex(where: { $0.1 == "action" && $0.2 == "fingerprint" }) {
            for (_, id, fingerprint) in recordRows[(start + 1)...] { fingerprints[id] = fingerprint }
        }

        let sheet = try reader.sheet(named: ActionLog.actionsSheet)
        guard let header = sheet.rows.first, header.number == 1 else {
            throw ParityError("\(path): the Actions sheet has no header row", at: sheet.location(row: 1, column: 1), code: .unreadableFile)
        }
        var columns: [String: Int] = [:]
        for (column, value) in header.cells {
            let title = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if columns[title] == nil || column < columns[title]! { columns[title] = column }
        }
        for title in [ActionLog.Header.id] + ActionLog.ownerHeaders where columns[title] == nil {
            throw ParityError("\(path): the Actions sheet has no column headed '\(title)'; write the log again with parity gap --format xlsx", at: sheet.location(row: 1, column: 1), code: .unreadableFile)
        }
        let rows = sheet.rows.dropFirst().map { row -> Row in
            func cell(_ title: String) -> XlsxValue? {
                guard let value = row.cells[columns[title]!] else { return nil }
                if case .text(let text) = value, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return nil }
                return value
            }
            return Row(number: row.number, id: cell(ActionLog.Header.id).map { $0.text.trimmingCharacters(in: .whitespaces) },
                       update: cell(ActionLog.Header.update), revisedDue: cell(ActionLog.Header.revisedDue),
                       ownerStatus: cell(ActionLog.Header.ownerStatus), ownerDoneOn: cell(ActionLog.Header.ownerDoneOn),
                       updatedBy: cell(ActionLog.Header.updatedBy), baf: cell(ActionLog.Header.baf))
        }
        return TrackerSheet(file: path, asOf: asOf, revision: revision, fingerprints: fingerprints, rows: rows, columns: columns)
    }

    /// Where a row's cell under `header` is, as errors name it.
    public func location(row: Int, header: String) -> SourceLocation {
        SourceLocation(file: file, line: row, column: columns[header] ?? 1)
    }
}
