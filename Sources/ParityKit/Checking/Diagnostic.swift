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
    /// What the finding is about, stable while the problem stays and whatever line it moves
    /// to (an item's field, a rule): what SARIF and Code Quality fingerprints are made from.
    public var identity: String = ""
    /// How many characters of its line the finding covers from its column, when known
    /// (a date's ten); SARIF's region ends there, else at the end of the line.
    public var length: Int?

    enum CodingKeys: String, CodingKey {
        case severity, message, location, code, repositoryWide, overdue, suppression
    }

    /// Read back from JSON, the identity is the message's, as for a diagnostic made
    /// without one.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Severity.self, forKey: .severity), try c.decode(String.self, forKey: .message),
                  at: try c.decode(SourceLocation.self, forKey: .location), code: try c.decode(DiagnosticCode.self, forKey: .code),
                  repositoryWide: try c.decode(Bool.self, forKey: .repositoryWide), overdue: try c.decode(Bool.self, forKey: .overdue),
                  suppression: try c.decodeIfPresent(String.self, forKey: .suppression))
    }

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, code: DiagnosticCode,
                repositoryWide: Bool = false, overdue: Bool = false, suppression: String? = nil,
                identity: String? = nil, length: Int? = nil) {
        // Without an identity of its own, the message stands for one, its numbers (lines,
        // dates, counts) left out so that a moved line or a new date keeps it.
        self.identity = identity ?? message.replacing(/[0-9]+/, with: "#")
        self.length = length
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
    public var compilerStyle: String { compilerStyle(file: location.file) }

    /// The same line naming the file as `file` (relative to where the command runs).
    /// Always one line: control characters in repository text are escaped, so a title
    /// holding a newline cannot forge a second diagnostic.
    public func compilerStyle(file: String) -> String {
        "\(Self.oneLine(file)):\(location.line):\(location.column): \(severity.rawValue): \(Self.oneLine(message)) [\(code)]"
    }

    /// Text with its control characters written as escapes (`\n`, `\t`, `\u{7}`).
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
