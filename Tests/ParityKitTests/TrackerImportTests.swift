import Foundation
import Testing
import ZIPFoundation
@testable import ParityKit

/// `parity import tracker`: owners' updates typed into the action log come back into the
/// front matter, changing only the keys they own; every problem is named by row and
/// column with nothing written; and writing the log again never wipes an update.
@Suite struct TrackerImportTests {
    let cli = CommandLineTests()

    /// A copy of the example trust in a temporary folder.
    static func exampleCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "tracker-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: packageRoot.appending(path: "policies"), to: folder)
        return folder
    }

    /// Every file under `root` by path, as bytes.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[url.path.replacingOccurrences(of: root.path, with: "")] = try Data(contentsOf: url)
            }
        }
        return out
    }

    /// The log for `root` at 2024-04-15 with owners' cells filled in as an owner would in
    /// Excel: `edits` maps an action id to header → cell XML content (without `r`).
    func log(for root: URL, edits: [String: [String: String]]) throws -> URL {
        let file = root.appending(path: "log-\(UUID().uuidString).xlsx")
        #expect(try cli.parity(["gap", root.path, "--as-of", "2024-04-15", "--format", "xlsx", "--output", file.path]).status == 0)
        var parts = try OfficeReportTests.parts(Data(contentsOf: file))
        var sheet = parts["xl/worksheets/sheet1.xml"]!
        let headers = [ActionLog.Header.update: "K", ActionLog.Header.revisedDue: "L", ActionLog.Header.ownerStatus: "M",
                       ActionLog.Header.ownerDoneOn: "N", ActionLog.Header.updatedBy: "O", ActionLog.Header.baf: "P"]
        for (id, cells) in edits {
            let marker = "<t xml:space=\"preserve\">\(XML.escape(id))</t>"
            let before = try #require(sheet.range(of: marker), "no row for \(id)")
            let rowStart = sheet[..<before.lowerBound].range(of: "<row r=\"", options: .backwards)!.upperBound
            let row = sheet[rowStart...].prefix { $0 != "\"" }
            for (header, content) in cells {
                let reference = headers[header]! + row
                let cell = try #require(sheet.range(of: "<c r=\"\(reference)\"[^>]*/>|<c r=\"\(reference)\".*?</c>", options: .regularExpression))
                sheet.replaceSubrange(cell, with: "<c r=\"\(reference)\"\(content)</c>")
            }
        }
        parts["xl/worksheets/sheet1.xml"] = sheet
        var package = OfficePackage()
        for path in ["[Content_Types].xml"] + parts.keys.sorted().filter({ $0 != "[Content_Types].xml" }) {
            package.add(path, xml: parts[path]!)
        }
        try package.zipped(on: CivilDate("2024-04-20")).write(to: file)
        return file
    }

    static func text(_ value: String) -> String { " t=\"inlineStr\"><is><t>\(XML.escape(value))</t></is>" }
    static func date(_ iso: String) -> String { " s=\"10\"><v>\(SpreadsheetML.serial(CivilDate(iso)))</v>" }

    @Test func ownersUpdatesComeBackChangingOnlyTheirKeysAndASecondImportChangesNothing() throws {
        let root = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try log(for: root, edits: [
            "RPT-001/1": [ActionLog.Header.ownerStatus: Self.text("Done"), ActionLog.Header.ownerDoneOn: Self.date("2024-05-02")],
            "ACT-002/1": [ActionLog.Header.revisedDue: Self.date("2024-09-30"), ActionLog.Header.update: Self.text("Went to People Committee: \"agreed\""),
                          ActionLog.Header.updatedBy: Self.text("J. Patel")],
        ])
        let before = try Self.snapshot(root)
        let dry = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("--- a/reports/bhdv-data-review-2022-23.md") && dry.stdout.contains("-    status: open\n+    status: done\n+    done_on: 2024-05-02\n"))
        #expect(try Self.snapshot(root) == before, "--dry-run writes nothing")

        let run = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2 actions updated in 2 documents"))
        let after = try Self.snapshot(root)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["/reports/bhdv-data-review-2022-23.md", "/action-plans/bhdv-reduction-targets-2024-27.md"])
        let review = String(decoding: before["/reports/bhdv-data-review-2022-23.md"]!, as: UTF8.self)
        #expect(String(decoding: after["/reports/bhdv-data-review-2022-23.md"]!, as: UTF8.self)
            == review.replacingOccurrences(of: "    status: open\n", with: "    status: done\n    done_on: 2024-05-02\n"))
        let plan = String(decoding: after["/action-plans/bhdv-reduction-targets-2024-27.md"]!, as: UTF8.self)
        #expect(plan.contains("    due: 2024-09-30\n") && plan.contains("    was_due: 2024-03-28\n"))
        #expect(plan.contains("    updates:\n      - date: 2024-05-03\n        by: J. Patel\n        note: \"Went to People Committee: \\\"agreed\\\"\"\n"))

        let repository = try RepositoryLoader.load(root: root)
        let action = try #require(repository.inventory.items.flatMap(\.actions).first { $0.id == "RPT-001/1" })
        #expect(action.status == .done && action.doneOn == CivilDate("2024-05-02"))
        let gap = try cli.parity(["gap", root.path, "--as-of", "2024-05-10", "--format", "json"])
        #expect(gap.stdout.contains("\"done_on\" : \"2024-05-02\""))

        let again = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-04"])
        #expect(again.status == 0 && again.stdout.contains("Nothing to import"))
        #expect(try Self.snapshot(root) == after, "a second import changes nothing")
    }

    @Test func problemsAreNamedByRowAndColumnAndNothingIsWritten() throws {
        let root = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try log(for: root, edits: [
            "RPT-001/1": [ActionLog.Header.ownerStatus: Self.text("Finished")],
            "ACT-002/1": [ActionLog.Header.revisedDue: Self.text("next spring")],
            "ACT-001/3": [ActionLog.Header.ownerStatus: Self.text("Done")],
        ])
        let before = try Self.snapshot(root)
        let run = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(":2:13: error: row 2, column 'Status (owner)': 'Finished' is not on the list; choose Open or Done"), "\(run.stderr)")
        #expect(run.stderr.contains("column 'Revised due': 'next spring' is not a date"))
        #expect(run.stderr.contains("column 'Done on (owner)': Status (owner) is Done, so give the day it was done here"))
        #expect(run.stderr.contains("3 errors."))
        #expect(try Self.snapshot(root) == before)
    }

    @Test func anUnknownIdAndAnActionChangedSinceAreRefusedUnlessForced() throws {
        let root = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try log(for: root, edits: ["RPT-001/1": [ActionLog.Header.update: Self.text("Started")]])
        // An unknown id: an owner retyped the id.
        var parts = try OfficeReportTests.parts(Data(contentsOf: file))
        let sheet = parts["xl/worksheets/sheet1.xml"]!.replacingOccurrences(of: ">RPT-001/1<", with: ">RPT-001/9<")
        parts["xl/worksheets/sheet1.xml"] = sheet
        var package = OfficePackage()
        for path in ["[Content_Types].xml"] + parts.keys.sorted().filter({ $0 != "[Content_Types].xml" }) { package.add(path, xml: parts[path]!) }
        let unknown = root.appending(path: "unknown.xlsx")
        try package.zipped(on: CivilDate("2024-04-20")).write(to: unknown)
        let refused = try cli.parity(["import", "tracker", unknown.path, root.path, "--date", "2024-05-03"])
        #expect(refused.status == 2 && refused.stderr.contains(":2:1: error: row 2, column 'Action id': no action in the repository has the id 'RPT-001/9'"), "\(refused.stderr)")

        // The action changed in the repository after the log was written.
        let document = root.appending(path: "reports/bhdv-data-review-2022-23.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        try text.replacingOccurrences(of: "due: 2024-06-30", with: "due: 2024-07-31").write(to: document, atomically: true, encoding: .utf8)
        let before = try Self.snapshot(root)
        let changed = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03"])
        #expect(changed.status == 2 && changed.stderr.contains("row 2, column 'Action id': action 'RPT-001/1' has changed in the repository"), "\(changed.stderr)")
        #expect(try Self.snapshot(root) == before)
        let forced = try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: document, encoding: .utf8).contains("note: Started"))
    }

    @Test func writingTheLogOverUnimportedUpdatesIsRefused() throws {
        let root = try Self.exampleCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try log(for: root, edits: ["ACT-002/1": [ActionLog.Header.update: Self.text("Board paper drafted")]])
        let bytes = try Data(contentsOf: file)
        let refused = try cli.parity(["gap", root.path, "--as-of", "2024-04-15", "--format", "xlsx", "--output", file.path])
        #expect(refused.status == 2 && refused.stderr.contains("holds owners' updates not yet imported (row 5)"), "\(refused.stderr)")
        #expect(try Data(contentsOf: file) == bytes, "the log is untouched")
        #expect(try cli.parity(["import", "tracker", file.path, root.path, "--date", "2024-05-03"]).status == 0)
        #expect(try cli.parity(["gap", root.path, "--as-of", "2024-04-15", "--format", "xlsx", "--output", file.path]).status == 0,
                "once imported, the log may be written again")
        let other = try log(for: root, edits: ["ACT-002/1": [ActionLog.Header.update: Self.text("Another")]])
        #expect(try cli.parity(["gap", root.path, "--as-of", "2024-04-15", "--format", "xlsx", "--output", other.path, "--force"]).status == 0)
    }

    @Test func anActionsOwnIdIsKeptAndDuplicatesAreRefused() throws {
        let repository = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack,
            "a.md": "---\nid: A\ntitle: A\nkind: policy\nstatus: draft\nactions:\n  - id: LOG-7\n    what: Do\n  - what: Then\n---\n",
            "b.md": "---\nid: B\ntitle: B\nkind: policy\nstatus: draft\nactions:\n  - id: LOG-7\n    what: Again\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: repository.root) }
        let errors = repository.loadErrors()
        #expect(errors.contains { $0.message.contains("action id 'LOG-7' is already used") }, "\(errors)")
        let item = try EvidenceItemReader.read(try YAMLDocument.parse("id: A\ntitle: A\nkind: policy\nstatus: draft\nactions:\n  - id: LOG-7\n    what: Do\n  - what: Then\n", file: "a.md")!.mapping("x"), path: "a.md")
        #expect(item.actions.map(\.id) == ["LOG-7", "A/2"])
    }
}
