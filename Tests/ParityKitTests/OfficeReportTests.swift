import Foundation
import Testing
import ZIPFoundation
@testable import ParityKit

/// The Word paper and the Excel tracker: real packages with the parts Word and Excel need,
/// every rule and action in them, repository text as text, and a trust's template used.
@Suite struct OfficeReportTests {
    let repository: LoadedRepository
    let assessment: Assessment

    init() throws {
        repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
        assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
    }

    /// The parts of a ZIP package by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    @Test func theWordPaperHasWordStructureAndEveryRuleAndAction() throws {
        let plan = PlanTracker.track(repository, assessment: assessment)
        let parts = try Self.parts(ReportFormat.docx.data(assessment, options: .init(plan: plan)))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
                     "word/footer1.xml", "word/header1.xml", "word/_rels/document.xml.rels", "docProps/core.xml"] {
            #expect(parts[part] != nil, "no \(part)")
        }
        let document = try #require(parts["word/document.xml"])
        for level in 1...3 { #expect(document.contains("<w:pStyle w:val=\"Heading\(level)\"/>")) }
        #expect(document.contains("<w:tblHeader/>"), "table headers repeat on each page")
        #expect(document.contains("Equality, diversity and inclusion: position against national expectations"))
        #expect(document.contains("<w:tblCaption w:val=\"Cover sheet\"/>"))
        for rule in assessment.rules { #expect(document.contains(">\(XML.escape(rule.id)) "), "\(rule.id)") }
        for action in assessment.rules.flatMap(\.actions) { #expect(document.contains(XML.escape(action.what))) }
        #expect(document.contains("w:fill=\"C62828\"") && document.contains(">RED<"), "RED as a word on its colour")
        #expect(document.contains("Appendix C: Race equality one-year plan, timeline") && document.contains("Phase 3"))
        #expect(try #require(parts["word/footer1.xml"]).contains("w:instr=\" PAGE \""))
        // One picture per pack, each a PNG with alt text naming its counts.
        let pictures = parts.keys.filter { $0.hasPrefix("word/media/") }
        #expect(pictures.count == assessment.packs.count)
        #expect(document.contains("descr=\"\(XML.escape(assessment.packs[0].info.title)):"))
        let png = try Archive(data: ReportFormat.docx.data(assessment), accessMode: .read)
        var bytes = Data()
        _ = try png.extract(try #require(png["word/media/parity-rag-1.png"])) { bytes.append($0) }
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test func theWorkbookHasSheetsOfRulesActionsAndFiguresWithDatesAndNoFormulas() throws {
        let parts = try Self.parts(ReportFormat.xlsx.data(assessment))
        let rules = try #require(parts["xl/worksheets/sheet1.xml"])
        for rule in assessment.rules { #expect(rules.contains("<t xml:space=\"preserve\">\(XML.escape(rule.id))</t>")) }
        #expect(rules.contains("state=\"frozen\"") && rules.contains("<autoFilter ref=\"A1:T\(assessment.rules.count + 1)\"/>"))
        #expect(rules.contains("<c r=\"H3\" s=\"2\"><v>"), "deadlines are dates")
        let actions = try #require(parts["xl/worksheets/sheet2.xml"])
        for action in assessment.rules.flatMap(\.actions) { #expect(actions.contains(XML.escape(action.what))) }
        #expect(try #require(parts["xl/workbook.xml"]).contains("name=\"Figures\""))
        for sheet in parts.keys where sheet.hasPrefix("xl/worksheets/") { #expect(!parts[sheet]!.contains("<f>")) }
    }

    @Test func repositoryTextStaysText() throws {
        let hostile = try ReportSafetyTests().hostileAssessment()
        let word = try Self.parts(ReportFormat.docx.data(hostile))["word/document.xml"]!
        #expect(word.contains("&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&quot;http://x&quot;)"))
        #expect(!word.contains("<script>"))
        #expect(word.contains("=1+1, &quot;quoted&quot;</w:t><w:br/><w:t xml:space=\"preserve\">second line"))
        let sheets = try Self.parts(ReportFormat.xlsx.data(hostile))
        let actions = sheets["xl/worksheets/sheet2.xml"]!
        #expect(actions.contains("t=\"inlineStr\" s=\"7\"><is><t xml:space=\"preserve\">=1+1, &quot;quoted&quot;\nsecond line</t>"), "a string cell, wrapped")
        #expect(!sheets.values.contains { $0.contains("<f>") })
    }

    @Test func aTrustTemplateGivesItsStylesHeaderAndFooter() throws {
        var template = OfficePackage()
        let styles = WordML.styles.replacingOccurrences(of: "w:val=\"Arial\"", with: "w:val=\"Frutiger\"")
            .replacingOccurrences(of: "Arial", with: "Frutiger")
        template.add("[Content_Types].xml", xml: WordML.contentTypes(images: false))
        template.add("word/styles.xml", xml: styles)
        template.add("word/header3.xml", xml: WordML.header("Kingsmere Valley letterhead"))
        template.add("word/footer2.xml", xml: WordML.footer("OFFICIAL"))
        let file = FileManager.default.temporaryDirectory.appending(path: "template-\(UUID().uuidString).docx")
        try template.zipped(on: CivilDate("2024-01-01")).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let read = try WordTemplateReader.read(file.path)
        let parts = try Self.parts(ReportFormat.docx.data(assessment, options: .init(template: read)))
        #expect(parts["word/styles.xml"] == styles)
        #expect(parts["word/header1.xml"]?.contains("Kingsmere Valley letterhead") == true)
        #expect(parts["word/footer1.xml"]?.contains("OFFICIAL") == true)
        #expect(parts["word/styles.xml"] != WordML.styles)
    }

    @Test func aFileThatIsNotAWordDocumentIsRefusedByName() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "not-a-template-\(UUID().uuidString).docx")
        try Data("plain text".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: ParityError.self) { try WordTemplateReader.read(file.path) }
        do { _ = try WordTemplateReader.read(file.path) } catch let error as ParityError {
            #expect(error.message.contains(file.path) && error.message.contains("not a Word document"))
        }
    }

    @Test func theCommandLineWritesBothAndRefusesABadTemplateWithoutWriting() throws {
        let cli = CommandLineTests()
        let folder = FileManager.default.temporaryDirectory.appending(path: "office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paper = folder.appending(path: "paper.docx").path
        #expect(try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--format", "docx", "--output", paper]).status == 0)
        #expect(try Self.parts(Data(contentsOf: URL(fileURLWithPath: paper)))["word/document.xml"] != nil)
        let bad = folder.appending(path: "bad.docx").path
        try Data("no".utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try cli.parity(["gap", "policies", "--format", "docx", "--template", bad, "--output", folder.appending(path: "x.docx").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not a Word document"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "x.docx").path))
        let misplaced = try cli.parity(["gap", "policies", "--format", "html", "--template", bad])
        #expect(misplaced.status == 2)
    }
}
