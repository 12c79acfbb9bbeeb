/// SpreadsheetML pieces for the action tracker workbook: cells written as inline strings,
/// numbers or dates (never as formulas, so a title such as `=HYPERLINK(…)` stays text by
/// construction), the styles for headers, dates, RAG fills and owners' input cells, print
/// setup, and the package parts.
enum SpreadsheetML {
    enum Cell: Equatable {
        case text(String)
        case number(Double)
        case date(CivilDate)
        case rag(RAG)
        case empty
    }

    /// One column of a sheet: its header, width in characters, whether long text wraps,
    /// whether owners type into it, and whether it is printed.
    struct Column {
        var header: String
        var width: Double
        var wraps = false
        var owners = false
        var date = false
        var printed = true
    }

    /// A drop-down list of values on a column's data rows.
    struct ListValidation {
        var column: Int
        var values: [String]
        var error: String
    }

    /// A sheet: its columns and rows, the printed page title, the owners' drop-downs and
    /// a conditional format (a formula over row 2, its fill red) on every data row.
    struct Sheet {
        var name: String
        var columns: [Column]
        var rows: [[Cell]]
        var title: String
        var lists: [ListValidation] = []
        var highlight: String?
    }

    /// Style indexes into `styles`' cellXfs.
    private enum Style: Int {
        case plain = 0, header, date, red, amber, green, grey, wrap, ownerHeader, ownerText, ownerDate, top
    }

    /// Points of one line of 10 pt Arial, and of the page body that A4 landscape leaves
    /// inside the margins `sheet` writes (0.3 in each side, 0.75 in top and bottom).
    static let lineHeight = 12.75
    static let printableWidth = (11.69 - 0.6) * 72
    static let printableHeight = (8.27 - 1.5) * 72

    /// One worksheet: a frozen header row with filters, then the rows; printed landscape,
    /// one page wide, the header repeated on each page, with manual page breaks that share
    /// the rows evenly between pages so that no page holds a stray row or two.
    static func sheet(_ sheet: Sheet) -> String {
        let columns = sheet.columns
        let lastColumn = column(columns.count)
        let lastRow = sheet.rows.count + 1
        var out = OfficePackage.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        // Without fitToPage, Excel ignores fitToWidth and prints at 100 %.
        out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        out += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"\(lineHeight)\"/><cols>"
        out += columns.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element.width)\" customWidth=\"1\"/>" }.joined()
        out += "</cols><sheetData>"
        let heights = ([columns.map { Cell.text($0.header) }] + sheet.rows).map { height(of: $0, columns) }
        out += row(1, columns.map { .text($0.header) }, columns, height: heights[0], header: true)
        for (index, cells) in sheet.rows.enumerated() {
            out += row(index + 2, cells, columns, height: heights[index + 1], header: false)
        }
        out += "</sheetData>"
        out += "<autoFilter ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        if let highlight = sheet.highlight, !sheet.rows.isEmpty {
            out += "<conditionalFormatting sqref=\"A2:\(lastColumn)\(lastRow)\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"1\">"
            out += "<formula>\(XML.escape(highlight))</formula></cfRule></conditionalFormatting>"
        }
        out += validations(sheet, lastRow: lastRow)
        out += "<printOptions gridLines=\"1\"/>"
        out += "<pageMargins left=\"0.3\" right=\"0.3\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        // In a header, & starts a code: a literal one is written twice.
        let printed = XML.escape(sheet.title.replacingOccurrences(of: "&", with: "&&"))
        out += "<headerFooter><oddHeader>&amp;L\(printed)</oddHeader><oddFooter>&amp;LPrepared with parity&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"
        let breaks = pageBreaks(rowHeights: Array(heights.dropFirst()), header: heights[0], columns: columns)
        if !breaks.isEmpty {
            out += "<rowBreaks count=\"\(breaks.count)\" manualBreakCount=\"\(breaks.count)\">"
            out += breaks.map { "<brk id=\"\($0)\" max=\"16383\" man=\"1\"/>" }.joined()
            out += "</rowBreaks>"
        }
        return out + "</worksheet>"
    }

    /// Owners' drop-downs, and dates only in owners' date columns, on every data row and
    /// as many again below, where an owner may add a row.
    private static func validations(_ sheet: Sheet, lastRow: Int) -> String {
        let dates = sheet.columns.enumerated().filter { $0.element.owners && $0.element.date }.map { $0.offset + 1 }
        guard !sheet.lists.isEmpty || !dates.isEmpty, !sheet.rows.isEmpty else { return "" }
        var out = "<dataValidations count=\"\(sheet.lists.count + (dates.isEmpty ? 0 : 1))\">"
        for list in sheet.lists {
            let range = "\(column(list.column))2:\(column(list.column))\(lastRow)"
            out += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" error=\"\(XML.escape(list.error))\" sqref=\"\(range)\">"
            out += "<formula1>\(XML.escape("\"" + list.values.joined(separator: ",") + "\""))</formula1></dataValidation>"
        }
        if !dates.isEmpty {
            let ranges = dates.map { "\(column($0))2:\(column($0))\(lastRow)" }.joined(separator: " ")
            out += "<dataValidation type=\"date\" operator=\"greaterThan\" allowBlank=\"1\" showErrorMessage=\"1\" error=\"Type a date, such as 31/05/2024.\" sqref=\"\(ranges)\">"
            out += "<formula1>1</formula1></dataValidation>"
        }
        return out + "</dataValidations>"
    }

    private static func row(_ number: Int, _ cells: [Cell], _ columns: [Column], height: Double, header: Bool) -> String {
        var out = "<row r=\"\(number)\" ht=\"\(height)\" customHeight=\"1\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(column(index + 1))\(number)"
            let spec = columns[index]
            switch cell {
            case .text(let text):
                // Excel holds at most 32,767 characters in a cell.
                let clipped = text.count > 32_000 ? String(text.prefix(32_000)) + "…" : text
                let style: Style = header ? (spec.owners ? .ownerHeader : .header)
                    : spec.owners ? .ownerText : (spec.wraps || text.contains("\n")) ? .wrap : .top
                out += "<c r=\"\(reference)\" t=\"inlineStr\"\(attribute(style))><is><t xml:space=\"preserve\">\(XML.escape(clipped))</t></is></c>"
            case .number(let value):
                out += "<c r=\"\(reference)\"\(attribute(.top))><v>\(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))</v></c>"
            case .date(let date):
                out += "<c r=\"\(reference)\"\(attribute(spec.owners ? .ownerDate : .date))><v>\(serial(date))</v></c>"
            case .rag(let rag):
                let style: Style = [.red: .red, .amber: .amber, .green: .green, .grey: .grey][rag]!
                out += "<c r=\"\(reference)\" t=\"inlineStr\"\(attribute(style))><is><t>\(rag.label)</t></is></c>"
            case .empty:
                // An owner's empty cell keeps its fill and format, so a typed date is a date.
                if spec.owners, !header { out += "<c r=\"\(reference)\"\(attribute(spec.date ? .ownerDate : .ownerText))/>" }
            }
        }
        return out + "</row>"
    }

    /// Excel's serial day in the 1900 date system: days since 1899-12-30.
    static func serial(_ date: CivilDate) -> Int {
        date.dayNumber + 25_569
    }

    /// The height of a row in points: enough lines for the longest printed text at its
    /// column's width, wrapped at spaces as a spreadsheet wraps it. Arial at 10 pt averages
    /// about 1.3 characters per unit of column width; 1.15 is assumed, so that a row is
    /// never too short for its text.
    static func height(of cells: [Cell], _ columns: [Column]) -> Double {
        var lines = 1
        for (index, cell) in cells.enumerated() where columns[index].printed {
            guard case .text(let text) = cell else { continue }
            let perLine = max(1, Int(columns[index].width * 1.15))
            let needed = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
                total + wrappedLines(paragraph, perLine: perLine)
            }
            lines = max(lines, needed)
        }
        return Double(lines) * lineHeight + 3
    }

    /// Lines a paragraph takes, filled word by word; a word longer than a line is broken.
    static func wrappedLines(_ paragraph: Substring, perLine: Int) -> Int {
        var lines = 1, used = 0
        for word in paragraph.split(separator: " ") {
            let length = word.count
            if used == 0 {
                lines += (length - 1) / perLine
                used = (length - 1) % perLine + 1
            } else if used + 1 + length <= perLine {
                used += 1 + length
            } else {
                lines += 1 + (length - 1) / perLine
                used = (length - 1) % perLine + 1
            }
        }
        return lines
    }

    /// The rows after which a new page starts (1-based sheet rows), so that every page
    /// holds about the same height of rows. The printed scale is what fitting the printed
    /// columns to the page's width gives; pages are planned at 90 % of the body's height,
    /// so that neither Excel nor LibreOffice breaks a page earlier than planned.
    static func pageBreaks(rowHeights: [Double], header: Double, columns: [Column]) -> [Int] {
        // Column width in characters to points: 7 px a character and 5 px of padding, at 96 px an inch.
        let width = columns.filter(\.printed).reduce(0.0) { $0 + ($1.width * 7 + 5) * 0.75 }
        let scale = min(1, printableWidth / width)
        let capacity = printableHeight / scale * 0.9 - header
        let total = rowHeights.reduce(0, +)
        let tallest = rowHeights.max() ?? 0
        guard total > capacity, capacity > tallest * 2 else { return [] }
        // A page holds its share and at most half a row more (see below): the share must leave room for it.
        let pages = Int((total / (capacity - tallest / 2)).rounded(.up))
        let share = total / Double(pages)
        var breaks: [Int] = []
        var height = 0.0
        for (index, row) in rowHeights.enumerated() {
            // A row starts the next page when most of it lies past this page's share.
            if height + row / 2 > share * Double(breaks.count + 1), breaks.count < pages - 1, index > 0 {
                breaks.append(index + 1)
            }
            height += row
        }
        return fewestRows(breaks, rowHeights: rowHeights, capacity: capacity)
    }

    /// The breaks with no page of fewer than three rows where the page's height allows:
    /// a short page takes rows from the page before or after it, or joins it.
    static func fewestRows(_ breaks: [Int], rowHeights: [Double], capacity: Double) -> [Int] {
        // Pages as ranges of indexes into rowHeights.
        var pages = zip([0] + breaks.map { $0 - 1 }, breaks.map { $0 - 1 } + [rowHeights.count]).map { $0..<$1 }
        func height(_ range: Range<Int>) -> Double { rowHeights[range].reduce(0, +) }
        var index = 0
        while index < pages.count {
            guard pages[index].count < 3, pages.count > 1 else { index += 1; continue }
            let before = index > 0 ? index - 1 : nil, after = index + 1 < pages.count ? index + 1 : nil
            let neighbours = [before, after].compactMap { $0 }.sorted { pages[$0].count > pages[$1].count }
            if let join = neighbours.first(where: { height(pages[$0]) + height(pages[index]) <= capacity }) {
                let merged = min(pages[join].lowerBound, pages[index].lowerBound)..<max(pages[join].upperBound, pages[index].upperBound)
                pages[min(join, index)] = merged
                pages.remove(at: max(join, index))
                index = 0
                continue
            }
            // Take rows one at a time from the larger neighbour while it keeps three and this page fits.
            var moved = false
            for neighbour in neighbours where pages[neighbour].count > 3 {
                while pages[index].count < 3, pages[neighbour].count > 3 {
                    let row = neighbour < index ? pages[neighbour].upperBound - 1 : pages[neighbour].lowerBound
                    guard height(pages[index]) + rowHeights[row] <= capacity else { break }
                    if neighbour < index {
                        pages[neighbour] = pages[neighbour].lowerBound..<row
                        pages[index] = row..<pages[index].upperBound
                    } else {
                        pages[neighbour] = (row + 1)..<pages[neighbour].upperBound
                        pages[index] = pages[index].lowerBound..<(row + 1)
                    }
                    moved = true
                }
            }
            if !moved || pages[index].count >= 3 { index += 1 }
        }
        return pages.dropLast().map { $0.upperBound + 1 }
    }

    private static func attribute(_ style: Style) -> String {
        style == .plain ? "" : " s=\"\(style.rawValue)\""
    }

    /// A, B, … Z, AA, AB …
    static func column(_ number: Int) -> String {
        var n = number, out = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + remainder))) + out
            n = (n - 1) / 26
        }
        return out
    }

    // MARK: Package parts

    /// The workbook: its sheets (the last `hidden` ones hidden), and for each visible
    /// sheet the header row repeated on every printed page and the printed columns.
    static func workbook(sheets: [Sheet], hidden: [String]) -> String {
        var names: [String] = []
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let printed = sheet.columns.firstIndex { !$0.printed } ?? sheet.columns.count
            names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(XML.escape(quoted))!$A$1:$\(column(sheet.columns.count))$\(sheet.rows.count + 1)</definedName>")
            names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"\(index)\">\(XML.escape(quoted))!$A$1:$\(column(printed))$\(sheet.rows.count + 1)</definedName>")
            names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XML.escape(quoted))!$1:$1</definedName>")
        }
        let all = sheets.map(\.name) + hidden
        return OfficePackage.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView activeTab="0"/></bookViews><sheets>\
            \(all.enumerated().map { "<sheet name=\"\(XML.escape($0.element))\" sheetId=\"\($0.offset + 1)\"\($0.offset >= sheets.count ? " state=\"hidden\"" : "") r:id=\"rIdSheet\($0.offset + 1)\"/>" }.joined())\
            </sheets><definedNames>\(names.joined())</definedNames></workbook>
            """
    }

    /// A plain sheet of text cells, for the hidden sheet a program reads back.
    static func dataSheet(_ rows: [[String]]) -> String {
        var out = OfficePackage.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (index, cells) in rows.enumerated() {
            out += "<row r=\"\(index + 1)\">"
            for (position, text) in cells.enumerated() {
                out += "<c r=\"\(column(position + 1))\(index + 1)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XML.escape(text))</t></is></c>"
            }
            out += "</row>"
        }
        return out + "</sheetData></worksheet>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        OfficePackage.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \((1...sheets).map { "<Relationship Id=\"rIdSheet\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>" }.joined())\
            <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    static func contentTypes(sheets: Int) -> String {
        OfficePackage.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \((1...sheets).map { "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }

    static let packageRelationships = OfficePackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// Fonts, fills and cell formats in the order of `Style`: cells
    /// top-aligned, headers bold and wrapped on grey (owners' on yellow), dates as 15 Apr 2024, RAG words on
    /// their colours, long text wrapped, owners' input cells on pale yellow; and the red
    /// of an overdue row (dxf 0).
    static let styles = OfficePackage.declaration + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="d\\ mmm\\ yyyy"/></numFmts>\
        <fonts count="3"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font>\
        <font><b/><sz val="10"/><color rgb="FFFFFFFF"/><name val="Arial"/></font></fonts>\
        <fills count="9"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE8EDEE"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFC62828"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFF2B300"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FF007A33"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFF8DC"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="12">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="5" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="6" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="7" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="8" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="8" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1" applyAlignment="1"><alignment horizontal="left" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        <dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>\
        </styleSheet>
        """
}
