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

/// What a diagnostic is about: one of parity's own checks, or a rule of an applied pack.
/// Written as the bare id either way (`out-of-review`, `HIA6.2`), as every format shows it.
public enum DiagnosticCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case check(CheckCode)
    case rule(String)

    public var id: String {
        switch self {
        case .check(let code): return code.rawValue
        case .rule(let id): return id
        }
    }

    public var description: String { id }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id < rhs.id }

    public init(from decoder: any Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        self = CheckCode(rawValue: id).map(DiagnosticCode.check) ?? .rule(id)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

/// When `parity check` exits 1.
public enum FailThreshold: String, CaseIterable, Sendable {
    /// Any error: broken metadata, or a rule past its deadline and not met.
    case error
    /// Any warning or error.
    case warning
    /// Only a rule past its deadline and not met (or input parity cannot read).
    case overdue

    /// Broken input fails at every threshold: a repository `gap` refuses must never pass.
    public func fails(_ diagnostics: [Diagnostic]) -> Bool {
        switch self {
        case .error: return diagnostics.contains { $0.severity == .error }
        case .warning: return diagnostics.contains { $0.severity >= .warning }
        case .overdue: return diagnostics.contains { $0.overdue || $0.isBrokenInput }
        }
    }
}
