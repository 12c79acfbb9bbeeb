import Foundation
import Testing
@testable import ParityKit

/// How the Word paper prints: columns wide enough for their longest word, pictures as
/// wide as their cells, every count on a RAG bar readable, headings and header rows kept
/// with what follows, and a table's title row repeated with its header.
/// .ci/paper-print-check.sh proves the same on LibreOffice's PDF.
@Suite struct WordPrintTests {
    /// The Kind column of the evidence table as it was: 1000 dxa for "communication".
    let evidence: [[WordML.Cell]] = [
        [WordML.Cell("COM-001", bold: true), WordML.Cell("Awareness campaign: \"See it. Name it. Report it.\" poster set"),
         WordML.Cell("communication"), WordML.Cell("6 November 2023 by Head of Communications"), WordML.Cell("–"), WordML.Cell("PLAN.2, PLAN.2.1")],
        [WordML.Cell("PRG-004", bold: true), WordML.Cell("HR casework development programme"),
         WordML.Cell("programme"), WordML.Cell("13 June 2023"), WordML.Cell("13 June 2025"), WordML.Cell("HR.1")],
    ]
    let header = ["Item", "Title", "Kind", "Approved", "Review due", "Relied on for"]

    @Test func aColumnTooNarrowForItsLongestWordIsWidenedFromColumnsWithRoom() {
        let given = [1100, 2938, 1000, 1900, 1300, 1400]
        let widths = WordColumns.widths(header: header, rows: evidence, given: given, total: WordML.textWidth)
        let communication = WordColumns.width(of: "communication", bold: false) + WordColumns.cellMargins
        #expect(communication > 1000, "the word did not fit the old column: the test tests nothing")
        #expect(widths[2] >= communication)
        #expect(widths.reduce(0, +) == given.reduce(0, +), "the table keeps its width")
        for (column, width) in widths.enumerated() {
            let longest = ([WordML.Cell(header[column], bold: true)] + evidence.map { $0[column] }).map { WordColumns.minimum($0) }.max()!
            #expect(width >= longest, "column \(column) is \(width) dxa, its longest word needs \(longest)")
        }
    }

    @Test func aHyphenatedIdStaysWholeWhenThePageHasRoomAndBreaksAfterAHyphenWhenNot() {
        let rows = [[WordML.Cell("MIN-BOARD-2024-03", bold: true), WordML.Cell("Trust Board minutes")]]
        let whole = WordColumns.minimum(rows[0][0], breakingHyphens: false)
        #expect(whole > WordColumns.minimum(rows[0][0]), "the id is wider whole than its widest piece")
        #expect(WordColumns.widths(header: ["Document", "Title"], rows: rows, given: [1060, 8578], total: WordML.textWidth)[0] >= whole)
        // Three ids side by side on a page too narrow for them whole: broken after hyphens.
        let three = [["MIN-BOARD-2024-03", "MIN-BOARD-2024-04", "MIN-BOARD-2024-05"].map { WordML.Cell($0, bold: true) }]
        let narrow = WordColumns.widths(header: ["A", "B", "C"], rows: three, given: nil, total: 2 * whole)
        #expect(narrow.reduce(0, +) == 2 * whole)
        #expect(narrow.allSatisfy { $0 >= WordColumns.minimum(three[0][0]) && $0 < whole })
    }

    @Test func widthsThatHoldEveryWordAreKeptAsGiven() {
        let given = [1100, 2638, 1500, 1700, 1300, 1400]
        #expect(WordColumns.widths(header: header, rows: evidence, given: given, total: WordML.textWidth) == given)
    }

    @Test func withoutWidthsColumnsAreSizedFromTheirContentAcrossThePage() {
        let widths = WordColumns.widths(header: header, rows: evidence, given: nil, total: WordML.textWidth)
        #expect(widths.reduce(0, +) == WordML.textWidth)
        #expect(widths[1] > widths[0], "the long titles get more room than the short ids")
        #expect(widths[2] >= WordColumns.minimum(WordML.Cell("communication")))
        let xml = WordML.table(header: header, rows: evidence)
        #expect(xml.contains("<w:gridCol w:w=\"\(widths[2])\"/>"), "WordML.table sizes from content by default")
    }

    @Test func aWordMayBreakOnlyAfterAHyphenOrDash() {
        #expect(WordColumns.pieces("bhdv-reduction") == ["bhdv-", "reduction"])
        #expect(WordColumns.pieces("2024-08-31") == ["2024-", "08-", "31"])
        #expect(WordColumns.pieces("HR/OD") == ["HR/OD"])
        #expect(WordColumns.pieces("-14.8") == ["-14.8"])
        // Bold is wider than regular, and both are measured, not counted.
        #expect(WordColumns.width(of: "Amber", bold: true) > WordColumns.width(of: "Amber", bold: false))
        #expect(WordColumns.width(of: "iiii", bold: false) < WordColumns.width(of: "mmmm", bold: false))
    }

    @Test func aPictureTakesItsCellsWidthLessTheMargins() throws {
        var counts = Counts([])
        (counts.red, counts.amber, counts.green) = (3, 11, 5)
        let picture = RAGBarPNG(counts: counts).picture(relationship: "rIdImage1", id: 1, name: "bar.png", description: "3 red, 11 amber, 5 green")
        for widths in [[6038, 3600], [7638, 2000]] {
            let xml = WordML.table(header: ["Pack", "RAG ratings"], rows: [[WordML.Cell("Race equality"), .picture(picture)]], widths: widths)
            let cx = (widths[1] - WordColumns.cellMargins) * 635
            #expect(xml.contains("<wp:extent cx=\"\(cx)\" cy=\"\(cx * RAGBarPNG.height / RAGBarPNG.width)\"/>"), "\(widths)")
        }
        // Too narrow a cell for the bar to read is widened to the picture's minimum.
        let narrow = WordML.table(header: ["Pack", "RAG"], rows: [[WordML.Cell("Race equality"), .picture(picture)]], widths: [8638, 1000])
        #expect(narrow.contains("<w:gridCol w:w=\"\(RAGBarPNG.minimumWidth)\"/>"))
    }

    @Test func everySegmentOfABarHasRoomForItsNumber() {
        var counts = Counts([])
        (counts.red, counts.amber, counts.green, counts.grey) = (1, 140, 1, 12)
        let segments = RAGBarPNG(counts: counts).segments
        #expect(segments.map(\.count) == [1, 140, 1, 12])
        #expect(segments.map(\.width).reduce(0, +) == RAGBarPNG.width)
        for segment in segments {
            #expect(segment.width >= PNGImage.numberWidth(String(segment.count), scale: RAGBarPNG.scale) + 2 * RAGBarPNG.margin,
                    "the segment for \(segment.count) is \(segment.width) pixels")
        }
        #expect(segments[1].width > segments[3].width, "the rest is shared by count")
        #expect(RAGBarPNG(counts: Counts([])).segments.isEmpty)
    }

    @Test func headingsHeaderRowsAndTitleRowsKeepWithWhatFollows() throws {
        let styles = WordML.styles
        for level in 1...3 {
            let style = try #require(styles.range(of: "w:styleId=\"Heading\(level)\"").map { String(styles[$0.upperBound...].prefix(400)) })
            #expect(style.contains("<w:keepNext/><w:keepLines/>"), "Heading\(level)")
        }
        #expect(WordML.text("Current state", bold: true).contains("<w:keepNext/>"), "a run-in bold heading keeps with the next paragraph")
        #expect(!WordML.text("A sentence.").contains("<w:keepNext/>"))

        let xml = WordML.table(header: header, rows: evidence, titleRow: "Director of People")
        let rows = xml.components(separatedBy: "<w:tr>").dropFirst()
        #expect(rows.count == 4)
        let title = try #require(rows.first)
        #expect(title.contains("<w:tblHeader/>") && title.contains("<w:gridSpan w:val=\"6\"/>") && title.contains(">Director of People<"))
        #expect(rows.dropFirst().first?.contains("<w:tblHeader/>") == true, "the header row repeats with the title row")
        #expect(rows.dropFirst().first?.contains("<w:keepNext/>") == true, "the header keeps with the first row")
        #expect(rows.dropFirst(2).allSatisfy { $0.contains("<w:cantSplit/>") && !$0.contains("<w:tblHeader/>") })
    }
}
