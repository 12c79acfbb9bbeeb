/// What evaluating a condition found, in words a board can read.
struct ConditionOutcome {
    var status: RuleStatus
    /// What the repository shows.
    var found: [String] = []
    /// What is missing.
    var gaps: [String] = []
    /// Items the met parts rest on.
    var used: [String] = []
    /// Items that were looked at but failed a constraint.
    var findings: [Finding] = []
    /// Every item any leaf selected.
    var selected: Set<String> = []

    /// Merges children's words, keeping each sentence once in first-seen order.
    mutating func absorb(_ child: ConditionOutcome) {
        for line in child.found where !found.contains(line) { found.append(line) }
        for line in child.gaps where !gaps.contains(line) { gaps.append(line) }
        for id in child.used where !used.contains(id) { used.append(id) }
        for finding in child.findings where !findings.contains(finding) { findings.append(finding) }
        selected.formUnion(child.selected)
    }
}
