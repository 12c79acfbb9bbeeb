/// Every format `parity check` writes. Adding one is a case here, a file beside this one
/// and a test.
public enum CheckFormat: String, CaseIterable, Sendable {
    /// `path:line:column: severity: message [CODE]`, one per line.
    case text
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// JUnit XML: a test case per rule and per finding.
    case junit
    /// GitHub Actions workflow commands.
    case github
    /// GitLab Code Quality JSON.
    case codequality

    public struct Options: Sendable {
        /// Where the repository sits, for paths as each tool reads them.
        public var paths: ReportPaths
        /// What fails the run: JUnit marks only those findings as failures.
        public var failOn: FailThreshold

        public init(paths: ReportPaths = .repository, failOn: FailThreshold = .error) {
            self.paths = paths
            self.failOn = failOn
        }
    }

    /// The least severity written when `--min-severity` is not given: code scanning
    /// would turn every note (an amber rule, a partly met condition) into an alert, so
    /// SARIF leaves notes out unless asked; every other format writes everything.
    public var defaultMinimumSeverity: Diagnostic.Severity {
        self == .sarif ? .warning : .note
    }

    public func render(_ result: CheckResult, options: Options = Options()) -> String {
        switch self {
        case .text: return CompilerStyleReport(paths: options.paths).render(result)
        case .json: return CheckJSONReport().render(result)
        case .sarif: return SARIFReport(paths: options.paths).render(result)
        case .junit: return JUnitReport(paths: options.paths, failOn: options.failOn).render(result)
        case .github: return GitHubReport(paths: options.paths).render(result)
        case .codequality: return CodeQualityReport(paths: options.paths).render(result)
        }
    }
}
