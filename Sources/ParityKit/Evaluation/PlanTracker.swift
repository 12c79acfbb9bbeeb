/// Builds plan progress from assessments. A phase is a plan-month rule whose condition
/// rests on other rules; those rules are its activities. Nothing here names PLAN.*, so a
/// trust's own plan pack works the same way.
public enum PlanTracker {
    public static func track(_ repository: LoadedRepository, asOf: CivilDate, since: CivilDate? = nil) -> PlanProgress? {
        track(repository, assessment: Evaluator.evaluate(repository, asOf: asOf), since: since)
    }

    /// The plan's progress read from `assessment`, the repository's own judged as of
    /// `assessment.asOf`: what `parity gap` passes its board pack, with no second evaluation.
    public static func track(_ repository: LoadedRepository, assessment: Assessment, since: CivilDate? = nil) -> PlanProgress? {
        let asOf = assessment.asOf
        let config = repository.inventory.config
        guard let start = config.planStart(asOf: asOf) else { return nil }
        let phases = phaseRules(repository.packs)
        guard !phases.isEmpty else { return nil }
        let calendar = PlanCalendar(start: start)
        let month = calendar.month(of: asOf)
        var progress = PlanProgress(
            schemaVersion: PlanProgress.schemaVersion, asOf: asOf, organisation: config.organisation,
            planStart: start, planMonth: month, daysUntilStart: month == 0 ? asOf.days(until: start) : nil,
            expectedPhase: nil, phases: phaseProgress(phases, assessment: assessment, start: start, asOf: asOf),
            earlierCycles: [], changes: nil)
        progress.expectedPhase = expectedPhase(progress.phases, asOf: asOf)
        progress.earlierCycles = config.planStarts.filter { $0 < start }.map { earlier in
            cycleSummary(repository, phases: phases, start: earlier, next: config.planStarts.first { $0 > earlier }!, asOf: asOf)
        }
        if let since, since < asOf {
            progress.changes = changes(from: Evaluator.evaluate(repository, asOf: since), to: assessment,
                                       phases: phases, since: since)
        }
        return progress
    }

    /// Phases in pack order, each with its activities.
    static func phaseRules(_ packs: [RulePack]) -> [(phase: Rule, activities: [String])] {
        packs.flatMap(\.rules).compactMap { rule in
            guard case .planMonths = rule.deadline else { return nil }
            let activities = rule.evidence.referencedRules.map(\.id)
            return activities.isEmpty ? nil : (rule, activities)
        }
    }

    static func phaseProgress(_ phases: [(phase: Rule, activities: [String])], assessment: Assessment,
                              start: CivilDate, asOf: CivilDate) -> [PhaseProgress] {
        let results = Dictionary(uniqueKeysWithValues: assessment.rules.map { ($0.id, $0) })
        return phases.enumerated().compactMap { index, entry in
            guard let phase = results[entry.phase.id],
                  let windowStart = entry.phase.deadline.windowStart(planStart: start),
                  let windowEnd = entry.phase.deadline.dueDate(planStart: start) else { return nil }
            let activities = entry.activities.compactMap { results[$0] }.map(activityProgress)
            let done = activities.filter { $0.state == .done }.count
            let status: PhaseProgress.Status
            if done == activities.count {
                status = .complete
            } else if asOf < windowStart {
                status = .upcoming
            } else if activities.contains(where: { $0.state == .late }) {
                status = .behind
            } else if done == 0, !activities.contains(where: { $0.state == .inProgress }) {
                status = .notStarted
            } else {
                status = .onTrack
            }
            let openEnded = index == phases.count - 1
            return PhaseProgress(id: phase.id, title: phase.title, windowStart: windowStart,
                                 windowEnd: openEnded ? nil : windowEnd, due: windowEnd, openEnded: openEnded, status: status, done: done,
                                 total: activities.count, activities: activities)
        }
    }

    /// The same judgement as `parity gap`: met is done; past the deadline is late; some
    /// evidence or an open action is in progress.
    static func activityProgress(_ rule: RuleAssessment) -> ActivityProgress {
        let open = rule.actions.filter { $0.status == .open }
        let state: ActivityProgress.State
        if !rule.status.isOpen {
            state = .done
        } else if rule.daysOverdue != nil {
            state = .late
        } else if rule.status == .partial || !open.isEmpty {
            state = .inProgress
        } else {
            state = .notStarted
        }
        return ActivityProgress(id: rule.id, title: rule.title, state: state, daysLate: rule.daysOverdue,
                                owners: rule.owners, evidence: state == .done ? rule.evidence : [], openActions: open)
    }

    /// The first phase whose window holds the date; after every window, the last phase,
    /// which stays open.
    static func expectedPhase(_ phases: [PhaseProgress], asOf: CivilDate) -> String? {
        guard let first = phases.first, asOf >= first.windowStart else { return nil }
        return phases.first { $0.windowStart <= asOf && $0.windowEnd.map { asOf <= $0 } ?? true }?.id ?? phases.last?.id
    }

    static func cycleSummary(_ repository: LoadedRepository, phases: [(phase: Rule, activities: [String])],
                             start: CivilDate, next: CivilDate, asOf: CivilDate) -> CycleSummary {
        // An earlier cycle is judged as it stood on the day before the next one began.
        let end = min(next.adding(days: -1), asOf)
        var single = repository
        single.inventory.config.planStarts = repository.inventory.config.planStarts.filter { $0 <= start }
        let assessment = Evaluator.evaluate(single, asOf: end)
        let activities = phaseProgress(phases, assessment: assessment, start: start, asOf: end).flatMap(\.activities)
        return CycleSummary(planStart: start, ended: end, done: activities.filter { $0.state == .done }.count,
                            total: activities.count, late: activities.filter { $0.state == .late }.map(\.id))
    }

    static func changes(from before: Assessment, to after: Assessment, phases: [(phase: Rule, activities: [String])],
                        since: CivilDate) -> Changes {
        let activityIDs = Set(phases.flatMap(\.activities)).union(phases.map(\.phase.id))
        let old = Dictionary(uniqueKeysWithValues: before.rules.map { ($0.id, $0) })
        var newlyDone: [String] = []
        var newlyLate: [String] = []
        for rule in after.rules where activityIDs.contains(rule.id) {
            guard let previous = old[rule.id] else { continue }
            if rule.status == .met, previous.status != .met { newlyDone.append(rule.id) }
            if rule.daysOverdue != nil, previous.daysOverdue == nil { newlyLate.append(rule.id) }
        }
        var closed: [PlannedAction] = []
        for rule in after.rules where activityIDs.contains(rule.id) {
            for action in rule.actions where action.status == .done {
                if let done = action.doneOn, done > since, !closed.contains(action) { closed.append(action) }
            }
        }
        return Changes(since: since, newlyDone: newlyDone, newlyLate: newlyLate, actionsClosed: closed)
    }
}
