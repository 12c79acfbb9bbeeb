import Foundation
import Yams

/// A composed YAML node with the file it came from, so every value read out of it can
/// say where it was. The only place besides `YAMLDocument` that knows Yams types.
struct YAMLValue {
    let node: Node
    let file: String

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// What a user would call this node, for "expected a date, found a list".
    var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return "nothing (null)"
            }
            return "'\(scalar.string)'"
        }
    }

    func error(_ message: String, code: CheckCode = .invalidInput) -> ParityError {
        ParityError(message, at: location, code: code)
    }

    func mapping(_ what: String) throws -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error("expected \(what) (a mapping of keys to values), found \(kindDescription)")
        }
        return YAMLMapping(mapping: mapping, file: file, location: location, what: what)
    }

    func list(_ what: String) throws -> [YAMLValue] {
        guard case .sequence(let sequence) = node else {
            throw error("expected \(what) (a list), found \(kindDescription)")
        }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    /// A list, or a single scalar taken as a list of one (`kind: policy`).
    func scalarOrList(_ what: String) throws -> [YAMLValue] {
        if case .sequence = node { return try list(what) }
        return [self]
    }

    func string(_ what: String) throws -> String {
        guard case .scalar(let scalar) = node, kindDescription != "nothing (null)" else {
            throw error("expected \(what) (text), found \(kindDescription)")
        }
        let text = scalar.string.trimmingWhitespace
        guard !text.isEmpty else { throw error("\(what) is empty") }
        return text
    }

    func int(_ what: String, range: ClosedRange<Int>) throws -> Int {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            throw error("expected \(what) (a whole number), found \(kindDescription)")
        }
        guard range.contains(value) else {
            throw error("\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    func bool(_ what: String) throws -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else {
            throw error("expected \(what) (true or false), found \(kindDescription)")
        }
        switch scalar.string {
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

/// A YAML mapping read strictly: every key must be known, and is read at most once.
struct YAMLMapping {
    let pairs: [(key: String, keyValue: YAMLValue, value: YAMLValue)]
    let file: String
    let location: SourceLocation
    let what: String

    /// The position of each key's pair, for lookups without a scan.
    private let index: [String: Int]

    init(mapping: Node.Mapping, file: String, location: SourceLocation, what: String) {
        self.pairs = mapping.map { key, value in
            (key.string ?? "", YAMLValue(node: key, file: file), YAMLValue(node: value, file: file))
        }
        self.index = Dictionary(pairs.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.file = file
        self.location = location
        self.what = what
    }

    /// Rejects keys outside `allowed`, naming the nearest allowed key.
    func checkKeys(_ allowed: [String]) throws {
        for pair in pairs where !allowed.contains(pair.key) {
            throw pair.keyValue.error(
                "unknown key '\(pair.key)' in \(what)\(Suggestion.didYouMean(pair.key, among: allowed)); allowed keys: \(allowed.joined(separator: ", "))", code: .unknownKey)
        }
    }

    subscript(key: String) -> YAMLValue? {
        index[key].map { pairs[$0].value }
    }

    func keyLocation(_ key: String) -> SourceLocation? {
        index[key].map { pairs[$0].keyValue.location }
    }

    func required(_ key: String) throws -> YAMLValue {
        guard let value = self[key] else {
            throw ParityError("\(what) is missing the required key '\(key)'", at: location)
        }
        return value
    }

    var keys: [String] { pairs.map(\.key) }
}

extension String {
    /// The string without leading and trailing whitespace and newlines; Foundation's
    /// `trimmingCharacters` bridges through NSString, which shows in profiles of large
    /// repositories.
    var trimmingWhitespace: String {
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
        if case .scalar(let scalar) = node { scalarHint = MeasureText.hint(scalar.string) }
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .singleQuoted || scalar.style == .doubleQuoted,
              let value = MeasureText.number(scalar.string) else {
            throw error("expected \(what) (a number), found \(kindDescription)\(scalarHint)")
        }
        guard abs(value) < MeasureText.largest else {
            throw error("\(what) \(scalar.string) is too large (parity reads figures below 1,000,000,000,000)")
        }
        return value
    }
}
