/// A YAML mapping read strictly: every key must be known, and is read at most once.
struct YAMLMapping {
    /// The pairs as read; values are wrapped with the file only when asked for, since a
    /// front matter's mapping is read once and thrown away.
    private let members: [YAMLPair]
    let file: String
    let location: SourceLocation
    let what: String

    /// Reads `version:`, which every file parity reads carries so that a later format can
    /// be told apart; this parity reads version 1. `document` names the file's kind.
    func requireVersion1(of document: String) throws {
        let version = try required("version").int("version", range: 1...Int.max)
        guard version == 1 else {
            throw self["version"]!.error("\(document) version \(version) is not supported; this parity reads version 1")
        }
    }

    init(pairs: [YAMLPair], file: String, location: SourceLocation, what: String) {
        self.members = pairs
        self.file = file
        self.location = location
        self.what = what
    }

    /// Rejects keys outside `allowed`, naming the nearest allowed key.
    func checkKeys(_ allowed: [String]) throws {
        for pair in members where !allowed.contains(pair.key) {
            throw YAMLValue(node: pair.keyNode, file: file).error(
                "unknown key '\(pair.key)' in \(what)\(Suggestion.didYouMean(pair.key, among: allowed)); allowed keys: \(allowed.joined(separator: ", "))", code: .unknownKey)
        }
    }

    // Mappings hold a handful of keys (the reader has refused duplicates): a scan beats
    // building a dictionary for each one.
    subscript(key: String) -> YAMLValue? {
        members.first { $0.key == key }.map { YAMLValue(node: $0.value, file: file) }
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        members.first { $0.key == key }.map { YAMLValue(node: $0.keyNode, file: file).location }
    }

    /// Every pair in order, each key and value with its file.
    var pairs: [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        members.map { ($0.key, YAMLValue(node: $0.keyNode, file: file), YAMLValue(node: $0.value, file: file)) }
    }

    /// Where each key's value starts, in order.
    var valueLocations: [(key: String, location: SourceLocation)] {
        members.map { ($0.key, SourceLocation(file: file, line: Int($0.value.line), column: Int($0.value.column))) }
    }

    func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw ParityError("\(what) is missing the required key '\(key)'", at: location)
        }
        return value
    }

    var keys: [String] { members.map(\.key) }
}

extension String {
    /// The string without leading and trailing whitespace and newlines; Foundation's
    /// `trimmingCharacters` bridges through NSString, which shows in profiles of large
    /// repositories.
    var trimmingWhitespace: String {
        // Almost every value starts and ends with a visible ASCII character: no Unicode
        // property lookups for those.
        if let head = utf8.first, let tail = utf8.last, head > 0x20, head < 0x7F, tail > 0x20, tail < 0x7F { return self }
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return first == startIndex && last == index(before: endIndex) ? self : String(self[first...last])
    }
}

extension YAMLValue {
    /// A plain decimal number: `1.25`, `-13.6`, `16.7`. A trailing `%` is allowed, since
    /// percentages are written that way in the sources.
    func number(_ what: String) throws -> Double {
        var scalarHint = ""
        if case .scalar(let text, _) = node.content { scalarHint = MeasureText.hint(text) }
        guard case .scalar(let text, let style) = node.content, style == .plain || style == .singleQuoted || style == .doubleQuoted,
              let value = MeasureText.number(text) else {
            throw error("expected \(what) (a number), found \(kindDescription)\(scalarHint)")
        }
        guard abs(value) < MeasureText.largest else {
            throw error("\(what) \(text) is too large (parity reads figures below 1,000,000,000,000)")
        }
        return value
    }
}
