/// Everything a verdict rests on for one as-of date, built once: the items (indexed), the
/// current plan cycle, the figures, the plan start, the overrides and waivers. Every command that needs a verdict goes through here (`Evaluator`), so
/// `gap`, `check`, `phases`, `explain`, `diff` and `history` cannot disagree.
public struct EvaluationInputs: Sendable {
    public let packs: [RulePack]
    public let config: TrustConfig
    public let asOf: CivilDate
    public let planStart: CivilDate?
    /// The inventory as read, to judge the same repository on another date.
    public let inventory: Inventory
    /// The inventory's items, indexed; shared by every date the repository is judged on.
    let pool: EvidencePool
    /// In a second or later plan cycle, the day it began: plan activities must be done
    /// afresh, so they see only items from that day on.
    let cycleStart: CivilDate?
    let measures: MeasureEvaluator
    let overrides: [String: RuleOverride]

    public init(repository: LoadedRepository, asOf: CivilDate) {
        self.init(packs: repository.packs, inventory: repository.inventory, asOf: asOf)
    }

    public init(packs: [RulePack], inventory: Inventory, asOf: CivilDate) {
        self.init(packs: packs, inventory: inventory, pool: EvidencePool(inventory.items), asOf: asOf)
    }

    private init(packs: [RulePack], inventory: Inventory, pool: EvidencePool, asOf: CivilDate) {
        let config = inventory.config
        self.packs = packs
        self.config = config
        self.asOf = asOf
        self.inventory = inventory
        self.pool = pool
        let planStart = config.planStart(asOf: asOf)
        self.planStart = planStart
        cycleStart = planStart.flatMap { config.isLaterCycle($0) ? $0 : nil }
        measures = MeasureEvaluator(data: MeasureData(packs: packs, inventory: inventory, asOf: asOf), asOf: asOf)
        overrides = Dictionary(config.overrides.map { ($0.ruleID, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The same repository judged on another date, with the same index.
    public func on(_ day: CivilDate) -> EvaluationInputs {
        EvaluationInputs(packs: packs, inventory: inventory, pool: pool, asOf: day)
    }

    /// Items as they stood on the as-of date; later evidence does not count.
    public var visible: [EvidenceItem] {
        inventory.items.compactMap { $0.asOf(asOf) }
    }

    /// The items `rule` may select with `selection`, as they stood on the as-of date, in
    /// inventory order. Plan activities see only the current cycle's items.
    func items(_ selection: EvidenceSelection, for rule: Rule) -> [EvidenceItem] {
        view(pool.candidates(selection, ruleID: rule.id), for: rule)
    }

    /// The items that claim `rule` in `satisfies`, as the rule sees them.
    func claiming(_ rule: Rule) -> [EvidenceItem] {
        view(pool.claiming(rule.id), for: rule)
    }

    private func view(_ positions: [Int], for rule: Rule) -> [EvidenceItem] {
        var cycle: CivilDate?
        if case .planMonths = rule.deadline { cycle = cycleStart }
        return positions.compactMap { position in
            guard let item = pool.items[position].asOf(asOf) else { return nil }
            if let cycle {
                guard let day = item.approvedOn ?? item.date ?? item.lastReviewed, day >= cycle else { return nil }
            }
            return item
        }
    }

    /// The evaluator of one rule's condition tree, given the rules already judged.
    func conditionEvaluator(for rule: Rule, results: [String: RuleAssessment]) -> ConditionEvaluator {
        ConditionEvaluator(
            leaves: LeafEvaluator(rule: rule, asOf: asOf, deadline: rule.deadline.dueDate(planStart: planStart)),
            inputs: self, rule: rule, ruleResults: results)
    }
}
