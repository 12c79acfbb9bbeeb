/// One problem `parity check` reports, compiler-style.
public struct Diagnostic: Hashable, Codable, Sendable {
    public enum Severity: String, CaseIterable, Codable, Sendable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var code: DiagnosticCode
    /// About the repository as a whole (a rule's lapsed deadline) rather than one file, so
    /// it is reported whichever files a commit touches.
    public var repositoryWide: Bool
    /// A rule past its deadline and not met: what `--fail-on overdue` looks for.
    public var overdue: Bool
    /// Why the finding is accepted for now (a waiver's reason): SARIF marks it suppressed.
    @NullEncoded public var suppression: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, code: DiagnosticCode,
                repositoryWide: Bool = false, overdue: Bool = false, suppression: String? = nil) {
        self.suppression = suppression
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
        self.repositoryWide = repositoryWide
        self.overdue = overdue
    }

    /// A file parity could not read as it is, as an error of parity's own check; `file`
    /// stands in when the error names no location.
    public init(_ error: ParityError, file: String) {
        self.init(.error, error.message, at: error.location ?? .file(file), code: .check(error.code))
    }

    /// Input parity could not read or trust, the kind of problem that makes `gap` refuse
    /// the repository: only load errors are errors of parity's own checks.
    public var isBrokenInput: Bool {
        guard severity == .error, case .check = code else { return false }
        return true
    }

    /// `path:line:column: severity: message [CODE]`, the line editors and CI parse.
    public var compilerStyle: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }
}
