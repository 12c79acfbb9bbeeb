/// The YAML between a Markdown file's opening `---` line and the next `---` line.
enum FrontMatter {
    /// The front matter as YAML text that keeps the Markdown file's line numbers (the
    /// opening fence becomes a blank line), or nil when the file has none.
    static func extract(from markdown: String, file: String) throws -> String? {
        // Split on \n only: a CRLF file keeps its \r, which libyaml treats as line-end space.
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else { return nil }
        for index in lines.indices.dropFirst() where isFence(lines[index]) || lines[index].trimmingTrailingCR == "..." {
            return "\n" + lines[1..<index].joined(separator: "\n") + "\n"
        }
        throw ParityError("front matter opened with '---' on line 1 is never closed; end it with a line holding only '---'", at: SourceLocation(file: file, line: 1, column: 1), code: "front-matter")
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingCR == "---"
    }
}

private extension Substring {
    var trimmingTrailingCR: Substring {
        var line = self
        while line.last == "\r" || line.last == " " || line.last == "\t" { line.removeLast() }
        return line
    }
}
