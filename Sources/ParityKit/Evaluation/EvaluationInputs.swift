/// Everything a verdict rests on for one as-of date, built once: the items visible on
/// the date, the current plan cycle's items, the figures, the plan start, the overrides
/// and waivers. Every command that needs a verdict goes through here (`Evaluator`), so
/// `gap`, `check`, `phases`, `explain`, `diff` and `history` cannot disagree.
public struct EvaluationInputs: Sendable {
    public let packs: [RulePack]
    public let config: TrustConfig
    public let asOf: CivilDate
    public let planStart: CivilDate?
    /// Items as they stood on the as-of date; later evidence does not count.
    public let visible: [EvidenceItem]
    /// In a second or later plan cycle, only the items from that cycle: plan activities
    /// must be done afresh.
    public let cycleItems: [EvidenceItem]
    /// The inventory as read, to judge the same repository on another date.
    public let inventory: Inventory
    let measures: MeasureEvaluator
    let overrides: [String: RuleOverride]

    public init(repository: LoadedRepository, asOf: CivilDate) {
        self.init(packs: repository.packs, inventory: repository.inventory, asOf: asOf)
    }

    public init(packs: [RulePack], inventory: Inventory, asOf: CivilDate) {
        let config = inventory.config
        self.packs = packs
        self.config = config
        self.asOf = asOf
        self.inventory = inventory
        let visible = inventory.items.compactMap { $0.asOf(asOf) }
        self.visible = visible
        let planStart = config.planStart(asOf: asOf)
        self.planStart = planStart
        if let start = planStart, config.isLaterCycle(start) {
            cycleItems = visible.filter { ($0.approvedOn ?? $0.date ?? $0.lastReviewed).map { $0 >= start } ?? false }
        } else {
            cycleItems = visible
        }
        measures = MeasureEvaluator(data: MeasureData(packs: packs, inventory: inventory, asOf: asOf), asOf: asOf)
        overrides = Dictionary(config.overrides.map { ($0.ruleID, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The same repository judged on another date.
    public func on(_ day: CivilDate) -> EvaluationInputs {
        EvaluationInputs(packs: packs, inventory: inventory, asOf: day)
    }

    /// The items a rule is judged on: plan activities see only the current cycle.
    public func items(for rule: Rule) -> [EvidenceItem] {
        if case .planMonths = rule.deadline { return cycleItems }
        return visible
    }

    /// The evaluator of one rule's condition tree, given the rules already judged.
    func conditionEvaluator(for rule: Rule, results: [String: RuleAssessment]) -> ConditionEvaluator {
        ConditionEvaluator(
            leaves: LeafEvaluator(rule: rule, asOf: asOf, deadline: rule.deadline.dueDate(planStart: planStart)),
            measures: measures, items: items(for: rule), ruleResults: results)
    }
}
