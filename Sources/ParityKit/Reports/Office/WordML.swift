import Foundation

/// WordprocessingML pieces for the Word paper: paragraphs in named styles, runs, tables
/// with a repeated header row and shaded cells, and the package's fixed parts. Every
/// string goes through `XML.escape`; a line break in repository text becomes `<w:br/>`.
enum WordML {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
        """

    /// A run of text, bold or not, its line breaks kept.
    static func run(_ text: String, bold: Bool = false, colour: String? = nil) -> String {
        var properties = bold ? "<w:b/>" : ""
        if let colour { properties += "<w:color w:val=\"\(colour)\"/>" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "<w:t xml:space=\"preserve\">\(XML.escape(String($0)))</w:t>" }
            .joined(separator: "<w:br/>")
        return "<w:r>\(properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")\(lines)</w:r>"
    }

    /// A paragraph of runs in a style ("Heading1", "ListBullet", "Caption"…).
    static func paragraph(_ runs: String, style: String? = nil, keepWithNext: Bool = false) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if keepWithNext { properties += "<w:keepNext/>" }
        return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs)</w:p>"
    }

    /// A paragraph of one run. A bold one ("Current state", "Gap") is a run-in heading
    /// and, like a Heading style, keeps with the paragraph after it, so it never ends a page.
    static func text(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        paragraph(run(text, bold: bold), style: style, keepWithNext: bold || style?.hasPrefix("Heading") == true)
    }

    static func heading(_ text: String, level: Int) -> String {
        self.text(text, style: "Heading\(level)")
    }

    static func bullets(_ items: [String]) -> [String] {
        items.map { text($0, style: "ListBullet") }
    }

    /// A page break, for one place only: before the appendices. Anywhere else it leaves
    /// the page above it part empty; headings keep with what follows without it.
    static let pageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"

    /// The text width of an A4 page with 2 cm margins, portrait and landscape, in
    /// twentieths of a point (dxa).
    static let textWidth = 9638, landscapeTextWidth = 14570

    /// A picture that takes the width of the cell it is in (less the cell's margins) and
    /// the height its pixels' proportions give, so the two cannot disagree.
    struct Picture {
        var relationship: String
        var id: Int
        var name: String
        var description: String
        var pixelWidth: Int
        var pixelHeight: Int
        /// The narrowest cell, in dxa, in which the picture still reads.
        var minimumWidth: Int

        /// The `<w:drawing>` run for a cell `cellWidth` dxa wide: 635 EMU to the dxa.
        func drawing(cellWidth: Int) -> String {
            let width = max(1, cellWidth - WordColumns.cellMargins) * 635
            return WordML.picture(relationship: relationship, id: id, name: name, description: description,
                                  widthEMU: width, heightEMU: width * pixelHeight / pixelWidth)
        }
    }

    /// A table cell: its text, bold or not, and a fill with the text colour that reads on it.
    struct Cell {
        var text: String
        var bold = false
        var fill: String?
        var colour: String?
        var picture: Picture?

        init(_ text: String, bold: Bool = false, fill: String? = nil, colour: String? = nil) {
            self.text = text
            self.bold = bold
            self.fill = fill
            self.colour = colour
        }

        /// A cell holding an inline picture, drawn at the cell's width, instead of text.
        static func picture(_ picture: Picture) -> Cell {
            var cell = Cell("")
            cell.picture = picture
            return cell
        }

        /// A RAG rating as Word shows it: the word, on its colour.
        static func rag(_ rag: RAG) -> Cell {
            switch rag {
            case .red: return Cell(rag.label, bold: true, fill: "C62828", colour: "FFFFFF")
            case .amber: return Cell(rag.label, bold: true, fill: "F2B300", colour: "000000")
            case .green: return Cell(rag.label, bold: true, fill: "007A33", colour: "FFFFFF")
            case .grey: return Cell(rag.label, bold: true, fill: "D9D9D9", colour: "000000")
            }
        }
    }

    /// A table in the "ParityTable" style. Widths are in dxa; without them the columns are
    /// sized from their content across `total` (the page's text width), and given widths
    /// too narrow for a column's longest word are widened (`WordColumns`), so no word
    /// breaks inside itself. The header row, and the title row above it when there is one
    /// (an owner's name, say), repeat on every page the table runs onto; no row splits
    /// across pages, and the header rows keep with the first row below them.
    static func table(header: [String], rows: [[Cell]], widths: [Int]? = nil, total: Int = textWidth,
                      titleRow: String? = nil) -> String {
        let widths = WordColumns.widths(header: header, rows: rows, given: widths, total: total)
        let width = widths.reduce(0, +)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ParityTable\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
        out += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        if let titleRow {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            out += "<w:gridSpan w:val=\"\(widths.count)\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D0DCE2\"/></w:tcPr>"
            out += paragraph(run(titleRow, bold: true), style: "TableText", keepWithNext: true) + "</w:tc></w:tr>"
        }
        out += row(header.map { Cell($0, bold: true, fill: "E8EDEE") }, widths: widths, header: true)
        out += rows.map { row($0, widths: widths, header: false) }.joined()
        return out + "</w:tbl>" + paragraph("", style: "TableGap")
    }

    private static func row(_ cells: [Cell], widths: [Int], header: Bool) -> String {
        var out = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
        for (cell, width) in zip(cells, widths) {
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if let fill = cell.fill { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
            out += "</w:tcPr>"
            out += cell.picture.map { "<w:p>\($0.drawing(cellWidth: width))</w:p>" }
                ?? paragraph(run(cell.text, bold: cell.bold, colour: cell.colour), style: "TableText", keepWithNext: header)
            out += "</w:tc>"
        }
        return out + "</w:tr>"
    }

    /// An inline picture of `widthEMU` × `heightEMU` (914400 to the inch), with alt text.
    static func picture(relationship: String, id: Int, name: String, description: String, widthEMU: Int, heightEMU: Int) -> String {
        """
        <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(widthEMU)" cy="\(heightEMU)"/>\
        <wp:docPr id="\(id)" name="\(XML.escape(name))" descr="\(XML.escape(description))"/>\
        <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
        <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
        <pic:nvPicPr><pic:cNvPr id="\(id)" name="\(XML.escape(name))" descr="\(XML.escape(description))"/><pic:cNvPicPr/></pic:nvPicPr>\
        <pic:blipFill><a:blip r:embed="\(relationship)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
        <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(widthEMU)" cy="\(heightEMU)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
        </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    }

    // MARK: Fixed parts

    static func contentTypes(images: Bool) -> String {
        OfficePackage.declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            \(images ? "<Default Extension=\"png\" ContentType=\"image/png\"/>" : "")\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }

    static let packageRelationships = OfficePackage.declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static func documentRelationships(images: [String]) -> String {
        OfficePackage.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
            <Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
            \(images.enumerated().map { "<Relationship Id=\"rIdImage\($0.offset + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/\($0.element)\"/>" }.joined())\
            </Relationships>
            """
    }

    /// The content types with a trust's template's theme, font table and pictures added.
    static func contentTypes(images: Bool, template: [String: Data]) -> String {
        var xml = contentTypes(images: images)
        var extra = ""
        if template["word/theme/theme1.xml"] != nil {
            extra += "<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        }
        if template["word/fontTable.xml"] != nil {
            extra += "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        }
        // Pictures a template's header carries may be JPEG as well as PNG.
        for ext in Set(template.keys.filter { $0.hasPrefix("word/media/") }.compactMap { $0.split(separator: ".").last.map(String.init) }).sorted()
            where ext.lowercased() != "png" {
            let type = ["jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "emf": "image/x-emf", "wmf": "image/x-wmf"][ext.lowercased()] ?? "application/octet-stream"
            extra += "<Default Extension=\"\(XML.escape(ext))\" ContentType=\"\(type)\"/>"
        }
        xml = xml.replacingOccurrences(of: "</Types>", with: extra + "</Types>")
        return xml
    }

    /// The document's relationships with a trust's template's theme and font table added.
    static func documentRelationships(images: [String], template: [String: Data]) -> String {
        var xml = documentRelationships(images: images)
        var extra = ""
        if template["word/theme/theme1.xml"] != nil {
            extra += "<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>"
        }
        if template["word/fontTable.xml"] != nil {
            extra += "<Relationship Id=\"rIdFontTable\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
        }
        xml = xml.replacingOccurrences(of: "</Relationships>", with: extra + "</Relationships>")
        return xml
    }

    /// A4 portrait, 2 cm margins, the header and footer on every page.
    static let section = """
        <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>\
        <w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
        """

    /// A4 landscape, 2 cm margins, for the rollup's matrix of many organisations (text width 14570).
    static let landscapeSection = """
        <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>\
        <w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
        """

    static func header(_ text: String) -> String {
        OfficePackage.declaration + "<w:hdr \(namespaces)>" + paragraph(run(text), style: "Header") + "</w:hdr>"
    }

    /// "Page N of M", from Word's fields, so it is right however the paper is printed.
    static func footer(_ text: String) -> String {
        OfficePackage.declaration + "<w:ftr \(namespaces)>" + paragraph(
            run(text + " · Page ") + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + run(" of ") + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
            style: "Footer") + "</w:ftr>"
    }

    static let settings = OfficePackage.declaration + """
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat/></w:settings>
        """

    /// One bullet list, which the "ListBullet" style uses.
    static let numbering = OfficePackage.declaration + """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
        <w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """

    /// parity's own styles: a trust's template (`--template`) replaces them, keeping these
    /// style ids (Title, Heading1–3, ListBullet, Caption, TableText, ParityTable…).
    static let styles = OfficePackage.declaration + """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
        <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="44"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:rPr><w:color w:val="425563"/><w:sz w:val="24"/></w:rPr></w:style>\
        \((1...3).map { level in
            let size = [0, 32, 26, 23][level]
            return "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 360 : 240)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:color w:val=\"\(level == 1 ? "005EB8" : "231F20")\"/><w:sz w:val=\"\(size)\"/></w:rPr></w:style>"
        }.joined())\
        <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:rPr><w:i/><w:color w:val="425563"/><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="TableGap"><w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="425563"/><w:sz w:val="16"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="425563"/><w:sz w:val="16"/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
        <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="table" w:styleId="ParityTable"><w:name w:val="Parity Table"/><w:basedOn w:val="TableNormal"/><w:tblPr>\
        <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders>\
        <w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    /// Core and application properties, dated by the as-of date, not the clock.
    static func core(title: String, date: CivilDate) -> String {
        OfficePackage.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(XML.escape(title))</dc:title><dc:creator>parity</dc:creator>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(date)T00:00:00Z</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(date)T00:00:00Z</dcterms:modified></cp:coreProperties>
            """
    }

    static func app(_ application: String) -> String {
        OfficePackage.declaration + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>\(XML.escape(application))</Application></Properties>
            """
    }
}
