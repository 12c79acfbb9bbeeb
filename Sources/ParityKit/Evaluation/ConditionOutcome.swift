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
    /// Figures the measure leaves judged, for the reports' series and charts.
    var measures: [MeasureSummary] = []

    /// Merges children's words, keeping each sentence once in first-seen order. Sets keep
    /// this linear: a rule met by thousands of items would otherwise compare every pair.
    mutating func absorb(_ child: ConditionOutcome) {
        Self.append(child.found, to: &found)
        Self.append(child.gaps, to: &gaps)
        Self.append(child.used, to: &used)
        Self.append(child.findings, to: &findings)
        selected.formUnion(child.selected)
        let known = Set(measures.map { "\($0.indicator)\u{0}\($0.group)" })
        measures += child.measures.filter { !known.contains("\($0.indicator)\u{0}\($0.group)") }
    }

    private static func append<T: Hashable>(_ new: [T], to list: inout [T]) {
        guard !new.isEmpty else { return }
        var seen = Set(list)
        for element in new where seen.insert(element).inserted { list.append(element) }
    }
}
