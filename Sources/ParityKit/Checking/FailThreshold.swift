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
