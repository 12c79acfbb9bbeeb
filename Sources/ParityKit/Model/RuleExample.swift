/// A small repository and the verdict a rule must give on it: the rule's executable
/// specification. A change of wording or logic that moves a verdict fails a named example.
public struct RuleExample: Hashable, Sendable {
    public var name: String
    public var asOf: CivilDate
    public var planStarts: [CivilDate]
    /// Built-in packs applied beside the rule's own, for indicators or rules it rests on.
    public var extraPacks: [String]
    public var items: [EvidenceItem]
    public var observations: [Observation]
    public var targets: [ReductionTarget]
    public var expect: RuleStatus
    public var location: SourceLocation

    public init(name: String, asOf: CivilDate, planStarts: [CivilDate] = [], extraPacks: [String] = [],
                items: [EvidenceItem] = [], observations: [Observation] = [], targets: [ReductionTarget] = [],
                expect: RuleStatus, location: SourceLocation) {
        self.name = name
        self.asOf = asOf
        self.planStarts = planStarts
        self.extraPacks = extraPacks
        self.items = items
        self.observations = observations
        self.targets = targets
        self.expect = expect
        self.location = location
    }
}
