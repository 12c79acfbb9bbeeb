/// SpreadsheetML pieces for the action tracker workbook: cells written as inline strings,
/// numbers or dates (never as formulas, so a title such as `=HYPERLINK(…)` stays text by
/// construction), the styles for headers, dates and RAG fills, and the package parts.
enum SpreadsheetML {
    enum Cell {
        case text(String)
        case number(Double)
        case date(CivilDate)
        case rag(RAG)
        case empty
    }

    /// Style indexes into `styles`' cellXfs.
    private enum Style: Int {
        case plain = 0, header, date, red, amber, green, grey, wrap
    }

    /// One worksheet: a frozen header row with filters, then the rows; printed landscape,
    /// one page wide, with `title` at the top of every page.
    static func sheet(header: [String], rows: [[Cell]], widths: [Double], title: String) -> String {
        var out = OfficePackage.declaration
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        out += widths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>" }.joined()
        out += "</cols><sheetData>"
        out += row(1, header.map { .text($0) }, header: true)
        for (index, cells) in rows.enumerated() {
            out += row(index + 2, cells, header: false)
        }
        out += "</sheetData>"
        out += "<autoFilter ref=\"A1:\(column(header.count))\(rows.count + 1)\"/>"
        out += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        // In a header, & starts a code: a literal one is written twice.
        let printed = XML.escape(title.replacingOccurrences(of: "&", with: "&&"))
        out += "<headerFooter><oddHeader>&amp;L\(printed)</oddHeader><oddFooter>&amp;LPrepared with parity&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"
        return out + "</worksheet>"
    }

    private static func row(_ number: Int, _ cells: [Cell], header: Bool) -> String {
        var out = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(column(index + 1))\(number)"
            switch cell {
            case .text(let text):
                // Excel holds at most 32,767 characters in a cell.
                let clipped = text.count > 32_000 ? String(text.prefix(32_000)) + "…" : text
                let style = header ? Style.header : text.contains("\n") ? .wrap : .plain
                out += "<c r=\"\(reference)\" t=\"inlineStr\"\(attribute(style))><is><t xml:space=\"preserve\">\(XML.escape(clipped))</t></is></c>"
            case .number(let value):
                out += "<c r=\"\(reference)\"><v>\(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))</v></c>"
            case .date(let date):
                // Excel's serial day: days since 1899-12-30.
                out += "<c r=\"\(reference)\"\(attribute(.date))><v>\(date.dayNumber + 25_569)</v></c>"
            case .rag(let rag):
                let style: Style = [.red: .red, .amber: .amber, .green: .green, .grey: .grey][rag]!
                out += "<c r=\"\(reference)\" t=\"inlineStr\"\(attribute(style))><is><t>\(rag.label)</t></is></c>"
            case .empty:
                break
            }
        }
        return out + "</row>"
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

    static func workbook(sheets: [String]) -> String {
        OfficePackage.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView activeTab="0"/></bookViews><sheets>\
            \(sheets.enumerated().map { "<sheet name=\"\(XML.escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rIdSheet\($0.offset + 1)\"/>" }.joined())\
            </sheets></workbook>
            """
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
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// Fonts, fills and cell formats in the order of `Style`: header bold on grey, dates as
    /// yyyy-mm-dd, RAG words on their colours, long text wrapped.
    static let styles = OfficePackage.declaration + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="3"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font>\
        <font><b/><sz val="10"/><color rgb="FFFFFFFF"/><name val="Arial"/></font></fonts>\
        <fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE8EDEE"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFC62828"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFF2B300"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FF007A33"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="8">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="0" fontId="2" fillId="5" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="0" fontId="1" fillId="6" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
