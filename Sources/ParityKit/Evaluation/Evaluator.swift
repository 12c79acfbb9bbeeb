/// The pure heart of parity: (packs, inventory, as-of date) → assessment. It reads no
/// file and no clock, so the same input always gives the same assessment.
public enum Evaluator {
    public static func evaluate(_ repository: LoadedRepository, asOf: CivilDate) -> Assessment {
        evaluate(EvaluationInputs(repository: repository, asOf: asOf))
    }

    public static func evaluate(packs: [RulePack], inventory: Inventory, asOf: CivilDate) -> Assessment {
        evaluate(EvaluationInputs(packs: packs, inventory: inventory, asOf: asOf))
    }

    public static func evaluate(_ inputs: EvaluationInputs) -> Assessment {
        evaluate(inputs, tracingDeadlines: true)
    }

    static func evaluate(_ inputs: EvaluationInputs, tracingDeadlines: Bool) -> Assessment {
        let config = inputs.config
        let allRules = inputs.packs.flatMap(\.rules)
        var results: [String: RuleAssessment] = [:]
        for rule in EvaluationOrder.order(allRules) {
            results[rule.id] = assess(rule, inputs: inputs, results: results)
        }
        if tracingDeadlines { traceDeadlines(&results, inputs: inputs) }
        // The plan pack is the one whose deadlines run from the plan's start; the trust
        // names its plan as it does.
        let infos = inputs.packs.map { pack in
            let isPlan = pack.rules.contains { if case .planMonths = $0.deadline { return true } else { return false } }
            return PackInfo(id: pack.id, title: isPlan ? config.planTitle ?? pack.title : pack.title, revision: pack.revision,
                            source: pack.source, file: pack.file, isBuiltin: pack.isBuiltin)
        }
        return Assessment(asOf: inputs.asOf, organisation: config.organisation, planStart: inputs.planStart,
                          dueSoonDays: config.dueSoonDays, packs: infos, rules: allRules.compactMap { results[$0.id] },
                          evidenceItems: inputs.visible.map(EvidenceSummary.init))
    }

    /// A rule's condition judged on the inputs: the outcome `assess` turns into a verdict.
    /// A condition wholly passed over (only `not:` branches, or figures the trust does not
    /// keep) has nothing left to judge, and nothing is met on absence.
    static func outcome(of rule: Rule, inputs: EvaluationInputs, results: [String: RuleAssessment]) -> ConditionOutcome {
        var outcome = inputs.conditionEvaluator(for: rule, results: results).evaluate(rule.evidence)
        if outcome.passedOver {
            outcome.passedOver = false
            outcome.status = .notMet
            outcome.gaps.append(.stated("Nothing to judge \(rule.id) on: every condition was passed over, and absence is never compliance.", need: nil))
        }
        return outcome
    }

    static func assess(_ rule: Rule, inputs: EvaluationInputs, results: [String: RuleAssessment]) -> RuleAssessment {
        let config = inputs.config
        let asOf = inputs.asOf
        let claiming = inputs.claiming(rule)
        let override = inputs.overrides[rule.id]
        let waiver = waiver(for: rule.id, in: config, asOf: asOf)
        let deadline = rule.deadline.dueDate(planStart: inputs.planStart)
        let timing = Timing(deadline: deadline, asOf: asOf, dueSoonDays: config.dueSoonDays)
        var outcome = outcome(of: rule, inputs: inputs, results: results)

        // An item that offers itself as evidence but is never looked at is a finding too.
        let wanted = rule.evidence.leaves.map { LeafWords.sought($0, rule: rule) }
        for item in claiming where !outcome.selected.contains(item.id) {
            let message = wanted.isEmpty
                ? "\(item.id) \(item.title): claims \(rule.id), but \(rule.id) is judged from other rules, not from items"
                : "\(item.id) \(item.title): claims \(rule.id) but is \(LeafWords.describe(item)), which \(rule.id) does not look at; it looks for \(LeafWords.or(wanted))"
            let plain = wanted.isEmpty
                ? "\(item.id) \(item.title): offered as evidence for \(rule.id), which is judged from other rules, not from documents"
                : "\(item.id) \(item.title): offered as evidence for \(rule.id), but it is not what \(rule.id) looks for (\(LeafWords.or(wanted)))"
            outcome.findings.append(Finding(item: item.id, field: "satisfies", message: message, plain: plain,
                                            location: item.fieldLocations["satisfies:\(rule.id)"] ?? item.location(of: "satisfies")))
        }
        let waiverStatus = waiver.map { waiver in
            WaiverStatus(reason: waiver.reason, approvedBy: waiver.approvedBy, approvedOn: waiver.approvedOn,
                         expires: waiver.expires, scope: waiver.scope, active: waiver.isActive(on: asOf),
                         lapsed: waiver.expires < asOf,
                         selfApproved: rule.owners.contains { $0.caseInsensitiveCompare(waiver.approvedBy) == .orderedSame },
                         location: waiver.location)
        }
        let status: RuleStatus
        if override?.notApplicableReason != nil {
            status = .notApplicable
        } else if waiverStatus?.active == true, outcome.status != .met {
            status = .waived
        } else {
            status = outcome.status
        }
        let met = !status.isOpen
        let actions = claiming
            .flatMap { item in item.actions.map { plannedAction($0, of: item, asOf: asOf) } }
            .sorted { ($0.due?.dayNumber ?? Int.max, $0.item, $0.what) < ($1.due?.dayNumber ?? Int.max, $1.item, $1.what) }

        return RuleAssessment(
            id: rule.id,
            pack: rule.pack,
            title: rule.title,
            desiredState: rule.desiredState,
            owners: rule.owners,
            severity: override?.severity ?? rule.severity,
            source: rule.source,
            status: status,
            rag: RAG.rating(status: status, timing: timing.state, severity: rule.severity),
            deadline: deadline,
            deadlineBasis: rule.deadline.words,
            windowStart: rule.deadline.windowStart(planStart: inputs.planStart),
            timing: timing.state,
            daysLeft: timing.daysLeft,
            daysOverdue: !met && timing.state == .passed ? timing.daysLeft.map { -$0 } : nil,
            metOn: nil,
            lapsedOn: nil,
            timingWords: timingWords(status: status, timing: timing, waiver: waiverStatus),
            currentState: outcome.found,
            gaps: met ? [] : GapWords.sentences(outcome.gaps),
            evidence: outcome.used,
            measures: outcome.measures,
            findings: outcome.findings.sorted { ($0.item, $0.message) < ($1.item, $1.message) },
            awaitingApproval: met ? [] : awaitingApproval(rule, inputs: inputs),
            remediation: rule.remediation,
            actions: actions,
            notApplicableReason: override?.notApplicableReason,
            waiver: waiverStatus,
            location: rule.location
        )
    }

    /// The documents an open rule looks at that a leaf needs approved by a named body and
    /// that are not approved on the as-of date, each once, in inventory order. The pool's
    /// candidates are a superset, so each is put to the leaf's own selection.
    static func awaitingApproval(_ rule: Rule, inputs: EvaluationInputs) -> [AwaitedApproval] {
        let leaves = LeafEvaluator(rule: rule, asOf: inputs.asOf, deadline: nil)
        var seen = Set<String>()
        var result: [AwaitedApproval] = []
        for leaf in rule.evidence.leaves where !leaf.approvedBy.isEmpty {
            for item in inputs.items(leaf.selection, for: rule)
            where leaves.selects(leaf.selection, item) && item.status != .retired && (item.status != .approved || item.approvedOn == nil) {
                guard seen.insert(item.id).inserted else { continue }
                result.append(AwaitedApproval(item: item.id, title: item.title, by: leaf.approvedBy))
            }
        }
        return result
    }

    static func timingWords(status: RuleStatus, timing: Timing, waiver: WaiverStatus?) -> String {
        switch status {
        case .notApplicable: return status.words
        case .waived:
            let until = waiver.map { "waived until \($0.expires)" } ?? status.words
            return timing.deadline.map { "\(until) (deadline \($0))" } ?? until
        default: return timing.words(met: !status.isOpen)
        }
    }

    /// A passed deadline is read against the day the rule was met: one met by its
    /// deadline reads so; one met after it is still met (green) but says how late; one
    /// met by its deadline whose evidence lapsed since is a lapse from the day it lapsed,
    /// not as if it had never been met. Each date is judged by the same evaluation, over
    /// the rule and the rules it rests on, so rules resting on other rules move with them.
    /// Rules are traced independently, on every core.
    static func traceDeadlines(_ results: inout [String: RuleAssessment], inputs: EvaluationInputs) {
        let order = EvaluationOrder.order(inputs.packs.flatMap(\.rules))
        let traced = results.keys.sorted().compactMap { id -> RuleAssessment? in
            guard let rule = results[id], rule.status == .met || rule.status.isOpen, rule.timing == .passed,
                  let deadline = rule.deadline, deadline < inputs.asOf else { return nil }
            return rule
        }
        let updated = ConcurrentMap.map(traced) { rule in
            trace(rule, rules: EvaluationOrder.needed(for: rule.id, in: order), inputs: inputs)
        }
        for rule in updated { results[rule.id] = rule }
    }

    /// One rule's timing read against the day it was met or lapsed. `rules` are the rule
    /// and those it rests on, in evaluation order.
    static func trace(_ assessed: RuleAssessment, rules: [Rule], inputs: EvaluationInputs) -> RuleAssessment {
        guard let deadline = assessed.deadline else { return assessed }
        let id = assessed.id
        var judged: [CivilDate: Bool] = [:]
        func isMet(on day: CivilDate) -> Bool {
            if let known = judged[day] { return known }
            let dayInputs = inputs.on(day)
            var results: [String: RuleAssessment] = [:]
            for rule in rules { results[rule.id] = assess(rule, inputs: dayInputs, results: results) }
            let met = results[id]?.status == .met
            judged[day] = met
            return met
        }
        /// The first day of the last change between `from` and `to`, whose verdicts differ.
        func firstDay(after from: CivilDate, until to: CivilDate) -> CivilDate {
            let before = isMet(on: from)
            var low = from, high = to
            while low.days(until: high) > 1 {
                let middle = low.adding(days: low.days(until: high) / 2)
                if isMet(on: middle) == before { low = middle } else { high = middle }
            }
            return high
        }
        var rule = assessed
        let metByDeadline = isMet(on: deadline)
        if rule.status == .met {
            if metByDeadline {
                rule.timingWords = "met by the deadline \(deadline)"
            } else {
                let metOn = firstDay(after: deadline, until: inputs.asOf)
                let late = deadline.days(until: metOn)
                rule.metOn = metOn
                rule.timingWords = "met on \(metOn), \(late) day\(late == 1 ? "" : "s") after the deadline \(deadline)"
            }
        } else if metByDeadline {
            let lapsedOn = firstDay(after: deadline, until: inputs.asOf)
            let since = lapsedOn.days(until: inputs.asOf)
            rule.lapsedOn = lapsedOn
            rule.daysOverdue = since
            rule.timingWords = "lapsed on \(lapsedOn), \(since) day\(since == 1 ? "" : "s") ago; it was met by the deadline \(deadline)"
        }
        return rule
    }

    /// The waiver that speaks for a rule on a date: the one in force, else the latest that
    /// has lapsed, else the next not yet in force.
    static func waiver(for ruleID: String, in config: TrustConfig, asOf: CivilDate) -> Waiver? {
        let own = config.waivers.filter { $0.ruleID == ruleID }
        return own.first { $0.isActive(on: asOf) }
            ?? own.filter { $0.expires < asOf }.max { $0.expires < $1.expires }
            ?? own.filter { $0.approvedOn > asOf }.min { $0.approvedOn < $1.approvedOn }
    }

    static func plannedAction(_ action: ActionItem, of item: EvidenceItem, asOf: CivilDate) -> PlannedAction {
        let overdue = action.isOverdue(on: asOf) ? action.due.map { $0.days(until: asOf) } : nil
        return PlannedAction(id: action.id, item: item.id, itemTitle: item.title, what: action.what, owner: action.owner,
                             due: action.due, status: action.status, doneOn: action.doneOn, daysOverdue: overdue,
                             wasDue: action.wasDue, bafReference: action.bafReference, updates: action.updates,
                             fingerprint: action.writtenFingerprint, location: action.location)
    }
}
