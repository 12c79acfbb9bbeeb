import Foundation
import Testing
import ZIPFoundation
@testable import ParityKit

/// `parity rollup` over three fictional trusts: the example trust and the two variations in
/// Fixtures/rollup (other approval dates, plan start and figures; see its README). The
/// figures below are worked out by hand from those files.
@Suite struct RollupTests {
    static let asOf = CivilDate("2024-04-15")
    static let names = ["Ashcombe Hills NHS Foundation Trust", "Brindleford Community Health NHS Trust", "Kingsmere Valley NHS Trust"]

    /// The three repositories: policies/ itself and two copies with a fixture folder laid over.
    static let folders: [URL] = {
        let base = FileManager.default.temporaryDirectory.appending(path: "parity-rollup-\(UUID().uuidString)")
        var folders = [packageRoot.appending(path: "policies")]
        for variant in ["ashcombe-hills", "brindleford"] {
            let folder = base.appending(path: variant)
            try! FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            try! FileManager.default.copyItem(at: packageRoot.appending(path: "policies"), to: folder)
            let overlay = packageRoot.appending(path: "Tests/ParityKitTests/Fixtures/rollup/\(variant)")
            for case let file as URL in FileManager.default.enumerator(at: overlay, includingPropertiesForKeys: nil)! {
                guard !file.hasDirectoryPath else { continue }
                let relative = String(file.path.dropFirst(overlay.path.count + 1))
                let target = folder.appending(path: relative)
                try? FileManager.default.removeItem(at: target)
                try! FileManager.default.copyItem(at: file, to: target)
            }
            folders.append(folder)
        }
        return folders
    }()

    /// The three trusts' JSON reports as of 2024-04-15, written as `parity gap --format json` would.
    static let reports: [URL] = {
        let directory = FileManager.default.temporaryDirectory.appending(path: "parity-rollup-json-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return folders.enumerated().map { index, folder in
            let assessment = Evaluator.evaluate(try! RepositoryLoader.load(root: folder), asOf: asOf)
            let file = directory.appending(path: "trust-\(index + 1).json")
            try! Data(ReportFormat.json.render(assessment).utf8).write(to: file)
            return file
        }
    }()

    static let inputs: RollupReader.Inputs = try! RollupReader.read(reports.map(\.path), asOf: asOf)

    static func rollup(anonymise: Bool = false) throws -> Rollup {
        try Rollup.build(inputs.members, facts: inputs.facts,
                         options: Rollup.Options(anonymise: anonymise, sharedPacks: inputs.builtinPacks))
    }

    func rule(_ id: String, in rollup: Rollup) throws -> Rollup.Rule {
        try #require(rollup.rules.first { $0.id == id })
    }

    func indicator(_ id: String, in rollup: Rollup) throws -> Rollup.Indicator {
        try #require(rollup.indicators.first { $0.id == id })
    }

    @Test func organisationsAreInNameOrderWithTheirPackScores() throws {
        let rollup = try Self.rollup()
        #expect(rollup.asOf == Self.asOf)
        #expect(rollup.organisations.map(\.label) == Self.names)
        let kingsmere = try #require(rollup.organisations.last)
        #expect(kingsmere.packs.first { $0.pack == "hia6" } == Rollup.PackScore(pack: "hia6", revision: "2024.1", score: 62.5))
        #expect(rollup.packs.map(\.id).prefix(4) == ["hia6", "one-year-plan", "hr-accountability", "wres"])
        #expect(rollup.notes.isEmpty, "one revision of every pack")
    }

    @Test func matrixCellsAndCounts() throws {
        let rollup = try Self.rollup()
        // WRES.2: Ashcombe 1.00 and Brindleford 1.25 are within the band, Kingsmere 1.41 above it.
        let wres2 = try rule("WRES.2", in: rollup)
        #expect(wres2.cells.map(\.rag) == [.green, .green, .amber])
        #expect(wres2.cells.map(\.organisation) == Self.names)
        #expect(wres2.met == 2 && wres2.compared == 3 && wres2.overdue == 0 && wres2.medianDaysOverdue == nil)
        // HIA6.7 is met everywhere, before its deadline.
        let hia67 = try rule("HIA6.7", in: rollup)
        #expect(hia67.cells.map(\.rag) == [.green, .green, .green])
        #expect(hia67.met == 3 && hia67.withDeadline == 3 && hia67.metByDeadline == 3)
        // PLAN.2 (plan months 4-6, due at the end of February with a September start) is
        // 46 days overdue on 15 April; Brindleford's plan started a month earlier, so its
        // deadline was 31 January: 75 days. Median of 46, 46, 75 is 46; worst 75.
        let plan2 = try rule("PLAN.2", in: rollup)
        #expect(plan2.cells.map(\.daysOverdue) == [46, 75, 46])
        #expect(plan2.overdue == 3 && plan2.medianDaysOverdue == 46 && plan2.worstDaysOverdue == 75)
        #expect(plan2.met == 0 && plan2.metByDeadline == 0 && plan2.withDeadline == 3)
    }

    @Test func recurringGaps() throws {
        let rollup = try Self.rollup()
        // The Board's reduction targets (ACT-002) were approved on time at Ashcombe Hills
        // (2024-03-20) and late at the other two, so that gap recurs in two organisations only.
        let late = try #require(rollup.recurringGaps.first { $0.rule == "HIA6.2" && $0.gap.contains("approved by 31 March 2024") })
        #expect(late.organisations == ["Brindleford Community Health NHS Trust", "Kingsmere Valley NHS Trust"])
        #expect(late.owners == ["Board"])
        // A gap in all three comes before it.
        let first = try #require(rollup.recurringGaps.first)
        #expect(first.organisations.count == 3)
        let lateIndex = try #require(rollup.recurringGaps.firstIndex(of: late))
        #expect(rollup.recurringGaps[..<lateIndex].allSatisfy { $0.organisations.count == 3 })
        #expect(rollup.recurringGaps.allSatisfy { $0.organisations.count >= 2 })
    }

    @Test func indicatorsAgainstTheMedianAndTheNationalSeries() throws {
        let rollup = try Self.rollup()
        // WRES.2 2022/23: 1.00, 1.25, 1.41: median 1.25, spread 1.00 to 1.41.
        let wres2 = try indicator("WRES.2", in: rollup)
        #expect(wres2.figures.map(\.value) == [1.00, 1.25, 1.41])
        #expect(wres2.figures.map(\.position) == ["within", "within", "above"])
        #expect(wres2.figures.map(\.change) == [-0.52, -0.27, -0.11])
        #expect(wres2.median == 1.25 && wres2.lowest == 1.00 && wres2.highest == 1.41 && wres2.counted == 3)
        let national = try #require(wres2.reference)
        #expect(national.label == "NHS trusts in England")
        #expect(national.points.map(\.period) == ["2016", "2017", "2018", "2019", "2020", "2021"])
        #expect(national.points.last?.value == 1.61)
        #expect(national.source.contains("North-East and Yorkshire"))
        // WRES.3: Brindleford's 4 BME staff of 300 are fewer than min_cases (10): suppressed
        // and left out of the median of 1.28 and 1.63.
        let wres3 = try indicator("WRES.3", in: rollup)
        #expect(wres3.minCases == 10)
        #expect(wres3.figures.map(\.suppressed) == [false, true, false])
        #expect(wres3.figures[1].value == nil && wres3.figures[1].change == nil && wres3.figures[1].position == nil)
        #expect(wres3.median == 1.455 && wres3.counted == 2)
    }

    @Test func anonymisedLabelsAreLettersAndTheKeyNamesThem() throws {
        let rollup = try Self.rollup(anonymise: true)
        #expect(rollup.organisations.map(\.label) == ["A", "B", "C"])
        #expect(!rollup.packs.contains { $0.id == "kingsmere" }, "a trust's own pack is left out")
        #expect(rollup.notes.contains { $0.contains("own packs") })
        let key = try Rollup.key(Self.inputs.members, options: Rollup.Options(anonymise: true))
        #expect(key.map(\.label) == ["A", "B", "C"])
        #expect(key.map(\.organisation) == Self.names)
        #expect(RollupFormat.key(key).contains("A,Ashcombe Hills NHS Foundation Trust,"))
        #expect(Rollup.letters(25) == "Z" && Rollup.letters(26) == "AA" && Rollup.letters(27) == "AB")
    }

    @Test(arguments: RollupFormat.allCases)
    func anonymisedOutputNamesNoOrganisation(format: RollupFormat) throws {
        let text = format.render(try Self.rollup(anonymise: true))
        for name in Self.names + ["Kingsmere", "Ashcombe", "Brindleford"] {
            #expect(!text.localizedCaseInsensitiveContains(name), "\(format.rawValue) names \(name)")
        }
        for file in Self.reports { #expect(!text.contains(file.lastPathComponent)) }
    }

    @Test(arguments: RollupFormat.allCases, [false, true])
    func smallNumbersAreSuppressedInEveryFormat(format: RollupFormat, anonymise: Bool) throws {
        let rollup = try Self.rollup(anonymise: anonymise)
        let text = format.render(rollup)
        #expect(text.contains("fewer than 10 cases"), "\(format.rawValue)")
        // Brindleford's WRES.3 figure computed from 4 of 300 and 12 of 900 is 1.00: never shown.
        let wres3 = try indicator("WRES.3", in: rollup)
        #expect(wres3.figures.allSatisfy { $0.value != 1.00 })
        if format == .json {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let indicators = try #require(object["indicators"] as? [[String: Any]])
            let json3 = try #require(indicators.first { $0["id"] as? String == "WRES.3" })
            let figures = try #require(json3["figures"] as? [[String: Any]])
            #expect(figures[1]["suppressed"] as? Bool == true)
            #expect(figures[1]["value"] is NSNull)
        }
    }

    @Test func revisionsThatDifferAreComparedOnlyWhereTheyMatch() throws {
        var members = Self.inputs.members
        // Brindleford's report made with an older hia6 whose HIA6.7 read differently.
        let index = try #require(members.firstIndex { $0.organisation.hasPrefix("Brindleford") })
        members[index].packs = members[index].packs.map { pack in
            var pack = pack
            if pack.id == "hia6" { pack.revision = "2023.2" }
            return pack
        }
        members[index].rules = members[index].rules.map { rule in
            var rule = rule
            if rule.id == "HIA6.7" { rule.definition += " (older wording)" }
            return rule
        }
        let rollup = try Rollup.build(members, facts: Self.inputs.facts)
        // Named by the pack's title, as the papers name packs, not by its id.
        #expect(rollup.notes.contains { $0.hasPrefix("EDI Improvement Plan, High Impact Action 6") && $0.contains("is at different revisions") && $0.contains("2023.2") })
        let hia67 = try rule("HIA6.7", in: rollup)
        #expect(hia67.cells.map(\.compared) == [true, false, true])
        #expect(hia67.compared == 2 && hia67.met == 2)
        #expect(hia67.note?.contains("counted only for revision 2024.1") == true)
        // A rule that reads the same in both revisions is compared everywhere.
        #expect(try rule("HIA6.1", in: rollup).compared == 3)
        #expect(RollupFormat.text.render(rollup).contains("G*"))
    }

    @Test func changesSinceAnEarlierRollup() throws {
        // The same trusts two months earlier.
        let earlier = Self.folders.map { folder in
            RollupMember(Evaluator.evaluate(try! RepositoryLoader.load(root: folder), asOf: CivilDate("2024-02-01")), source: folder.path)
        }
        let rollup = try Rollup.build(Self.inputs.members, previous: earlier, facts: Self.inputs.facts)
        let changes = try #require(rollup.changes)
        #expect(changes.from == CivilDate("2024-02-01"))
        // HIA6.2's deadline (31 March 2024) passed in between: amber then, red now, in all three.
        let hia62 = changes.moves.filter { $0.rule == "HIA6.2" }
        #expect(hia62.map(\.organisation) == Self.names)
        #expect(hia62.allSatisfy { $0.fromRAG == .amber && $0.toRAG == .red })
        #expect(changes.joined.isEmpty && changes.left.isEmpty)
        #expect(RollupFormat.markdown.render(rollup).contains("## Since 1 February 2024"))
        #expect(RollupFormat.text.render(rollup).contains("Since 2024-02-01"), "the terminal keeps ISO dates")
    }

    @Test func mixedDatesAndDuplicatesAreRefusedNamingTheFiles() throws {
        var members = Self.inputs.members
        members[1].asOf = CivilDate("2024-03-31")
        #expect(throws: ParityError.self) { try Rollup.build(members) }
        do {
            _ = try Rollup.build(members)
        } catch let error as ParityError {
            #expect(error.message.contains("trust-2.json") || error.message.contains(members[1].source))
            #expect(error.message.contains("2024-03-31") && error.message.contains("--allow-mixed-dates"))
        }
        let mixed = try Rollup.build(members, options: Rollup.Options(allowMixedDates: true))
        #expect(mixed.asOf == nil)
        #expect(RollupFormat.text.render(mixed).contains("as of 2024-03-31"))
        var twice = Self.inputs.members
        twice.append(twice[0])
        #expect(throws: ParityErrors.self) { try Rollup.build(twice) }
    }

    @Test(arguments: [RollupFormat.text, .markdown, .csv, .json])
    func golden(format: RollupFormat) throws {
        let rollup = try Self.rollup()
        let ext = ["text": "txt", "markdown": "md", "csv": "csv", "json": "json"][format.rawValue]!
        try assertGolden(format.render(rollup), named: "rollup/three-trusts-2024-04-15.\(ext)")
    }

    @Test func outputIsDeterministicWhateverTheInputOrder() throws {
        let forwards = try Rollup.build(Self.inputs.members, facts: Self.inputs.facts)
        let backwards = try Rollup.build(Self.inputs.members.reversed(), facts: Self.inputs.facts)
        for format in RollupFormat.allCases {
            #expect(format.render(forwards) == format.render(backwards), "\(format.rawValue)")
        }
    }

    @Test func theWordPaperHasTheMatrixAsWordTablesAndEveryPart() throws {
        let rollup = try Self.rollup()
        let data = RollupFormat.docx.data(rollup)
        #expect(data == RollupFormat.docx.data(try Self.rollup()), "two runs give the same bytes")
        let parts = try OfficeReportTests.parts(data)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
                     "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml"] {
            #expect(parts[part] != nil, "no \(part)")
        }
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(">Equality, diversity and inclusion across 3 organisations<"))
        #expect(document.contains(">Position as of 15 April 2024. Prepared with parity"))
        #expect(document.contains("<w:pStyle w:val=\"Title\"/>") && document.contains("<w:tblHeader/>"))
        #expect(document.contains("w:orient=\"landscape\""))
        // The matrix: a column per trust, each rating a word on its shading.
        for name in Self.names { #expect(document.contains(">\(name)<"), "\(name)") }
        for (word, fill) in [("RED", "C62828"), ("AMBER", "F2B300"), ("GREEN", "007A33")] {
            #expect(document.contains("w:fill=\"\(fill)\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:rPr><w:b/>"), "\(word) shaded")
            #expect(document.contains(">\(word)</w:t>"), "\(word)")
        }
        // Every rule in the matrix by its id and a title short enough for one line, and
        // with its full title in the counts.
        for rule in rollup.rules {
            #expect(document.contains(">\(XML.escape(rule.id)) "), "\(rule.id)")
            #expect(document.contains(">\(XML.escape(rule.title))</w:t>"), "\(rule.id)")
        }
        let hia62 = try rule("HIA6.2", in: rollup)
        #expect(hia62.cells.allSatisfy { $0.rag == .red })
        #expect(document.contains(">\(hia62.met) of \(hia62.compared)<"))
        for heading in ["Counts per rule", "Recurring gaps", "Indicators"] { #expect(document.contains(heading), "\(heading)") }
        #expect(document.contains(">fewer than 10 cases<"))
        // The indicators in one table: a row each under the header, three trusts and the system.
        let indicators = try #require(document.range(of: ">6. Indicators<"))
        let rest = document[indicators.upperBound...]
        #expect(rest.components(separatedBy: "<w:tbl>").count == 2)
        #expect(rest.components(separatedBy: "<w:tr>").count - 1 == rollup.indicators.count + 1)
        #expect(rest.components(separatedBy: "<w:tblGrid>")[1].components(separatedBy: "<w:gridCol ").count - 1 == 5)
        let national = try #require(rollup.indicators.first { $0.reference != nil })
        #expect(document.contains(XML.escape(RollupWords.reference(national.reference!, national))), "the national WRES series")
        #expect(document.contains(XML.escape(RollupWords.system(national))), "the system median and spread")
        #expect(try #require(parts["docProps/core.xml"]).contains("2024-04-15T00:00:00Z"))
    }

    @Test func theAnonymisedWordPaperNamesNoOrganisationInAnyPart() throws {
        let parts = try OfficeReportTests.parts(RollupFormat.docx.data(try Self.rollup(anonymise: true)))
        for (path, xml) in parts {
            for name in Self.names + ["Kingsmere", "Ashcombe", "Brindleford"] {
                #expect(!xml.localizedCaseInsensitiveContains(name), "\(path) names \(name)")
            }
            for file in Self.reports { #expect(!xml.contains(file.lastPathComponent), "\(path)") }
        }
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(">fewer than 10 cases<"))
        for label in ["A", "B", "C"] { #expect(document.contains(">\(label)</w:t>"), "\(label)") }
        #expect(document.contains(XML.escape(RollupWords.anonymisedNote)))
    }

    @Test func theWordPaperSaysWhatMovedAndTakesATemplate() throws {
        let earlier = Self.folders.map { folder in
            RollupMember(Evaluator.evaluate(try! RepositoryLoader.load(root: folder), asOf: CivilDate("2024-02-01")), source: folder.path)
        }
        let rollup = try Rollup.build(Self.inputs.members, previous: earlier, facts: Self.inputs.facts)
        var template = OfficePackage()
        template.add("[Content_Types].xml", xml: WordML.contentTypes(images: false))
        template.add("word/styles.xml", xml: WordML.styles.replacingOccurrences(of: "005EB8", with: "330072"))
        template.add("word/header3.xml", xml: WordML.header("ICB letterhead"))
        let file = FileManager.default.temporaryDirectory.appending(path: "rollup-template-\(UUID().uuidString).docx")
        try template.zipped(on: CivilDate("2024-01-01")).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let parts = try OfficeReportTests.parts(RollupFormat.docx.data(rollup, template: try WordTemplateReader.read(file.path)))
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(">7. Since 1 February 2024<"))
        // Each move a row: organisation, rule, before, now.
        #expect(document.contains(">HIA6.2</w:t>"))
        #expect(document.contains(">AMBER (") && document.contains(">RED ("))
        #expect(document.contains("Newly red: HIA6.2 in 3 organisations"))
        #expect(try #require(parts["word/styles.xml"]).contains("330072"), "the template's styles")
        #expect(try #require(parts["word/header1.xml"]).contains("ICB letterhead"), "the template's header")
    }

    // MARK: - The ICB paper

    /// The text of a Word document's body: its runs, without the markup.
    static func text(ofDocument xml: String) -> String {
        xml.replacingOccurrences(of: "<w:p>", with: "\n").replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    static func earlier() -> [RollupMember] {
        folders.map { folder in
            RollupMember(Evaluator.evaluate(try! RepositoryLoader.load(root: folder), asOf: CivilDate("2024-02-01")), source: folder.path)
        }
    }

    @Test func thePapersTakeTheTitleGivenOrMakeOneWithoutADate() throws {
        let rollup = try Self.rollup()
        let given = PaperParticulars(title: "Equality, diversity and inclusion across Kingsmere and Valley ICS")
        let parts = try OfficeReportTests.parts(RollupFormat.docx.data(rollup, paper: given))
        #expect(try #require(parts["word/document.xml"]).contains("<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Equality, diversity and inclusion across Kingsmere and Valley ICS</w:t>"))
        #expect(try #require(parts["word/header1.xml"]).contains(">Equality, diversity and inclusion across Kingsmere and Valley ICS<"))
        #expect(try #require(parts["docProps/core.xml"]).contains("<dc:title>Equality, diversity and inclusion across Kingsmere and Valley ICS</dc:title>"))
        #expect(RollupFormat.markdown.render(rollup, paper: given).hasPrefix("# Equality, diversity and inclusion across Kingsmere and Valley ICS\n\nPosition as of 15 April 2024.\n"))
        #expect(RollupFormat.html.render(rollup, paper: given).contains("<h1>Equality, diversity and inclusion across Kingsmere and Valley ICS</h1>"))
        // Without one, a title from the rollup: no ISO date, no "Rollup of".
        for format in [RollupFormat.markdown, .html, .docx] {
            let text = format.render(rollup)
            #expect(text.contains("Equality, diversity and inclusion across 3 organisations"), "\(format.rawValue)")
            #expect(!text.contains("Rollup of"), "\(format.rawValue)")
        }
        #expect(RollupFormat.text.render(rollup).hasPrefix("Rollup of 3 organisations as of 2024-04-15"), "the terminal keeps its heading")
    }

    @Test func aCoverSheetComesFirstWithTheParticularsGiven() throws {
        let rollup = try Self.rollup()
        let file = packageRoot.appending(path: "Tests/ParityKitTests/Fixtures/rollup/icb-paper.yaml").path
        let paper = try PaperParticularsReader.read(path: file)
        let document = try #require(try OfficeReportTests.parts(RollupFormat.docx.data(rollup, paper: paper))["word/document.xml"])
        // The cover sheet is the first table, before the summary, and a page to itself.
        let cover = try #require(document.range(of: "<w:tblCaption w:val=\"Cover sheet\"/>"))
        let summary = try #require(document.range(of: ">1. Summary<"))
        #expect(cover.lowerBound < summary.lowerBound)
        #expect(document[..<cover.lowerBound].components(separatedBy: "<w:tbl>").count == 2, "only the cover sheet's own table before it")
        #expect(document[cover.upperBound..<summary.lowerBound].contains("<w:br w:type=\"page\"/>"))
        let rows = RollupWords.coverSheet(rollup, paper: paper)
        let text = Dictionary(rows.map { ($0.label, $0.text) }, uniquingKeysWith: { first, _ in first })
        #expect(text["Meeting"] == "Integrated Care Board, meeting in public")
        #expect(text["Date"] == "2 May 2024")
        #expect(text["Agenda item"] == "7.1")
        #expect(text["Title"] == "Equality, diversity and inclusion across Kingsmere and Valley ICS")
        #expect(text["Executive lead"] == "Priya Raman, Chief People Officer")
        #expect(text["Author"] == "Tom Ellery, System EDI Programme Lead")
        #expect(text["Purpose"] == "Assurance")
        #expect(text["Board Assurance Framework risks"] == "BAF 7: System workforce: staff experience of discrimination")
        #expect(text["Previously considered by"] == "System People Board, 18 April 2024")
        #expect(text["Implications: legal and regulatory"] == "Public Sector Equality Duty for each trust and the ICB.")
        #expect(text["Executive summary"]?.hasPrefix("This paper brings together the gap analyses of 3 organisations as of 15 April 2024") == true)
        #expect(text["Recommendation"]?.contains("(HIA6.2, HIA6.5 and HIA6.6)") == true)
        for row in rows { #expect(document.contains(">\(XML.escape(row.text))</w:t>") || row.text.contains("\n"), "\(row.label)") }
        #expect(Self.text(ofDocument: document).range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil)
        // A title alone makes no cover sheet; nothing given, "Not stated" for what is left out.
        let titled = try #require(try OfficeReportTests.parts(RollupFormat.docx.data(rollup, paper: PaperParticulars(title: "ICS")))["word/document.xml"])
        #expect(!titled.contains("Cover sheet"))
        let bare = RollupWords.coverSheet(rollup, paper: PaperParticulars(meeting: "ICB"))
        #expect(bare.first { $0.label == "Author" }?.text == "Not stated")
        #expect(bare.first { $0.label == "Date" }?.text == "15 April 2024", "the as-of date when no meeting date is given")
    }

    /// The board's words: no ISO date, no pack id standing for its title, no report file.
    @Test(arguments: [false, true])
    func thePapersWriteDatesInWords(since: Bool) throws {
        let rollup = try Rollup.build(Self.inputs.members, previous: since ? Self.earlier() : nil, facts: Self.inputs.facts)
        let document = try #require(try OfficeReportTests.parts(RollupFormat.docx.data(rollup))["word/document.xml"])
        let word = Self.text(ofDocument: document)
        for (format, text) in [("docx", word), ("markdown", RollupFormat.markdown.render(rollup)), ("html", RollupFormat.html.render(rollup))] {
            let iso = text.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}", options: .regularExpression)
            #expect(iso == nil, "\(format): \(iso.map { String(text[$0]) } ?? "")")
            #expect(text.contains("15 April 2024"), "\(format)")
            if since { #expect(text.contains("Since 1 February 2024"), "\(format)") }
            for file in Self.reports { #expect(!text.contains(file.lastPathComponent), "\(format)") }
            #expect(!text.contains(".yaml") && !text.contains("/tmp") && !text.contains("hia6:"), "\(format)")
        }
        // The gap sentence that held "as of 2024-04-15" reads it in words.
        #expect(word.contains("as of 15 April 2024: each needs a baseline"))
    }

    @Test func theSummaryNamesTheRulesRedInTheMostOrganisations() throws {
        let rollup = try Self.rollup()
        let summary = RollupSummary(rollup)
        #expect(summary.organisations == 3 && summary.rules == rollup.rules.count && summary.packs == rollup.packs.count)
        let cells = rollup.rules.flatMap(\.cells)
        #expect(summary.red == cells.filter { $0.rag == .red }.count && summary.red > 0)
        #expect(summary.red + summary.amber + summary.green + summary.grey == cells.filter { $0.rag != nil }.count)
        // HIA6.2, HIA6.5 and HIA6.6 are red in all three trusts, and first in the rules' order.
        #expect(summary.mostRed.map(\.id) == ["HIA6.2", "HIA6.5", "HIA6.6"])
        #expect(summary.mostRed.allSatisfy { $0.organisations == 3 })
        let words = RollupWords.summary(rollup).joined(separator: " ")
        #expect(words.contains("This paper brings together the gap analyses of 3 organisations as of 15 April 2024 against \(summary.rules) rules in \(summary.packs) packs."))
        #expect(words.contains("\(summary.red) are red, \(summary.amber) amber and \(summary.green) green"))
        #expect(words.contains("HIA6.2 Set reduction targets and implement plans to improve staff experience year on year (red in all 3 organisations); HIA6.5 "))
        #expect(words.contains("; and HIA6.6 "))
        #expect(words.contains("\(rollup.recurringGaps.count) gaps recur in two or more organisations"))
        #expect(!words.contains("Since"), "nothing to say of what moved without an earlier rollup")

        // Ashcombe Hills green on HIA6.2: it drops behind every rule red in all three.
        var members = Self.inputs.members
        let ashcombe = try #require(members.firstIndex { $0.organisation.hasPrefix("Ashcombe") })
        let hia62 = try #require(members[ashcombe].rules.firstIndex { $0.id == "HIA6.2" })
        members[ashcombe].rules[hia62].rag = .green
        members[ashcombe].rules[hia62].status = .met
        let fewer = RollupSummary(try Rollup.build(members, facts: Self.inputs.facts))
        #expect(fewer.mostRed.count == 3 && !fewer.mostRed.map(\.id).contains("HIA6.2"))
        #expect(fewer.mostRed.prefix(2).map(\.id) == ["HIA6.5", "HIA6.6"])
        #expect(fewer.mostRed.allSatisfy { $0.organisations == 3 })
    }

    @Test func theSummarySaysWhatMoved() throws {
        let rollup = try Rollup.build(Self.inputs.members, previous: Self.earlier(), facts: Self.inputs.facts)
        let moved = try #require(RollupSummary(rollup).moved)
        let changes = try #require(rollup.changes)
        #expect(moved.improved + moved.worsened + moved.otherwise == changes.moves.count)
        // HIA6.2's deadline passed: amber then, red now, in all three.
        #expect(moved.newlyRed.first == RollupSummary.MovedRule(id: "HIA6.2", organisations: 3))
        #expect(moved.worsened >= 3)
        let words = RollupWords.summary(rollup).joined(separator: " ")
        #expect(words.contains("Since 1 February 2024, \(changes.moves.count) ratings moved: \(moved.worsened) fell and \(moved.improved) rose"))
        #expect(words.contains("Newly red: HIA6.2 in 3 organisations"))
    }

    /// The matrix tables of a Word document: the column count of each, between the
    /// matrix's heading and the counts'.
    static func matrixTables(_ document: String) throws -> [Int] {
        let start = try #require(document.range(of: ">3. RAG matrix"))
        let end = try #require(document.range(of: ">4. Counts per rule<"))
        return document[start.upperBound..<end.lowerBound].components(separatedBy: "<w:tbl>").dropFirst().map { table in
            table.components(separatedBy: "</w:tblGrid>")[0].components(separatedBy: "<w:gridCol ").count - 1
        }
    }

    @Test func theMatrixIsOneTablePerPackAcrossTheLandscapePage() throws {
        // Three trusts across the page: one table per pack, a rule column and three trusts.
        let rollup = try Self.rollup()
        let three = try #require(try OfficeReportTests.parts(RollupFormat.docx.data(rollup))["word/document.xml"])
        #expect(try Self.matrixTables(three) == Array(repeating: 4, count: rollup.packs.count))
        for pack in rollup.packs { #expect(three.contains(">\(XML.escape(pack.title))</w:t>"), "\(pack.id)") }
        #expect(!three.contains("w:num=\"2\""), "three trusts' names do not fit half the page")
        #expect(!three.contains(">Score<"), "the scores are a table of their own")

        // Two trusts fit half the page: the matrix runs in two newspaper columns.
        let two = try Rollup.build(Array(Self.inputs.members.prefix(2)), facts: Self.inputs.facts)
        let document = try #require(try OfficeReportTests.parts(RollupFormat.docx.data(two))["word/document.xml"])
        #expect(try Self.matrixTables(document) == Array(repeating: 3, count: two.packs.count))
        #expect(document.components(separatedBy: "<w:cols w:num=\"2\" w:space=\"567\"/>").count == 2)

        // Twenty-five organisations: as many to a table as the page holds, the tables even.
        var many: [RollupMember] = []
        for index in 0..<25 {
            var member = Self.inputs.members[index % 3]
            member.organisation = "Trust \(index + 1) NHS Trust"
            member.source = "trust-\(index).json"
            many.append(member)
        }
        let wide = try Rollup.build(many, facts: Self.inputs.facts)
        let layout = RollupMatrixLayout(labels: wide.organisations.map(\.label))
        let fit = (RollupMatrixLayout.textWidth - RollupMatrixLayout.ruleMinimumWidth) / layout.organisationWidth
        #expect(layout.pageColumns == 1 && fit >= 3)
        let tables = try Self.matrixTables(try #require(try OfficeReportTests.parts(RollupFormat.docx.data(wide))["word/document.xml"]))
        let perPack = (25 + fit - 1) / fit
        #expect(tables.count == wide.packs.count * perPack)
        #expect(tables.allSatisfy { $0 - 1 <= fit })
        #expect(tables.prefix(perPack).map { $0 - 1 }.reduce(0, +) == 25, "every organisation once per pack")
        #expect((tables.max() ?? 0) - (tables.min() ?? 0) <= 1, "the tables as even as can be")
        for widths in (1...fit).map({ layout.widths(organisations: $0) }) {
            #expect(widths.reduce(0, +) == RollupMatrixLayout.textWidth)
            #expect(widths[0] >= RollupMatrixLayout.ruleMinimumWidth)
        }
    }

    @Test func recurringGapsNameNoTrustsDocument() throws {
        let rollup = try Self.rollup()
        let ids = try RepositoryLoader.load(root: packageRoot.appending(path: "policies")).inventory.items.map(\.id)
        #expect(ids.contains("ACT-002") && ids.contains("POL-003"))
        for gap in rollup.recurringGaps {
            for id in ids { #expect(!gap.gap.contains(id), "\(gap.rule): \(gap.gap)") }
        }
        // The Board's reduction targets, late at two trusts: the requirement, not the document.
        let late = try #require(rollup.recurringGaps.first { $0.rule == "HIA6.2" && $0.gap.contains("approved by 31 March 2024") })
        #expect(late.gap == "Needs a Board-approved set of reduction targets for bullying, harassment, discrimination and violence, approved by 31 March 2024. The documents held do not qualify.")
        for format in [RollupFormat.docx, .markdown, .html, .text, .json] {
            let text = format.render(rollup)
            for id in ["ACT-002", "POL-003", "RPT-001", "PRG-002", "GUI-001"] { #expect(!text.contains(id), "\(format.rawValue) quotes \(id)") }
        }
        // Two trusts whose documents differ share the one gap.
        let ours = SharedGap.words("Needs a disciplinary policy reviewed in the last three years; does not qualify: POL-004 Disciplinary Policy.",
                                   documents: [.init(id: "POL-004", title: "Disciplinary Policy")])
        let theirs = SharedGap.words("Needs a disciplinary policy reviewed in the last three years; does not qualify: HR-12 Conduct and capability procedure, HR-120 Investigations.",
                                     documents: [.init(id: "HR-12", title: "Conduct and capability procedure"), .init(id: "HR-120", title: "Investigations")])
        #expect(ours == theirs)
        #expect(ours == "Needs a disciplinary policy reviewed in the last three years; the documents held do not qualify.")
        // The reports' newer wording: "A and B do not qualify", a document beginning a sentence.
        #expect(SharedGap.words("Needs a policy. POL-1 One, POL-2 Two: draft and POL-3 Three do not qualify.",
                                documents: [.init(id: "POL-1", title: "One"), .init(id: "POL-2", title: "Two: draft"), .init(id: "POL-3", title: "Three")])
                == "Needs a policy. The documents held do not qualify.")
        #expect(SharedGap.words("RPT-9 Review of 1 May 2024 is current.", documents: [.init(id: "RPT-9", title: "Review")]) == "A document held of 1 May 2024 is current.")
        #expect(SharedGap.words("The review of 10 February 2025 (HM-7) found an inconsistency.", documents: [.init(id: "HM-7", title: "Harm review")])
                == "The review of 10 February 2025 found an inconsistency.")
        #expect(SharedGap.words("HM-70 is not HM-7.", documents: [.init(id: "HM-7", title: "Harm review")]) == "HM-70 is not a document held.")
    }

    @Test func theHTMLIsSelfContainedWithAHeatmapAndSmallMultiples() throws {
        let html = RollupFormat.html.render(try Self.rollup())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
        #expect(html.contains("class=\"cell rag-red\""))
        #expect(html.contains(">RED</td>") && html.contains(">AMBER</td>") && html.contains(">GREEN</td>"))
        #expect(html.contains("class=\"median\""))
        #expect(html.contains("class=\"national\""))
        #expect(html.contains("@media print"))
    }
}

/// The reports as a contract: what `parity gap --format json` and `parity rollup --format
/// json` write fits the schemas shipped in rules/schemas/, and a report that does not is told apart.
@Suite struct ReportSchemaTests {
    @Test(arguments: ["2023-10-01", "2024-02-01", "2024-04-15"])
    func theExampleGapReportFitsItsSchema(date: String) throws {
        let schema = try JSONSchemaCheck(file: "rules/schemas/gap-report.schema.json")
        let assessment = Evaluator.evaluate(try RepositoryLoader.load(root: packageRoot.appending(path: "policies")), asOf: CivilDate(date))
        let violations = try schema.violations(of: ReportFormat.json.render(assessment))
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }

    @Test func aBrokenGapReportDoesNotFit() throws {
        let schema = try JSONSchemaCheck(file: "rules/schemas/gap-report.schema.json")
        let text = try String(contentsOf: RollupTests.reports[0], encoding: .utf8)
        let broken = text.replacingOccurrences(of: "\"rag\" : \"red\"", with: "\"rag\" : \"scarlet\"")
            .replacingOccurrences(of: "\"due_soon_days\" : 60,", with: "")
        let violations = try schema.violations(of: broken)
        #expect(violations.contains("$: 'due_soon_days' is missing"))
        #expect(violations.contains { $0.hasSuffix(".rag: scarlet is not one of the allowed values") })
    }

    @Test(arguments: [false, true])
    func theRollupReportFitsItsSchema(anonymise: Bool) throws {
        let schema = try JSONSchemaCheck(file: "rules/schemas/rollup-report.schema.json")
        let earlier = RollupTests.folders.map { folder in
            RollupMember(Evaluator.evaluate(try! RepositoryLoader.load(root: folder), asOf: CivilDate("2024-02-01")), source: folder.path)
        }
        let rollup = try Rollup.build(RollupTests.inputs.members, previous: earlier, facts: RollupTests.inputs.facts,
                                      options: Rollup.Options(anonymise: anonymise, sharedPacks: RollupTests.inputs.builtinPacks))
        let violations = try schema.violations(of: RollupFormat.json.render(rollup))
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }
}
