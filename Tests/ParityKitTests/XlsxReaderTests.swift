import Foundation
import Testing
import ZIPFoundation
@testable import ParityKit

/// The xlsx reader: every kind of cell a workbook stores, both date systems, and hostile
/// workbooks refused with a clear error, quickly.
@Suite struct XlsxReaderTests {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A workbook of one sheet, "Register", from its sheet XML, shared strings and styles.
    static func workbook(sheet: String, strings: [String] = [], date1904: Bool = false, workbookXML: String? = nil,
                         extra: [String: String] = [:]) throws -> String {
        var package = OfficePackage()
        package.add("[Content_Types].xml", xml: SpreadsheetML.contentTypes(sheets: 1))
        package.add("xl/workbook.xml", xml: workbookXML ?? """
            <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        package.add("xl/_rels/workbook.xml.rels", xml: """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>\
            </Relationships>
            """)
        package.add("xl/sharedStrings.xml", xml: "<sst xmlns=\"\(main)\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>")
        package.add("xl/styles.xml", xml: """
            <styleSheet xmlns="\(main)"><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts>\
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>
            """)
        package.add("xl/worksheets/sheet1.xml", xml: "<worksheet xmlns=\"\(main)\"><sheetData>\(sheet)</sheetData></worksheet>")
        for (path, xml) in extra { package.add(path, xml: xml) }
        let file = FileManager.default.temporaryDirectory.appending(path: "reader-\(UUID().uuidString).xlsx")
        try package.zipped(on: CivilDate("2024-01-01")).write(to: file)
        return file.path
    }

    @Test func everyKindOfCellIsRead() throws {
        let path = try Self.workbook(sheet: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>\
            <row r="3"><c r="A3"><v>42</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" s="1"><v>45383</v></c><c r="D3" s="2"><v>45383.75</v></c>\
            <c r="E3" s="3"><v>1234.5</v></c><c r="F3" t="e"><v>#REF!</v></c><c r="G3" t="str"><v>formula text</v></c></row>\
            <row r="4"><c r="A4" t="s"><v>2</v></c></row><row r="5"/><mergeCells count="1"><mergeCell ref="A4:B5"/></mergeCells>
            """, strings: ["<t>Ref</t>", "<r><t>Rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh>", "<t>Merged</t>"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try XlsxReader(path: path)
        let sheet = try reader.sheet()
        #expect(sheet.rows.map(\.number) == [1, 3, 4, 5], "the empty row 2 is skipped")
        let cells = Dictionary(uniqueKeysWithValues: sheet.rows.map { ($0.number, $0.cells) })
        #expect(cells[1]?[1] == .text("Ref") && cells[1]?[2] == .text("Rich text") && cells[1]?[3] == .text("inline"))
        #expect(cells[3]?[1] == .number(42) && cells[3]?[2] == .bool(true))
        #expect(cells[3]?[3] == .date(CivilDate("2024-04-01")) && cells[3]?[4] == .date(CivilDate("2024-04-01")), "built-in and custom date formats")
        #expect(cells[3]?[5] == .number(1234.5) && cells[3]?[6] == .error("#REF!") && cells[3]?[7] == .text("formula text"))
        #expect(cells[5]?[2] == .text("Merged"), "a merged range takes its first cell's value")
        #expect(throws: ParityError.self) { _ = try reader.sheet(named: "Missing") }
    }

    @Test func datesInBothSystemsWithThe1900LeapYearQuirk() throws {
        #expect(XlsxValue.date(serial: 1, date1904: false) == CivilDate("1900-01-01"))
        #expect(XlsxValue.date(serial: 59, date1904: false) == CivilDate("1900-02-28"))
        #expect(XlsxValue.date(serial: 60, date1904: false) == nil, "29 February 1900 never was")
        #expect(XlsxValue.date(serial: 61, date1904: false) == CivilDate("1900-03-01"))
        #expect(XlsxValue.date(serial: 45292, date1904: false) == CivilDate("2024-01-01"))
        #expect(XlsxValue.date(serial: 0, date1904: true) == CivilDate("1904-01-01"))
        #expect(XlsxValue.date(serial: 43830, date1904: true) == CivilDate("2024-01-01"))
        let path = try Self.workbook(sheet: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43830</v></c></row>", date1904: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = try XlsxReader(path: path)
        #expect(try reader.sheet().rows[0].cells[1] == .date(CivilDate("2024-01-01")))
    }

    /// Refused with a ParityError whose message holds `words`, quickly: under 3 s for this
    /// debug build sharing the machine with the other tests; .ci/tracker-check.sh holds the
    /// release binary to 1 s and 200 MB.
    func refused(_ path: String, limits: XlsxReader.Limits = .init(), _ words: String) {
        let start = Date()
        do {
            var reader = try XlsxReader(path: path, limits: limits)
            _ = try reader.sheet()
            Issue.record("\(words): not refused")
        } catch let error as ParityError {
            #expect(error.message.contains(words), "\(error.message)")
        } catch {
            Issue.record("\(error)")
        }
        #expect(Date().timeIntervalSince(start) < 3, "\(words): took \(Date().timeIntervalSince(start)) s")
    }

    @Test func hostileWorkbooksAreRefused() throws {
        // A zip bomb: 20 MB of one byte, deflated to a few kilobytes, against a 1 MB allowance.
        var limits = XlsxReader.Limits()
        limits.inflatedBytes = 1_000_000
        let bomb = try Self.workbook(sheet: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + String(repeating: " ", count: 20_000_000))
        defer { try? FileManager.default.removeItem(atPath: bomb) }
        refused(bomb, limits: limits, "inflates to more than 1000000 bytes")

        // A million empty rows.
        var rows = ""
        rows.reserveCapacity(20_000_000)
        for row in 1...1_000_000 { rows += "<row r=\"\(row)\"/>" }
        let empty = try Self.workbook(sheet: rows)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        refused(empty, "more than 100000 rows")

        let outside = try Self.workbook(sheet: "", workbookXML: """
            <workbook xmlns="\(Self.main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Register" sheetId="1" r:id="rId9"/></sheets></workbook>
            """, extra: ["xl/_rels/workbook.xml.rels": """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../etc/passwd"/>\
            </Relationships>
            """])
        defer { try? FileManager.default.removeItem(atPath: outside) }
        refused(outside, "points outside the package")

        let malformed = try Self.workbook(sheet: "<row r=\"1\"><c r=\"A1\"><v>1</c></row>")
        defer { try? FileManager.default.removeItem(atPath: malformed) }
        refused(malformed, "is not well-formed XML")

        let entity = try Self.workbook(sheet: "", extra: ["xl/worksheets/sheet1.xml": """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\
            <worksheet xmlns="\(Self.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>
            """])
        defer { try? FileManager.default.removeItem(atPath: entity) }
        refused(entity, "declares a document type or entities")

        let text = FileManager.default.temporaryDirectory.appending(path: "not-\(UUID().uuidString).xlsx")
        try Data("Ref,Title\n".utf8).write(to: text)
        defer { try? FileManager.default.removeItem(at: text) }
        refused(text.path, "not an Excel workbook")
    }

    @Test func aPartNamedOutsideThePackageIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "slip-\(UUID().uuidString).xlsx")
        let archive = try Archive(url: file, accessMode: .create)
        let data = Data("x".utf8)
        try archive.addEntry(with: "../../evil.xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        defer { try? FileManager.default.removeItem(at: file) }
        refused(file.path, "outside the package")
    }
}

/// The seeds of the workbook fuzz target, as parity wrote the log and as openpyxl and
/// LibreOffice saved it after an owner's edit: each reads back as the same log.
@Suite struct SavedActionLogTests {
    @Test(arguments: ["openpyxl", "libreoffice"])
    func anOwnersEditReadsTheSameWhoeverSavedIt(saver: String) throws {
        let folder = packageRoot.appending(path: "Tests/ParityKitTests/Fixtures/xlsx")
        let written = try TrackerSheet.read(folder.appending(path: "parity.xlsx").path)
        let saved = try TrackerSheet.read(folder.appending(path: "\(saver).xlsx").path)
        #expect(saved.asOf == CivilDate("2024-04-15") && saved.fingerprints == written.fingerprints)
        #expect(saved.rows.map(\.id) == written.rows.map(\.id))
        let row = try #require(saved.rows.first)
        #expect(row.ownerStatus == .text("Done") && row.ownerDoneOn == .date(CivilDate("2024-05-02")) && row.update == .text("Update from an owner"))
        #expect(written.rows.allSatisfy { !$0.hasOwnerInput })
    }
}
