import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the cells of one sheet of an Excel workbook (.xlsx): shared and inline strings,
/// numbers, booleans, and dates stored as serial numbers in the 1900 system (with its
/// fictitious 29 February 1900) or the 1904 one, told from numbers by their cell format;
/// merged cells take the value of their first cell; empty rows are skipped.
///
/// A workbook comes from outside: it is read within limits on its size, its entries and
/// the bytes they inflate to (a zip bomb is refused as it inflates, not after), rows and
/// cells, and a part naming a place outside the package, a document type declaration
/// (where entity attacks live) or malformed XML is refused, naming the file and part.
/// Foundation's XMLParser (libxml2's streaming parser) reads the XML: it ships with
/// Swift on every platform, streams rather than building a tree, and is told never to
/// resolve external entities.
public struct XlsxReader {
    public struct Limits: Sendable {
        public var fileBytes = 50_000_000
        public var entries = 2_000
        public var inflatedBytes = 100_000_000
        public var rows = 100_000
        public var cells = 2_000_000

        public init() {}
    }

    let path: String
    let limits: Limits
    private let archive: Archive
    private var inflated = 0

    public init(path: String, limits: Limits = Limits()) throws {
        self.path = path
        self.limits = limits
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes?[.size] as? Int, attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw ParityError("\(path) is not a file that can be read", code: .unreadableFile)
        }
        guard size <= limits.fileBytes else {
            throw ParityError("\(path) is \(size) bytes; a workbook parity reads is at most \(limits.fileBytes)", code: .unreadableFile)
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ParityError("\(path) is not an Excel workbook (.xlsx): it is not a ZIP package", code: .unreadableFile)
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw ParityError("\(path) holds more than \(limits.entries) parts; an Excel workbook has a few dozen", code: .unreadableFile)
            }
            guard Self.isInside(entry.path) else {
                throw ParityError("\(path) holds a part named '\(entry.path)', outside the package; it is refused", code: .unreadableFile)
            }
        }
    }

    /// The names of the workbook's sheets, in order, with whether each is hidden.
    public mutating func sheetNames() throws -> [(name: String, hidden: Bool)] {
        try workbook().sheets.map { ($0.name, $0.hidden) }
    }

    /// The cells of the sheet named `name`, or of the first sheet.
    public mutating func sheet(named name: String? = nil) throws -> XlsxSheet {
        let book = try workbook()
        guard let sheet = name.map({ wanted in book.sheets.first { $0.name == wanted } }) ?? book.sheets.first else {
            let names = book.sheets.map(\.name).joined(separator: ", ")
            throw ParityError(name.map { "\(path) has no sheet named '\($0)'; its sheets: \(names)" } ?? "\(path) has no sheets", code: .unreadableFile)
        }
        let strings = try book.sharedStrings.map { try sharedStrings(at: $0) } ?? []
        let dateStyles = try book.styles.map { try self.dateStyles(at: $0) } ?? []
        let parser = SheetParser(strings: strings, dateStyles: dateStyles, date1904: book.date1904, limits: limits)
        try parse(sheet.part, with: parser)
        if let problem = parser.problem { throw ParityError("\(path): \(sheet.part): \(problem)", code: .unreadableFile) }
        return XlsxSheet(name: sheet.name, file: path, rows: parser.finished())
    }

    // MARK: The package

    private struct Workbook {
        var sheets: [(name: String, part: String, hidden: Bool)]
        var sharedStrings: String?
        var styles: String?
        var date1904: Bool
    }

    private mutating func workbook() throws -> Workbook {
        let relations = RelationshipsParser()
        try parse("xl/_rels/workbook.xml.rels", with: relations)
        let book = WorkbookParser()
        try parse("xl/workbook.xml", with: book)
        var targets: [String: String] = [:]
        for (id, relation) in relations.targets {
            guard !relation.external, let part = Self.resolve(relation.target, from: "xl/") else {
                throw ParityError("\(path): xl/_rels/workbook.xml.rels points outside the package ('\(relation.target)'); it is refused", code: .unreadableFile)
            }
            targets[id] = part
        }
        var sheets: [(String, String, Bool)] = []
        for sheet in book.sheets {
            guard let part = targets[sheet.relation] else {
                throw ParityError("\(path): sheet '\(sheet.name)' names no part of the package", code: .unreadableFile)
            }
            sheets.append((sheet.name, part, sheet.hidden))
        }
        func part(_ type: String) -> String? {
            relations.targets.first { $0.value.type.hasSuffix("/" + type) }.flatMap { targets[$0.key] }
        }
        return Workbook(sheets: sheets, sharedStrings: part("sharedStrings"), styles: part("styles"), date1904: book.date1904)
    }

    /// A part's path inside the package from a relationship's target: absolute from the
    /// package root, or relative to `base`; nil when it climbs out of the package.
    static func resolve(_ target: String, from base: String) -> String? {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func isInside(_ entry: String) -> Bool {
        !entry.hasPrefix("/") && !entry.contains("\\") && !entry.contains(":") && resolve(entry, from: "") != nil
            && !entry.split(separator: "/").contains("..")
    }

    /// Inflates a part within what is left of the limit on inflated bytes.
    private mutating func bytes(of part: String) throws -> Data {
        guard let entry = archive[part] else {
            throw ParityError("\(path) is not an Excel workbook (.xlsx): it has no \(part)", code: .unreadableFile)
        }
        var data = Data()
        let allowance = limits.inflatedBytes - inflated
        struct TooLarge: Error {}
        do {
            // No CRC: computed in Swift it costs more than inflating, and a damaged part fails as XML.
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                data.append(chunk)
                if data.count > allowance { throw TooLarge() }
            }
        } catch is TooLarge {
            throw ParityError("\(path) inflates to more than \(limits.inflatedBytes) bytes; it is refused as a zip bomb would be", code: .unreadableFile)
        } catch {
            throw ParityError("\(path): \(part) cannot be read from the package: \(error)", code: .unreadableFile)
        }
        inflated += data.count
        return data
    }

    private mutating func parse(_ part: String, with delegate: XMLReading) throws {
        let data = try bytes(of: part)
        // Office parts never declare a document type; one that does may hide entity attacks.
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw ParityError("\(path): \(part) declares a document type or entities, which an Excel workbook never does; it is refused", code: .unreadableFile)
        }
        // Counted before parsing, where a byte scan is fast: a sheet of a million empty rows
        // is refused at once, not after the parser has walked a hundred thousand of them.
        for (tag, limit) in [("<row", limits.rows), ("<c ", limits.cells)] where Self.count(tag, in: data, beyond: limit) {
            throw ParityError("\(path): \(part) has more than \(limit) \(tag == "<row" ? "rows" : "cells"); a workbook parity reads has fewer", code: .unreadableFile)
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if delegate.problem == nil, !parsed || delegate.malformed != nil {
            let line = parser.lineNumber, column = parser.columnNumber
            let code = (delegate.malformed ?? parser.parserError).map { " (libxml2 error \(($0 as NSError).code))" } ?? ""
            throw ParityError("\(path): \(part) is not well-formed XML at line \(line), column \(column)\(code); it is refused", code: .unreadableFile)
        }
    }

    /// Whether `tag` occurs in `data` more than `limit` times.
    static func count(_ tag: String, in data: Data, beyond limit: Int) -> Bool {
        let needle = Array(tag.utf8)
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0, found = 0
            while offset < buffer.count, let hit = memchr(base + offset, Int32(needle[0]), buffer.count - offset) {
                let index = base.distance(to: hit)
                if index + needle.count <= buffer.count, memcmp(hit, needle, needle.count) == 0 {
                    found += 1
                    if found > limit { return true }
                }
                offset = index + 1
            }
            return false
        }
    }

    private mutating func sharedStrings(at part: String) throws -> [String] {
        let parser = SharedStringsParser(limit: limits.cells)
        try parse(part, with: parser)
        if let problem = parser.problem { throw ParityError("\(path): \(part): \(problem)", code: .unreadableFile) }
        return parser.strings
    }

    /// For each cell format (`s` of a cell), whether it shows a date.
    private mutating func dateStyles(at part: String) throws -> [Bool] {
        let parser = StylesParser()
        try parse(part, with: parser)
        return parser.formats.map { id in
            if let code = parser.codes[id] { return Self.isDateFormat(code) }
            return (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
        }
    }

    /// A number format shows a date when it holds d, m or y outside quoted text, escapes
    /// and [colour] or [$-locale] brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "m", "y" where !quoted && !bracket: return true
            default: continue
            }
        }
        return false
    }
}

// MARK: Streaming parsers, one per part

/// The base of the part parsers. It implements the delegate's methods itself so that the
/// subclasses' overrides are called: on Linux the protocol's default implementations would
/// otherwise be bound to this class's conformance and hide them.
class XMLReading: NSObject, XMLParserDelegate {
    /// Why reading stopped early, when a limit was reached.
    var problem: String?

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    /// libxml2 may recover from an error and read on; any error refuses the part all the same.
    var malformed: Error?

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        if malformed == nil { malformed = error }
    }

    func stop(_ parser: XMLParser, _ problem: String) {
        self.problem = problem
        parser.abortParsing()
    }
}

private final class RelationshipsParser: XMLReading {
    var targets: [String: (target: String, type: String, external: Bool)] = [:]

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = (target, attributes["Type"] ?? "", attributes["TargetMode"] == "External")
    }
}

private final class WorkbookParser: XMLReading {
    var sheets: [(name: String, relation: String, hidden: Bool)] = []
    var date1904 = false

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "workbookPr":
            date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
        case "sheet":
            // The relationship's prefix is usually r:, but any prefix bound to the namespace will do.
            guard let name = attributes["name"],
                  let relation = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") || $0.key == "id" })?.value
            else { return }
            sheets.append((name, relation, ["hidden", "veryHidden"].contains(attributes["state"] ?? "")))
        default:
            break
        }
    }
}

private final class StylesParser: XMLReading {
    var codes: [Int: String] = [:]
    var formats: [Int] = []
    private var inCellFormats = false

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "cellXfs" { inCellFormats = false }
    }
}

/// Text runs inside `<si>` or `<is>`: every `<t>` except those of phonetic runs (`<rPh>`).
private struct RunText {
    var text = ""
    var inText = false
    var inPhonetic = false

    mutating func start(_ element: String) {
        if element == "rPh" { inPhonetic = true }
        if element == "t", !inPhonetic { inText = true }
    }

    mutating func end(_ element: String) {
        if element == "rPh" { inPhonetic = false }
        if element == "t" { inText = false }
    }
}

private final class SharedStringsParser: XMLReading {
    var strings: [String] = []
    private var run = RunText()
    private var inItem = false
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if element == "si" {
            inItem = true
            run = RunText()
        } else if inItem {
            run.start(element)
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if run.inText { run.text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "si" {
            inItem = false
            strings.append(run.text)
            if strings.count > limit { stop(parser, "more than \(limit) shared strings") }
        } else {
            run.end(element)
        }
    }
}

private final class SheetParser: XMLReading {
    private let strings: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool
    private let limits: XlsxReader.Limits
    private var rows: [Int: [Int: XlsxValue]] = [:]
    private var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
    private var rowCount = 0
    private var cellCount = 0
    private var row = 0
    private var column = 0
    private var cell: (type: String, style: Int)?
    private var value = ""
    private var inValue = false
    private var run = RunText()

    init(strings: [String], dateStyles: [Bool], date1904: Bool, limits: XlsxReader.Limits) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.limits = limits
    }

    override func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "row":
            rowCount += 1
            guard rowCount <= limits.rows else { return stop(parser, "more than \(limits.rows) rows") }
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            guard (1...1_048_576).contains(row) else { return stop(parser, "row number \(row) is outside a sheet") }
            column = 0
        case "c":
            cellCount += 1
            guard cellCount <= limits.cells else { return stop(parser, "more than \(limits.cells) cells") }
            if let reference = attributes["r"], let place = Self.place(reference) {
                row = place.row
                column = place.column
            } else {
                column += 1
            }
            cell = (attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
            value = ""
            run = RunText()
        case "v" where cell != nil:
            inValue = true
        case "mergeCell":
            if let range = attributes["ref"], let merge = Self.range(range) { merges.append(merge) }
        default:
            if cell != nil { run.start(element) }
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else if run.inText { run.text += string }
    }

    override func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v":
            inValue = false
        case "c":
            guard let cell else { return }
            self.cell = nil
            guard let stored = self.value(type: cell.type, style: cell.style) else { return }
            if case .text(let text) = stored, text.isEmpty { return }
            rows[row, default: [:]][column] = stored
        default:
            run.end(element)
        }
    }

    private func value(type: String, style: Int) -> XlsxValue? {
        switch type {
        case "s": return Int(value).flatMap { strings.indices.contains($0) ? .text(strings[$0]) : nil }
        case "inlineStr": return .text(run.text)
        case "str": return .text(value)
        case "b": return .bool(value == "1" || value == "true")
        case "e": return .error(value)
        case "d": return CivilDate(iso: String(value.prefix(10))).map { .date($0) } ?? .text(value)
        default:
            guard let number = Double(value) else { return value.isEmpty ? nil : .text(value) }
            if dateStyles.indices.contains(style), dateStyles[style], let date = XlsxValue.date(serial: number, date1904: date1904) {
                return .date(date)
            }
            return .number(number)
        }
    }

    /// The rows in order, merged ranges filled with their first cell's value.
    func finished() -> [(number: Int, cells: [Int: XlsxValue])] {
        for merge in merges {
            guard let first = rows[merge.top]?[merge.left], (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) <= 10_000 else { continue }
            for r in merge.top...merge.bottom {
                for c in merge.left...merge.right where rows[r]?[c] == nil { rows[r, default: [:]][c] = first }
            }
        }
        return rows.keys.sorted().compactMap { number in rows[number]!.isEmpty ? nil : (number, rows[number]!) }
    }

    /// "AB12" as row 12, column 28.
    static func place(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for character in reference.uppercased() {
            if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
                guard column <= 16_384 else { return nil }
            } else if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character != "$" {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), (1...1_048_576).contains(row) else { return nil }
        return (row, column)
    }

    static func range(_ text: String) -> (top: Int, left: Int, bottom: Int, right: Int)? {
        let ends = text.split(separator: ":").map(String.init)
        guard ends.count == 2, let start = place(ends[0]), let end = place(ends[1]) else { return nil }
        return (min(start.row, end.row), min(start.column, end.column), max(start.row, end.row), max(start.column, end.column))
    }
}
