import Foundation

/// Turns YAML text into located values (`YAMLValue`), through `YAMLReader`.
enum YAMLDocument {
    /// Conditions one rule pack may hold, counting each alias expansion: a guard against
    /// "billion laughs" documents whose aliases expand without end.
    static let maximumConditions = 5_000

    /// The document in `text`, or nil when it holds none. `lineOffset` is added to every
    /// line number, for YAML cut out of a larger file (front matter).
    static func parse(_ text: Substring, file: String, lineOffset: Int = 0) throws -> YAMLValue? {
        var text = text
        let node = try text.withUTF8 { bytes in
            try YAMLReader.read(bytes, file: file, lineOffset: lineOffset)
        }
        return node.map { YAMLValue(node: $0, file: file) }
    }

    static func parse(_ text: String, file: String) throws -> YAMLValue? {
        try parse(Substring(text), file: file)
    }

    /// Reads a file as UTF-8 text, refusing oversized or non-UTF-8 files and dropping a BOM.
    static func readText(at url: URL, displayPath: String) throws -> String {
        try SourceFile.text(at: url.path, displayPath: displayPath)
    }
}
