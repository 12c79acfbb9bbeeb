import CYaml

/// Reads one YAML document from UTF-8 bytes with libyaml's event parser and builds
/// `YAMLNode`s directly: no intermediate tree, no tag resolution (parity reads every value
/// by its text), one pass over the events.
///
/// What it refuses, each at the offending line and column: any libyaml error (tabs,
/// unclosed brackets, more than libyaml's 1,000 levels of nesting, invalid UTF-8), a key
/// given twice in one mapping (naming where it was first), a key that is not a scalar,
/// a merge key (`<<`), an undefined alias, and a second document in the stream.
struct YAMLReader {
    private var parser = yaml_parser_t()
    private let file: String
    /// Added to libyaml's 0-based lines, so a front matter parsed on its own keeps the
    /// Markdown file's line numbers.
    private let lineOffset: Int
    private let bytes: UnsafeBufferPointer<UInt8>
    private var anchors: [String: YAMLNode] = [:]

    /// The document in `bytes`, or nil when the stream holds none (empty, or comments only).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int = 0) throws -> YAMLNode? {
        var reader = YAMLReader(file: file, lineOffset: lineOffset, bytes: bytes)
        guard yaml_parser_initialize(&reader.parser) == 1 else {
            throw ParityError("out of memory while reading YAML", at: .file(file), code: .invalidYAML)
        }
        defer { yaml_parser_delete(&reader.parser) }
        yaml_parser_set_encoding(&reader.parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&reader.parser, bytes.baseAddress, bytes.count)
        return try reader.stream()
    }

    private init(file: String, lineOffset: Int, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.lineOffset = lineOffset
        self.bytes = bytes
    }

    // MARK: - Events

    /// A container being built: its start, its anchor, and what it holds so far.
    private struct Open {
        let line: Int32
        let column: Int32
        let anchor: String?
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var pendingKeyText = ""
        /// Keys already seen, once the mapping is big enough that a scan would cost more.
        var seen: [String: Int]?
    }

    private mutating func stream() throws -> YAMLNode? {
        var event = yaml_event_t()
        var open: [Open] = []
        var root: YAMLNode?
        var documents = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw parseError() }
            defer { yaml_event_delete(&event) }
            let (line, column) = position(event.start_mark)
            var finished: (node: YAMLNode, anchor: String?)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw ParityError("invalid YAML: found a second document; a file holds one YAML document", at: location(line, column), code: .invalidYAML)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = scalar.length == 0 ? "" : String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let node = YAMLNode(content: .scalar(text, style(scalar.style)), line: line, column: column)
                finished = (node, name(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let anchor = name(event.data.alias.anchor) ?? ""
                guard let target = anchors[anchor] else {
                    throw ParityError("invalid YAML: found undefined alias '*\(anchor)'", at: location(line, column), code: .invalidYAML)
                }
                // The alias stands for the anchored node, positions included: an error
                // inside it points at the text that holds the mistake.
                finished = (target, nil)
            case YAML_SEQUENCE_START_EVENT:
                open.append(Open(line: line, column: column, anchor: name(event.data.sequence_start.anchor), isMapping: false))
            case YAML_MAPPING_START_EVENT:
                open.append(Open(line: line, column: column, anchor: name(event.data.mapping_start.anchor), isMapping: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let done = open.removeLast()
                let content: YAMLNode.Content = done.isMapping ? .mapping(done.pairs) : .sequence(done.items)
                finished = (YAMLNode(content: content, line: done.line, column: done.column), done.anchor)
            default:
                break
            }
            guard let (node, anchor) = finished else { continue }
            if let anchor { anchors[anchor] = node }
            if open.isEmpty {
                root = node
            } else {
                try add(node, to: &open[open.count - 1])
            }
        }
    }

    /// Puts a finished node into its container: appended to a list, or as a key or value.
    private func add(_ node: YAMLNode, to container: inout Open) throws {
        guard container.isMapping else {
            container.items.append(node)
            return
        }
        guard let key = container.pendingKey else {
            guard case .scalar(let text, let style) = node.content else {
                throw ParityError("invalid YAML: a key must be text, found \(node.content.kindWord)", at: location(node.line, node.column), code: .invalidYAML)
            }
            if text == "<<", style == .plain {
                throw ParityError("invalid YAML: merge keys ('<<') are not supported; write the keys out in full", at: location(node.line, node.column), code: .invalidYAML)
            }
            if let first = firstIndex(of: text, in: &container) {
                let earlier = container.pairs[first].keyNode
                throw ParityError("duplicate key '\(text)' in one mapping (first at line \(earlier.line), column \(earlier.column)); each key may appear once",
                                  at: location(node.line, node.column), code: .duplicateKey)
            }
            container.pendingKey = node
            container.pendingKeyText = text
            return
        }
        container.pairs.append(YAMLPair(key: container.pendingKeyText, keyNode: key, value: node))
        container.pendingKey = nil
    }

    /// Where `key` already sits in the mapping: a scan while it is small, a dictionary once
    /// it grows, so a mapping of many keys costs linear time, not quadratic.
    private func firstIndex(of key: String, in container: inout Open) -> Int? {
        if container.seen == nil, container.pairs.count < 16 {
            return container.pairs.firstIndex { $0.key == key }
        }
        if container.seen == nil {
            container.seen = Dictionary(container.pairs.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
        if let index = container.seen![key] { return index }
        container.seen![key] = container.pairs.count
        return nil
    }

    // MARK: - Positions and errors

    private func position(_ mark: yaml_mark_t) -> (Int32, Int32) {
        (Int32(clamping: mark.line + 1 + lineOffset), Int32(clamping: mark.column + 1))
    }

    private func location(_ line: Int32, _ column: Int32) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }

    /// libyaml's error, worded as parity words it, at libyaml's line and column.
    private func parseError() -> ParityError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            return ParityError("unreadable text: \(problem) at byte \(parser.problem_offset)", at: .file(file), code: .invalidText)
        }
        let (line, column) = position(parser.problem_mark)
        let context = parser.context.map { " " + String(cString: $0) } ?? ""
        var message = "invalid YAML: \(problem)\(context)"
        if problem.contains("tab") || character(atLine: parser.problem_mark.line, column: parser.problem_mark.column) == UInt8(ascii: "\t") {
            message += " (a tab: YAML is indented with spaces, not tabs)"
        }
        return ParityError(message, at: location(line, column), code: .invalidYAML)
    }

    /// The first byte of the character at a 0-based libyaml line and column (columns count
    /// characters, so continuation bytes are skipped).
    private func character(atLine line: Int, column: Int) -> UInt8? {
        var index = 0
        var currentLine = 0
        while currentLine < line {
            guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            index = newline + 1
            currentLine += 1
        }
        var characters = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] & 0xC0 != 0x80 {
                if characters == column { return bytes[index] }
                characters += 1
            }
            index += 1
        }
        return nil
    }
}

extension YAMLNode.Content {
    /// What a user would call a non-scalar, for "a key must be text, found a list".
    var kindWord: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar: return "text"
        }
    }
}
