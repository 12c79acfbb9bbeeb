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
