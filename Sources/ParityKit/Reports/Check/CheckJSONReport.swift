import Foundation

/// The diagnostics as JSON: `schema_version`, `as_of`, `counts` and `diagnostics`.
struct CheckJSONReport {
    struct Document: Encodable {
        let schemaVersion = 1
        let asOf: CivilDate
        let counts: [String: Int]
        let diagnostics: [Diagnostic]
    }

    func render(_ result: CheckResult) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let counts = Dictionary(uniqueKeysWithValues: Diagnostic.Severity.allCases.map { ($0.rawValue, result.count($0)) })
        let data = try! encoder.encode(Document(asOf: result.asOf, counts: counts, diagnostics: result.diagnostics))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
