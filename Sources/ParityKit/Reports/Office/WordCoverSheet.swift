/// A board paper's cover sheet as a Word table: one row per particular, its label in a
/// shaded first column and its text beside it, so a trust's secretary finds each where
/// NHS cover sheets put it, and python-docx or a screen reader reads it as label and text.
enum WordCoverSheet {
    /// Label and text columns, in twentieths of a point, filling the page's text width.
    static func table(_ rows: [(label: String, text: String)], width: Int = 9638) -> String {
        let label = width * 28 / 100, text = width - label
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ParityTable\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
        out += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0080\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        out += "<w:tblCaption w:val=\"Cover sheet\"/></w:tblPr>"
        out += "<w:tblGrid><w:gridCol w:w=\"\(label)\"/><w:gridCol w:w=\"\(text)\"/></w:tblGrid>"
        for row in rows {
            out += "<w:tr>"
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(label)\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EDEE\"/></w:tcPr>"
            out += WordML.paragraph(WordML.run(row.label, bold: true), style: "TableText") + "</w:tc>"
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(text)\" w:type=\"dxa\"/></w:tcPr>"
            out += row.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { WordML.paragraph(WordML.run(String($0)), style: "TableText") }.joined()
            out += "</w:tc></w:tr>"
        }
        return out + "</w:tbl>" + WordML.paragraph("", style: "TableGap")
    }
}
