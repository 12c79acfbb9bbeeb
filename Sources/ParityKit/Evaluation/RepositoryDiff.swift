/// What changed between two snapshots of a trust's repository: "since the last board".
/// Built by `compare`, a pure function of two (assessment, inventory) pairs.
public struct RepositoryDiff: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var organisation: String
    public var from: PointSummary
    public var to: PointSummary
    /// Each pack's score on either side.
    public var packs: [PackChange]
    /// Rules whose status or RAG changed, that became or stopped being overdue, or that
    /// were added or dropped, in pack order.
    public var rules: [RuleChange]
    /// Rules whose deadline fell between the two points and that are not met at the later.
    public var lapsed: [Lapse]
    /// Waivers that expired between the two points: their rules are judged again.
    public var waiversLapsed: [WaiverLapse]
    /// Every gap that opened, closed or changed its wording, over all rules.
    public var gapsOpened: [GapNote]
    public var gapsClosed: [GapNote]
    public var gapsChanged: [GapChange]
    /// Evidence items added, approved, re-approved, retired or removed.
    public var items: [ItemChange]

    public var isEmpty: Bool {
        rules.isEmpty && lapsed.isEmpty && waiversLapsed.isEmpty && gapsOpened.isEmpty && gapsClosed.isEmpty && gapsChanged.isEmpty && items.isEmpty
    }

    // What a board paper's "since the last board" names, read from the lists above.

    /// Rules met at the later point that were applied and not met at the earlier; a rule
    /// newly applied (a pack added) is not news of progress, so it is left out.
    public var newlyMet: [RuleChange] {
        rules.filter { change in
            guard let before = change.before, let after = change.after else { return false }
            return after.status == .met && before.status != .met
        }
    }

    /// Rules overdue at the later point that were applied and not overdue at the earlier.
    public var newlyOverdue: [RuleChange] {
        rules.filter { change in
            guard let before = change.before, let after = change.after else { return false }
            return after.daysOverdue != nil && before.daysOverdue == nil
        }
    }

    /// Documents approved, or approved again or reviewed, between the two points: a draft
    /// approved, an approval or review moved later, or a document new at the later point
    /// approved after the earlier point's day. In order of that approval, then id.
    public var documentsApproved: [ItemChange] {
        let since = from.commitDate ?? from.asOf
        return items.filter { item in
            switch item.change {
            case .approved, .reapproved: return true
            case .added: return item.after?.status == .approved && (item.after?.approvedOn).map { $0 > since } == true
            case .retired, .removed: return false
            }
        }.sorted { ($0.approvalDay ?? since, $0.id) < ($1.approvalDay ?? since, $1.id) }
    }
}

public struct PackChange: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    @NullEncoded public var scoreBefore: Double?
    @NullEncoded public var scoreAfter: Double?
}

/// A rule's standing on one side.
public struct RuleState: Hashable, Codable, Sendable {
    public var status: RuleStatus
    public var rag: RAG
    public var timing: Timing.State
    public var timingWords: String
    @NullEncoded public var deadline: CivilDate?
    @NullEncoded public var daysOverdue: Int?

    init(_ rule: RuleAssessment) {
        status = rule.status
        rag = rule.rag
        timing = rule.timing
        timingWords = rule.timingWords
        deadline = rule.deadline
        daysOverdue = rule.daysOverdue
    }
}

public struct RuleChange: Hashable, Codable, Sendable {
    public enum Direction: String, Codable, Sendable, CaseIterable {
        /// Its status rose (not met → partly met → met) and its RAG rose or stayed, or its
        /// RAG rose with the same status.
        case improved
        /// The same, falling.
        case worsened
        /// Its status and its RAG moved in opposite directions: partly met now, but red
        /// because its deadline passed.
        case mixed
        /// Changed to or from a status with no order (not applicable, …).
        case changed
        /// The rule is applied at the later point only (a pack added to parity.yaml).
        case added
        /// The rule is applied at the earlier point only.
        case removed
    }

    public var id: String
    public var pack: String
    public var title: String
    public var owners: [String]
    public var direction: Direction
    @NullEncoded public var before: RuleState?
    @NullEncoded public var after: RuleState?
    /// Why: what the repository shows now that it did not (one sentence per item) …
    public var nowFound: [String]
    /// … what it showed before and no longer does …
    public var noLongerFound: [String]
    /// … and how its gaps moved.
    public var gapsClosed: [String]
    public var gapsOpened: [String]
    public var gapsChanged: [GapChange.Wording]
    /// Ids of items the rule's evidence gained and lost.
    public var evidenceAdded: [String]
    public var evidenceRemoved: [String]
}

/// A rule whose deadline fell between the two points and that is not met at the later.
public struct Lapse: Hashable, Codable, Sendable {
    public var rule: String
    public var pack: String
    public var title: String
    public var owners: [String]
    public var deadline: CivilDate
    public var status: RuleStatus
    public var rag: RAG
    @NullEncoded public var daysOverdue: Int?
    public var gaps: [String]
}

public struct WaiverLapse: Hashable, Codable, Sendable {
    public var rule: String
    public var title: String
    public var waiver: WaiverStatus
    /// The rule's standing now that the waiver no longer covers it.
    public var status: RuleStatus
    public var rag: RAG

    public var words: String {
        "\(waiver.words); now \(status.words), \(rag.label)"
    }
}

public struct GapNote: Hashable, Codable, Sendable {
    public var rule: String
    public var title: String
    public var gap: String
}

/// A gap still open but described differently: the same requirement, with different items
/// found short of it (a draft where there was nothing, say).
public struct GapChange: Hashable, Codable, Sendable {
    public struct Wording: Hashable, Codable, Sendable {
        public var before: String
        public var after: String
    }

    public var rule: String
    public var title: String
    public var before: String
    public var after: String
}

/// An evidence item's facts on one side.
public struct ItemState: Hashable, Codable, Sendable {
    public var status: ItemStatus
    @NullEncoded public var approvedOn: CivilDate?
    @NullEncoded public var lastReviewed: CivilDate?
    @NullEncoded public var reviewDue: CivilDate?

    init(_ item: EvidenceItem) {
        status = item.status
        approvedOn = item.approvedOn
        lastReviewed = item.lastReviewed
        reviewDue = item.reviewDue
    }
}

public struct ItemChange: Hashable, Codable, Sendable {
    /// The latest approval or review at the later point.
    public var approvalDay: CivilDate? {
        [after?.approvedOn, after?.lastReviewed].compactMap { $0 }.max()
    }

    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// New at the later point.
        case added
        /// A draft at the earlier point, approved at the later.
        case approved
        /// Approved again or reviewed: `approved_on` or `last_reviewed` moved later.
        case reapproved
        /// `status: retired` at the later point.
        case retired
        /// Gone from the repository at the later point.
        case removed
    }

    public var id: String
    public var title: String
    public var kind: String
    public var path: String
    public var change: Kind
    @NullEncoded public var before: ItemState?
    @NullEncoded public var after: ItemState?
}

extension RepositoryDiff {
    /// Compares two snapshots: `before` is the earlier point ("the last board"), `after`
    /// the later. Each side's items are taken as they stood on its as-of date. Pure.
    /// Two revisions, each judged as of its point's date.
    public static func compare(_ pair: (before: RevisionRepository, after: RevisionRepository)) -> RepositoryDiff {
        compare(Snapshot(pair.before), Snapshot(pair.after))
    }

    public static func compare(_ before: Snapshot, _ after: Snapshot) -> RepositoryDiff {
        let old = Dictionary(before.assessment.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.assessment.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var rules: [RuleChange] = []
        var opened: [GapNote] = [], closed: [GapNote] = [], changed: [GapChange] = []
        var lapsed: [Lapse] = []
        for rule in after.assessment.rules {
            let previous = old[rule.id]
            let gaps = GapDelta(before: previous, after: rule, from: before.point.asOf, to: after.point.asOf)
            opened += gaps.opened.map { GapNote(rule: rule.id, title: rule.title, gap: $0) }
            closed += gaps.closed.map { GapNote(rule: rule.id, title: rule.title, gap: $0) }
            changed += gaps.changed.map { GapChange(rule: rule.id, title: rule.title, before: $0.before, after: $0.after) }
            if previous == nil || previous!.status != rule.status || previous!.rag != rule.rag
                || (previous!.daysOverdue == nil) != (rule.daysOverdue == nil) {
                rules.append(change(previous, rule, gaps: gaps, from: before.point.asOf, to: after.point.asOf))
            }
            // The deadline fell on or after the earlier day, so had not passed then, and
            // before the later day, so had passed by then; and the rule is overdue.
            if let deadline = rule.deadline, rule.daysOverdue != nil,
               before.point.date <= deadline, deadline < after.point.date {
                lapsed.append(Lapse(rule: rule.id, pack: rule.pack, title: rule.title, owners: rule.owners, deadline: deadline,
                                    status: rule.status, rag: rule.rag, daysOverdue: rule.daysOverdue, gaps: rule.gaps))
            }
        }
        // A waiver in force at neither point but expiring between them lapsed too.
        let waiversLapsed = after.assessment.rules.compactMap { rule -> WaiverLapse? in
            guard let waiver = rule.waiver, waiver.lapsed,
                  before.point.date <= waiver.expires, waiver.expires < after.point.date else { return nil }
            return WaiverLapse(rule: rule.id, title: rule.title, waiver: waiver, status: rule.status, rag: rule.rag)
        }
        for rule in before.assessment.rules where new[rule.id] == nil {
            rules.append(RuleChange(id: rule.id, pack: rule.pack, title: rule.title, owners: rule.owners, direction: .removed,
                                    before: RuleState(rule), after: nil, nowFound: [], noLongerFound: [],
                                    gapsClosed: [], gapsOpened: [], gapsChanged: [], evidenceAdded: [], evidenceRemoved: []))
        }

        var packs: [PackChange] = []
        for pack in after.assessment.packs {
            let was = before.assessment.packs.first { $0.info.id == pack.info.id }
            packs.append(PackChange(id: pack.info.id, title: pack.info.title, scoreBefore: was?.score, scoreAfter: pack.score))
        }
        for pack in before.assessment.packs where !after.assessment.packs.contains(where: { $0.info.id == pack.info.id }) {
            packs.append(PackChange(id: pack.info.id, title: pack.info.title, scoreBefore: pack.score, scoreAfter: nil))
        }

        return RepositoryDiff(
            schemaVersion: schemaVersion,
            organisation: after.assessment.organisation,
            from: PointSummary(before),
            to: PointSummary(after),
            packs: packs,
            rules: rules,
            lapsed: lapsed,
            waiversLapsed: waiversLapsed,
            gapsOpened: opened,
            gapsClosed: closed,
            gapsChanged: changed,
            items: itemChanges(before, after))
    }

    static func change(_ before: RuleAssessment?, _ after: RuleAssessment, gaps: GapDelta, from: CivilDate, to: CivilDate) -> RuleChange {
        let oldFound = before?.currentState ?? [], oldEvidence = before?.evidence ?? []
        // What was found is compared as gaps are: "No figures … as of" one date and the
        // other is the same finding.
        let oldIdentities = Set(oldFound.map { GapIdentity($0, asOf: from) })
        let newIdentities = Set(after.currentState.map { GapIdentity($0, asOf: to) })
        return RuleChange(
            id: after.id, pack: after.pack, title: after.title, owners: after.owners,
            direction: before.map { direction(from: $0, to: after) } ?? .added,
            before: before.map(RuleState.init), after: RuleState(after),
            nowFound: after.currentState.filter { !oldIdentities.contains(GapIdentity($0, asOf: to)) },
            noLongerFound: oldFound.filter { !newIdentities.contains(GapIdentity($0, asOf: from)) },
            gapsClosed: gaps.closed, gapsOpened: gaps.opened, gapsChanged: gaps.changed,
            evidenceAdded: after.evidence.filter { !oldEvidence.contains($0) },
            evidenceRemoved: oldEvidence.filter { !after.evidence.contains($0) })
    }

    /// Statuses in order of progress; a status not listed (not applicable, or one added
    /// later) has no direction.
    static let statusRank: [RuleStatus: Int] = [.notMet: 0, .partial: 1, .met: 2]
    static let ragRank: [RAG: Int] = [.red: 0, .amber: 1, .green: 2]

    /// Improved or worsened only where status and RAG agree, or one moves and the other
    /// stays; mixed where they move apart. With neither moving (an advisory rule, held at
    /// amber, whose deadline passed), becoming overdue is the move.
    static func direction(from before: RuleAssessment, to after: RuleAssessment) -> RuleChange.Direction {
        guard let was = statusRank[before.status], let now = statusRank[after.status] else { return .changed }
        let status = (now - was).signum()
        let rag = ragRank[before.rag].flatMap { wasRAG in ragRank[after.rag].map { ($0 - wasRAG).signum() } } ?? 0
        switch (status, rag) {
        case (0, 0):
            let wasOverdue = before.daysOverdue != nil, isOverdue = after.daysOverdue != nil
            return wasOverdue == isOverdue ? .changed : isOverdue ? .worsened : .improved
        case (1, 0), (0, 1), (1, 1): return .improved
        case (-1, 0), (0, -1), (-1, -1): return .worsened
        default: return .mixed
        }
    }

    static func itemChanges(_ before: Snapshot, _ after: Snapshot) -> [ItemChange] {
        // Each side's items as they stood on its as-of date: an approval or review after
        // that date had not happened yet.
        let old = Dictionary(before.inventory.items.compactMap { $0.asOf(before.point.asOf) }.map { ($0.id, $0) },
                             uniquingKeysWith: { first, _ in first })
        let newItems = after.inventory.items.compactMap { $0.asOf(after.point.asOf) }
        let newIDs = Set(newItems.map(\.id))
        var changes: [ItemChange] = []
        func note(_ item: EvidenceItem, _ kind: ItemChange.Kind, _ was: EvidenceItem?, _ now: EvidenceItem?) {
            changes.append(ItemChange(id: item.id, title: item.title, kind: item.kind, path: item.path, change: kind,
                                      before: was.map(ItemState.init), after: now.map(ItemState.init)))
        }
        for item in newItems {
            guard let was = old[item.id] else {
                note(item, .added, nil, item)
                continue
            }
            if item.status == .retired {
                if was.status != .retired { note(item, .retired, was, item) }
            } else if item.status == .approved, was.status != .approved {
                note(item, .approved, was, item)
            } else if later(item.approvedOn, than: was.approvedOn) || later(item.lastReviewed, than: was.lastReviewed) {
                note(item, .reapproved, was, item)
            }
        }
        for item in before.inventory.items.compactMap({ $0.asOf(before.point.asOf) })
        where !newIDs.contains(item.id) && item.status != .retired {
            note(item, .removed, item, nil)
        }
        let order = ItemChange.Kind.allCases
        return changes.sorted {
            ($0.change == $1.change) ? $0.id < $1.id : order.firstIndex(of: $0.change)! < order.firstIndex(of: $1.change)!
        }
    }

    private static func later(_ date: CivilDate?, than previous: CivilDate?) -> Bool {
        guard let date else { return false }
        return previous.map { date > $0 } ?? true
    }
}
