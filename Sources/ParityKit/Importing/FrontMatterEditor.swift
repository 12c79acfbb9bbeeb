import Foundation

/// Edits one action's block mapping in a document's text and leaves every other byte as it
/// was: a key's value is replaced on its own line, a new key goes on a new line after the
/// action's last line, an update is a new item at the end of its `updates:` list. Line
/// endings (LF or CRLF) follow the line the action starts on. An action written in flow
/// style (`- {what: …}`) is refused rather than rewritten.
///
/// The editor trusts nothing it did: `TrackerImport` reads every edited document again and
/// compares each action with what it meant to write.
struct FrontMatterEditor {
    /// The document's lines, each with its line ending.
    private(set) var lines: [Substring]
    let file: String

    init(_ text: String, file: String) {
        self.file = file
        var lines: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            lines.append(text[start..<end])
            start = end
        }
        self.lines = lines
    }

    var text: String { lines.joined() }

    /// One change to an action.
    enum Edit: Equatable {
        case set(String, String)
        case remove(String)
        case appendUpdate(ActionUpdate)
    }

    /// Applies `edits` to the action whose mapping starts at `location` (its first key).
    mutating func apply(_ edits: [Edit], toActionAt location: SourceLocation) throws {
        let first = location.line - 1
        guard lines.indices.contains(first) else { throw refusal(location, "the action is not where it was read") }
        let line = lines[first]
        let prefix = line.prefix(location.column - 1)
        guard prefix.count == location.column - 1, prefix.allSatisfy({ $0 == " " || $0 == "-" }) else {
            throw refusal(location, "the action does not start its line as a block mapping does")
        }
        guard !line.dropFirst(location.column - 1).hasPrefix("{") else {
            throw refusal(location, "the action is written in flow style ({…}); write it as a block mapping (one key a line) to take owners' updates")
        }
        let indent = location.column - 1
        let ending = line.hasSuffix("\r\n") ? "\r\n" : "\n"
        for edit in edits {
            let block = self.block(from: first, indent: indent)
            switch edit {
            case .set(let key, let value):
                if let range = keyLines(key, in: block, first: first, indent: indent) {
                    let keyLine = lines[range.lowerBound]
                    let head = keyLine.prefix(keyLine.distance(from: keyLine.startIndex, to: keyLine.firstIndex(of: ":")!) + 1)
                    lines.replaceSubrange(range, with: [Substring(head + " " + value + ending)])
                } else {
                    lines.insert(Substring(String(repeating: " ", count: indent) + key + ": " + value + ending), at: block.upperBound)
                }
            case .remove(let key):
                guard let range = keyLines(key, in: block, first: first, indent: indent) else { continue }
                guard range.lowerBound != first else {
                    throw refusal(location, "'\(key)' is the action's first key; move another key above it to let parity remove it")
                }
                lines.removeSubrange(range)
            case .appendUpdate(let update):
                let spaces = String(repeating: " ", count: indent)
                if let range = keyLines("updates", in: block, first: first, indent: indent) {
                    let items = lines[range].dropFirst().filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                    guard let item = items.first, item.trimmingCharacters(in: .whitespaces).hasPrefix("-") else {
                        throw refusal(location, "the action's updates are not a block list (one '- ' a line); write them so to take owners' updates")
                    }
                    let itemIndent = item.prefix { $0 == " " }.count
                    let end = range.upperBound - trailingBlanks(range)
                    lines.insert(contentsOf: Self.updateLines(update, indent: itemIndent, ending: ending), at: end)
                } else {
                    lines.insert(contentsOf: [Substring(spaces + "updates:" + ending)] + Self.updateLines(update, indent: indent + 2, ending: ending),
                                 at: block.upperBound)
                }
            }
        }
    }

    /// The lines of the action's mapping: from its first line to its last non-blank line
    /// indented at least as far as its keys.
    private func block(from first: Int, indent: Int) -> Range<Int> {
        var last = first
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            if isBlank(line) { index += 1; continue }
            guard indentation(of: line) >= indent, !isFence(line) else { break }
            last = index
            index += 1
        }
        return first..<(last + 1)
    }

    /// The lines of `key` in the block: its own line and those indented further below it.
    private func keyLines(_ key: String, in block: Range<Int>, first: Int, indent: Int) -> Range<Int>? {
        guard let start = block.first(where: { index in
            let line = lines[index]
            guard index == first || indentation(of: line) == indent else { return false }
            return line.dropFirst(indent).hasPrefix(key + ":")
        }) else { return nil }
        var end = start + 1
        while end < block.upperBound, isBlank(lines[end]) || indentation(of: lines[end]) > indent { end += 1 }
        return start..<(end - trailingBlanks(start..<end))
    }

    private func trailingBlanks(_ range: Range<Int>) -> Int {
        var count = 0
        while count < range.count - 1, isBlank(lines[range.upperBound - 1 - count]) { count += 1 }
        return count
    }

    private func indentation(of line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }

    private func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    private func isFence(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed == "---" || trimmed == "..."
    }

    static func updateLines(_ update: ActionUpdate, indent: Int, ending: String) -> [Substring] {
        let spaces = String(repeating: " ", count: indent)
        var out = [spaces + "- date: " + update.date.description + ending]
        if let by = update.by { out.append(spaces + "  by: " + YAMLScalar.text(by) + ending) }
        out.append(spaces + "  note: " + YAMLScalar.text(update.note) + ending)
        return out.map { Substring($0) }
    }

    private func refusal(_ location: SourceLocation, _ message: String) -> ParityError {
        ParityError(message, at: location)
    }
}

/// How parity writes a value into YAML it edits: plain when YAML would read it back as
/// the same text, double-quoted with escapes otherwise.
enum YAMLScalar {
    static func text(_ value: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;()/'&_+!?%-")
        if let first = value.first, first.isLetter || first.isNumber, value.last != " ", value.allSatisfy(allowed.contains) {
            return value
        }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
