import Foundation

/// The diagnostics as JSON: `schema_version`, `as_of`, `counts`, `diagnostics` and, with
/// FILEs, `elsewhere` (the rest of the repository's). Paths are repository-relative.
struct CheckJSONReport {
    struct Document: Encodable {
        let schemaVersion = 1
        let asOf: CivilDate
        let counts: [String: Int]
        let diagnostics: [Diagnostic]
        let elsewhere: [Diagnostic]
    }

    func render(_ result: CheckResult) -> String {
        let counts = Dictionary(uniqueKeysWithValues: Diagnostic.Severity.allCases.map { ($0.rawValue, result.count($0)) })
        return JSONOutput.render(Document(asOf: result.asOf, counts: counts, diagnostics: result.diagnostics,
                                       elsewhere: result.elsewhere))
    }
}
