/// The YAML between a Markdown file's opening `---` line and the next `---` (or `...`)
/// line.
enum FrontMatter {
    /// The front matter's YAML, cut from the Markdown without a copy, and how many lines
    /// of the file come before it (the opening fence), so that `YAMLDocument.parse` can
    /// keep the file's line numbers; nil when the file has none. Only the front matter is
    /// scanned, never the body.
    static func extract(from markdown: String, file: String) throws -> (yaml: Substring, lineOffset: Int)? {
        let bytes = markdown.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var contentStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            lineNumber += 1
            let line = markdown[lineStart..<lineEnd]
            if lineNumber == 1 {
                guard isFence(line) else { return nil }
                contentStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            } else if isFence(line) || trimmed(line) == "..." {
                return (markdown[contentStart!..<lineStart], 1)
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
        }
        guard contentStart != nil else { return nil }
        throw ParityError("front matter opened with '---' on line 1 is never closed; end it with a line holding only '---'", at: SourceLocation(file: file, line: 1, column: 1), code: .frontMatter)
    }

    private static func isFence(_ line: Substring) -> Bool {
        trimmed(line) == "---"
    }

    /// The line without trailing spaces, tabs or a carriage return.
    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.utf8.last, last == 13 || last == 32 || last == 9 { line = line.dropLast() }
        return line
    }
}
