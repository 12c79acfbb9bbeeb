/// The one error type parity raises for bad input or usage. Every message a user sees
/// for a broken file is built here, with the place it points at.
public struct ParityError: Error, Equatable, Sendable, CustomStringConvertible {
    public let location: SourceLocation?
    public let message: String
    /// The kind of problem, which `parity check` prints and SARIF uses as the rule id.
    public let code: CheckCode

    public init(_ message: String, at location: SourceLocation? = nil, code: CheckCode = .invalidInput) {
        self.message = message
        self.location = location
        self.code = code
    }

    /// `path:line:column: error: message`, the form editors and CI parse.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}

/// Several errors found in one pass, so a user fixes them all at once rather than one per run.
public struct ParityErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public let errors: [ParityError]

    public init(_ errors: [ParityError]) {
        self.errors = errors.sorted { lhs, rhs in
            let left = lhs.location ?? .file(""), right = rhs.location ?? .file("")
            return left == right ? lhs.message < rhs.message : left < right
        }
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
