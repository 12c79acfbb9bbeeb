/// Every format `parity check` writes. Adding one is a case here, a file beside this one
/// and a test.
public enum CheckFormat: String, CaseIterable, Sendable {
    /// `path:line:column: severity: message [CODE]`, one per line.
    case text
    case json
    /// SARIF 2.1.0, for code-review views.
    case sarif
    /// JUnit XML: a test case per rule.
    case junit
    /// GitHub Actions workflow commands.
    case github

    public func render(_ result: CheckResult) -> String {
        switch self {
        case .text: return CompilerStyleReport().render(result)
        case .json: return CheckJSONReport().render(result)
        case .sarif: return SARIFReport().render(result)
        case .junit: return JUnitReport().render(result)
        case .github: return GitHubReport().render(result)
        }
    }
}
