/// The board's rating of a rule, derived from its status and timing (`RuleAssessment`).
public enum RAG: String, CaseIterable, Codable, Sendable, Comparable {
    case red, amber, green, grey

    /// As every report writes it: RED, AMBER, GREEN, or N/A for a rule that does not apply.
    public var label: String { self == .grey ? "N/A" : rawValue.uppercased() }

    /// Red first: the order a board reads gaps in.
    public static func < (lhs: RAG, rhs: RAG) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The one definition of RAG; docs/reports.md's table restates it.
    /// The rating of a rule of `severity`: an advisory rule (severity low) informs the
    /// board but never makes its paper red on its own, so it is at most amber.
    public static func rating(status: RuleStatus, timing: Timing.State, severity: Severity) -> RAG {
        let rag = rating(status: status, timing: timing)
        return severity == .low && rag == .red ? .amber : rag
    }

    public static func rating(status: RuleStatus, timing: Timing.State) -> RAG {
        switch (status, timing) {
        case (.notApplicable, _), (.waived, _): return .grey
        case (.met, _): return .green
        case (_, .passed): return .red
        case (.notMet, .noDeadline): return .red
        case (.partial, _), (.notMet, _): return .amber
        }
    }
}
