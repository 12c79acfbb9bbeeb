import Foundation
import Testing
@testable import ParityKit

/// Repository text is data: every format escapes it.
@Suite struct ReportSafetyTests {
    func hostileAssessment() throws -> Assessment {
        let pack = try RulePackLoader.load(text: testPack, file: "rules/test.yaml", isBuiltin: false)
        let item = EvidenceItem(
            id: "POL-<1>", title: "<script>alert(1)</script> =HYPERLINK(\"http://x\") | *bold* [link](x)",
            kind: "policy", status: .draft, satisfies: ["T.1"],
            actions: [ActionItem(what: "=1+1, \"quoted\"\nsecond line", owner: "@owner", due: CivilDate("2024-01-01"), status: .open, location: .file("a.md"))],
            path: "a.md", location: .file("a.md"))
        let config = TrustConfig(organisation: "<b>Trust</b> & Co", packs: [], location: .file("parity.yaml"))
        return Evaluator.evaluate(packs: [pack], inventory: Inventory(config: config, items: [item]), asOf: CivilDate("2024-02-01"))
    }

    @Test func markdownPassesNoRawHTMLOrMarkup() throws {
        let markdown = ReportFormat.markdown.render(try hostileAssessment())
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains("&lt;b&gt;Trust&lt;/b&gt; &amp; Co"))
        #expect(markdown.contains("\\*bold\\* \\[link\\](x)"))
        #expect(markdown.contains("\\|"))
        // Every table row still has exactly its own cells: as many as its table's header.
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let unescapedBars = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let columns { #expect(unescapedBars == columns, "\(line)") } else { columns = unescapedBars }
        }
    }

    @Test func csvQuotesPerRFC4180AndDisarmsFormulas() {
        #expect(CSVReport.cell("plain") == "plain")
        #expect(CSVReport.cell("a,b") == "\"a,b\"")
        #expect(CSVReport.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVReport.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVReport.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVReport.cell("+1") == "'+1")
        #expect(CSVReport.cell("-1") == "'-1")
        #expect(CSVReport.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVReport.cell("\tx") == "'\tx")
    }

    @Test func csvHasOneRowPerRule() throws {
        let csv = ReportFormat.csv.render(try hostileAssessment(), options: .init(bom: false))
        #expect(csv.hasPrefix(CSVReport.columns.joined(separator: ",") + "\r\n"))
        #expect(csv.hasSuffix("\r\n"))
    }

    /// Excel on Windows reads a CSV opened by double-click as UTF-8 only when it starts with
    /// EF BB BF; without it en-dashes and non-ASCII names come out garbled.
    @Test func csvStartsWithAByteOrderMarkUnlessToldNot() throws {
        let assessment = try hostileAssessment()
        let header = Array((CSVReport.columns.joined(separator: ",") + "\r\n").utf8)
        let marked = Array(ReportFormat.csv.render(assessment).utf8)
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(marked.dropFirst(3).prefix(header.count)) == header)
        let plain = Array(ReportFormat.csv.render(assessment, options: .init(bom: false)).utf8)
        #expect(Array(plain.prefix(header.count)) == header)
        #expect(Array(marked.dropFirst(3)) == plain)
        // Only the CSV carries the mark.
        for format in ReportFormat.allCases where format != .csv {
            #expect(!format.render(assessment).hasPrefix(CSVReport.byteOrderMark), "\(format)")
        }
    }

    @Test func jsonEscapesAndRoundTrips() throws {
        let assessment = try hostileAssessment()
        let json = ReportFormat.json.render(assessment)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(Assessment.self, from: Data(json.utf8))
        #expect(decoded == assessment)
    }

    @Test func textReportUsesColourOnlyWhenAsked() throws {
        let assessment = try hostileAssessment()
        #expect(!ReportFormat.text.render(assessment).contains("\u{1B}["))
        #expect(ReportFormat.text.render(assessment, options: .init(color: true)).contains("\u{1B}[31m"))
    }
}
