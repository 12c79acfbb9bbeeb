/// A CSV file split into fields, each with the line and column it starts at, so a bad
/// figure can be reported where it is. RFC 4180: quoted fields may hold commas, doubled
/// quotes and line breaks; CRLF and LF both end a record.
///
/// SwiftCSV parses the same grammar but keeps no positions, and a data team's file is
/// fixed by line number, so this small reader is parity's own.
struct CSVTable {
    struct Field {
        var text: String
        var location: SourceLocation
    }

    /// Every record with at least one non-empty field, the header first.
    let records: [[Field]]

    init(text: String, file: String) throws {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = ""
        var fieldStart = SourceLocation(file: file, line: 1, column: 1)
        var line = 1, column = 1
        var inQuotes = false
        var quoteOpenedAt = fieldStart
        var atFieldStart = true
        var characters = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?

        func endField() {
            record.append(Field(text: field, location: fieldStart))
            field = ""
            atFieldStart = true
        }
        func endRecord() {
            endField()
            if record.contains(where: { !$0.text.trimmingWhitespace.isEmpty }) { records.append(record) }
            record = []
        }

        while let scalar = pending ?? characters.next() {
            pending = nil
            if scalar == "\u{FEFF}", line == 1, column == 1 { continue }
            if atFieldStart {
                fieldStart = SourceLocation(file: file, line: line, column: column)
                atFieldStart = false
            }
            if inQuotes {
                if scalar == "\"" {
                    let next = characters.next()
                    column += 1
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        column += 1
                    } else {
                        inQuotes = false
                        pending = next
                    }
                    continue
                }
                field.unicodeScalars.append(scalar)
                if scalar == "\r" {
                    // Inside quotes too, CRLF is one line break and a lone CR is one.
                    let next = characters.next()
                    if next == "\n" { field.unicodeScalars.append("\n") } else { pending = next }
                    line += 1
                    column = 1
                } else if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteOpenedAt = SourceLocation(file: file, line: line, column: column)
                column += 1
            case ",":
                endField()
                column += 1
            case "\r":
                // CRLF ends a record once; a lone CR (old Mac exports) ends it too.
                let next = characters.next()
                endRecord()
                line += 1
                column = 1
                if next != "\n" { pending = next }
            case "\n":
                endRecord()
                line += 1
                column = 1
            default:
                field.unicodeScalars.append(scalar)
                column += 1
            }
        }
        if inQuotes { throw ParityError("a quoted field is never closed", at: quoteOpenedAt) }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        self.records = records
    }
}
