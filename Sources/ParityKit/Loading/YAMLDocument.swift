import Foundation
import Yams

/// Parses YAML text into a located node tree, turning every libyaml error into a
/// `ParityError` at the right line and column.
enum YAMLDocument {
    /// Files bigger than this are refused before parsing: no policy metadata needs more.
    static let maximumBytes = 5_000_000
    /// Conditions one rule pack may hold, counting each alias expansion: a guard against
    /// "billion laughs" documents whose aliases expand without end.
    static let maximumConditions = 5_000

    static func parse(_ text: String, file: String) throws -> YAMLValue? {
        let node: Node?
        do {
            // The basic resolver gives every scalar the plain string tag: parity reads values
            // by their text, and the default resolver's regular expressions cost more than
            // the rest of parsing.
            // An explicit encoding, because Yams would otherwise read the process environment
            // on every call to choose one.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw translate(error, file: file)
        }
        return node.map { YAMLValue(node: $0, file: file) }
    }

    static func translate(_ error: YamlError, file: String) -> ParityError {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, yaml),
             let .parser(context, problem, mark, yaml),
             let .composer(context, problem, mark, yaml):
            let detail = context.map { " \($0.text)" } ?? ""
            var message = "invalid YAML: \(problem)\(detail)"
            if problem.contains("tab") || character(in: yaml, at: mark) == "\t" {
                message += " (a tab: YAML is indented with spaces, not tabs)"
            }
            return ParityError(message, at: at(mark), code: .invalidYAML)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ParityError("duplicate key \(names) in one mapping; each key may appear once", at: at(context.mark), code: .duplicateKey)
        case let .reader(problem, offset, _, _):
            return ParityError("unreadable text: \(problem)\(offset.map { " at byte \($0)" } ?? "")", at: .file(file), code: .invalidText)
        default:
            return ParityError("invalid YAML: \(error)", at: .file(file), code: .invalidYAML)
        }
    }

    /// The Unicode scalar at a libyaml mark (1-based line, column in scalars).
    static func character(in text: String, at mark: Mark) -> Unicode.Scalar? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line, column == mark.column { return scalar }
            if scalar == "\n" {
                if line == mark.line { return nil }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// Reads a file as UTF-8 text, refusing oversized or non-UTF-8 files and dropping a BOM.
    static func readText(at url: URL, displayPath: String) throws -> String {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            // A FIFO or device named like a policy would block or never end: read regular files only.
            guard attributes[.type] as? FileAttributeType == .typeRegular else {
                throw ParityError("not a regular file; parity reads only regular files", at: .file(displayPath), code: .unreadableFile)
            }
            if let size = attributes[.size] as? NSNumber, size.intValue > maximumBytes {
                throw ParityError("file is \(size.intValue) bytes; parity reads files of at most \(maximumBytes) bytes", at: .file(displayPath), code: .fileTooLarge)
            }
            data = try Data(contentsOf: url)
        } catch let error as ParityError {
            throw error
        } catch {
            throw ParityError("cannot read the file: \(error.localizedDescription)", at: .file(displayPath), code: .unreadableFile)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ParityError("the file is not valid UTF-8 text", at: .file(displayPath), code: .invalidText)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Windows line endings: same line numbers, and no "\r\n" grapheme to trip line splitting.
        if text.utf8.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        return text
    }
}
