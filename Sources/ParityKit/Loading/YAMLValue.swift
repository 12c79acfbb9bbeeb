/// A YAML node with the file it came from, so every value read out of it can say where
/// it was. Readers ask it for the value they expect and get a located error otherwise.
struct YAMLValue {
    let node: YAMLNode
    let file: String

    var location: SourceLocation {
        SourceLocation(file: file, line: Int(node.line), column: Int(node.column))
    }

    var isMapping: Bool {
        if case .mapping = node.content { return true }
        return false
    }

    var isScalar: Bool {
        if case .scalar = node.content { return true }
        return false
    }

    /// The text of an unquoted scalar (`true`, `12`), which alone may be read as a
    /// boolean or a number; nil for quoted text and for lists and mappings.
    var plainText: String? {
        if case .scalar(let text, .plain) = node.content { return text }
        return nil
    }

    /// A plain scalar YAML reads as null: empty, `~` or `null`.
    private var isNull: Bool {
        guard let text = plainText else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// What a user would call this node, for "expected a date, found a list".
    var kindDescription: String {
        switch node.content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, _): return isNull ? "nothing (null)" : "'\(text)'"
        }
    }

    func error(_ message: String, code: CheckCode = .invalidInput) -> ParityError {
        ParityError(message, at: location, code: code)
    }

    func mapping(_ what: String) throws -> YAMLMapping {
        guard case .mapping(let pairs) = node.content else {
            throw error("expected \(what) (a mapping of keys to values), found \(kindDescription)")
        }
        return YAMLMapping(pairs: pairs, file: file, location: location, what: what)
    }

    func list(_ what: String) throws -> [YAMLValue] {
        guard case .sequence(let items) = node.content else {
            throw error("expected \(what) (a list), found \(kindDescription)")
        }
        return items.map { YAMLValue(node: $0, file: file) }
    }

    /// A list, or a single scalar taken as a list of one (`kind: policy`).
    func scalarOrList(_ what: String) throws -> [YAMLValue] {
        if case .sequence = node.content { return try list(what) }
        return [self]
    }

    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar, _) = node.content, !isNull else {
            throw error("expected \(what) (text), found \(kindDescription)")
        }
        let text = scalar.trimmingWhitespace
        guard !text.isEmpty else { throw error("\(what) is empty") }
        return text
    }

    func int(_ what: String, range: ClosedRange<Int>) throws -> Int {
        guard let text = plainText, let value = Int(text) else {
            throw error("expected \(what) (a whole number), found \(kindDescription)")
        }
        guard range.contains(value) else {
            throw error("\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    func bool(_ what: String) throws -> Bool {
        switch plainText {
        case "true": return true
        case "false": return false
        default: throw error("expected \(what) (true or false), found \(kindDescription)")
        }
    }

    func date(_ what: String) throws -> CivilDate {
        let text = try string(what)
        guard let date = CivilDate(iso: text) else {
            if text.count == 10, text.filter({ $0 == "-" }).count == 2, text.allSatisfy({ $0.isNumber || $0 == "-" }) {
                throw error("\(what) '\(text)' is not a real date")
            }
            throw error("expected \(what) as a date YYYY-MM-DD, found '\(text)'")
        }
        return date
    }

    func period(_ what: String) throws -> Period {
        let text = try string(what)
        guard let period = Period(iso: text) else {
            throw error("expected \(what) as an ISO-8601 period such as P12M, P1Y or P90D, found '\(text)'")
        }
        return period
    }

    func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ what: String) throws -> T where T.RawValue == String {
        let text = try string(what)
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue)
            throw error("\(what) '\(text)' is not one of \(allowed.joined(separator: ", "))\(Suggestion.didYouMean(text, among: allowed))")
        }
        return value
    }

    func strings(_ what: String) throws -> [String] {
        try scalarOrList(what).map { try $0.string(what) }
    }
}
