/// The level of assurance a paper offers the board, on the four-point scale NHS boards
/// and internal audit use, decided from the assessment by a stated rule (docs/reports.md,
/// "Level of assurance"; the paper's appendix states it too), so a reader can check it.
enum AssuranceLevel: String, CaseIterable {
    case substantial, reasonable, limited, none

    /// Below this score, whatever else holds, the board has no assurance.
    static let noAssuranceBelow = 25.0
    /// Substantial: nothing red and at least this score.
    static let substantialFrom = 85.0
    /// Reasonable: no high-severity expectation past its deadline, at most this share of
    /// applicable expectations red, and at least `reasonableFrom`.
    static let reasonableRedShare = 0.10
    static let reasonableFrom = 65.0

    static func of(_ assessment: Assessment) -> AssuranceLevel {
        let counts = assessment.summary.counts
        return level(applicable: counts.met + counts.partial + counts.notMet, score: assessment.summary.score, red: counts.red,
                     highSeverityOverdue: assessment.rules.contains { $0.severity == .high && $0.daysOverdue != nil })
    }

    /// The rule itself, on the four numbers it reads.
    static func level(applicable: Int, score: Double?, red: Int, highSeverityOverdue: Bool) -> AssuranceLevel {
        guard applicable > 0, let score, score >= noAssuranceBelow else { return .none }
        if red == 0, score >= substantialFrom { return .substantial }
        if !highSeverityOverdue, Double(red) <= reasonableRedShare * Double(applicable), score >= reasonableFrom {
            return .reasonable
        }
        return .limited
    }

    /// "Limited assurance", as a cover sheet writes it.
    var words: String {
        switch self {
        case .substantial: return "Substantial assurance"
        case .reasonable: return "Reasonable assurance"
        case .limited: return "Limited assurance"
        case .none: return "No assurance"
        }
    }

    /// What the level means for this paper.
    var meaning: String {
        switch self {
        case .substantial: return "the expectations are met, with none rated red"
        case .reasonable: return "most expectations are met and no high-severity expectation is past its deadline"
        case .limited: return "there are significant gaps, including expectations rated red or past their deadline"
        case .none: return "the repository shows too little to rely on"
        }
    }

    /// The rule, in the words the appendix and the docs use.
    static var rule: [String] {
        [
            "No assurance when no expectation applies, or the score is below \(Int(noAssuranceBelow))%.",
            "Substantial assurance when no expectation is rated red and the score is at least \(Int(substantialFrom))%.",
            "Reasonable assurance when no high-severity expectation is past its deadline, at most one in ten applicable expectations is rated red, and the score is at least \(Int(reasonableFrom))%.",
            "Limited assurance otherwise.",
        ]
    }
}
