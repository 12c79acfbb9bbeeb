/// What evaluating a condition found, in words a board can read.
struct ConditionOutcome {
    var status: RuleStatus
    /// Neither met nor failed: a condition over figures the trust does not keep, or a
    /// `not:` whose subject is absent. Its parent is judged on what remains, so absence
    /// can lower a verdict but never raise one.
    var passedOver = false
    /// What the repository shows.
    var found: [String] = []
    /// What is missing, as structure for `GapWords`.
    var gaps: [Gap] = []
    /// Items the met parts rest on.
    var used: [String] = []
    /// The same items as a `not:` names them when it finds them.
    var sightings: [Gap.Sighting] = []
    /// Items that were looked at but failed a constraint.
    var findings: [Finding] = []
    /// Every item any leaf selected.
    var selected: Set<String> = []
    /// Figures the measure leaves judged, for the reports' series and charts.
    var measures: [MeasureSummary] = []
    /// Where a gap about figures points: the row it speaks of.
    var locations: [Gap: SourceLocation] = [:]

    /// A condition that gives no verdict, with what it saw.
    static func passedOver(found: [String] = [], from child: ConditionOutcome? = nil) -> ConditionOutcome {
        var outcome = ConditionOutcome(status: .notMet, found: found)
        outcome.passedOver = true
        if let child {
            outcome.selected = child.selected
            outcome.measures = child.measures
            outcome.locations = child.locations
        }
        return outcome
    }

    /// Merges children's words, keeping each sentence once in first-seen order. Sets keep
    /// this linear: a rule met by thousands of items would otherwise compare every pair.
    mutating func absorb(_ child: ConditionOutcome) {
        Self.append(child.found, to: &found)
        Self.append(child.gaps, to: &gaps)
        Self.append(child.used, to: &used)
        Self.append(child.sightings, to: &sightings)
        Self.append(child.findings, to: &findings)
        selected.formUnion(child.selected)
        merge(child.measures)
        locations.merge(child.locations) { first, _ in first }
    }

    /// Adds figures, one summary per indicator and group: when two conditions judge the
    /// same figures, the summary kept is the one that fares worse, so a failure is never
    /// hidden behind a pass.
    mutating func merge(_ summaries: [MeasureSummary]) {
        for summary in summaries {
            if let index = measures.firstIndex(where: { $0.indicator == summary.indicator && $0.group == summary.group }) {
                if Self.rank(summary.status) < Self.rank(measures[index].status) { measures[index] = summary }
            } else {
                measures.append(summary)
            }
        }
    }

    private static func rank(_ status: RuleStatus) -> Int {
        switch status {
        case .notMet: return 0
        case .partial: return 1
        default: return 2
        }
    }

    private static func append<T: Hashable>(_ new: [T], to list: inout [T]) {
        guard !new.isEmpty else { return }
        var seen = Set(list)
        for element in new where seen.insert(element).inserted { list.append(element) }
    }
}
