/// The single truth every report is drawn from: each rule's status, timing and RAG, with
/// the evidence and findings behind them. Encodes to the JSON report as it is.
public struct Assessment: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var asOf: CivilDate
    public var organisation: String
    @NullEncoded public var planStart: CivilDate?
    public var summary: Summary
    public var packs: [PackSummary]
    public var owners: [OwnerGaps]
    public var rules: [RuleAssessment]
    /// The evidence items the rules rest on, as they stood on the as-of date, by id.
    public var evidenceItems: [EvidenceSummary]
    /// How close a deadline must be to count as due soon.
    public var dueSoonDays: Int

    public init(asOf: CivilDate, organisation: String, planStart: CivilDate?, dueSoonDays: Int, packs: [PackInfo],
                rules: [RuleAssessment], evidenceItems: [EvidenceSummary]) {
        self.schemaVersion = Assessment.schemaVersion
        self.asOf = asOf
        self.organisation = organisation
        self.planStart = planStart
        self.dueSoonDays = dueSoonDays
        self.rules = rules
        var rulesByItem: [String: [String]] = [:]
        for rule in rules {
            for id in Set(rule.evidence) { rulesByItem[id, default: []].append(rule.id) }
        }
        self.evidenceItems = evidenceItems.compactMap { item in
            guard let users = rulesByItem[item.id] else { return nil }
            var item = item
            item.rules = users
            return item
        }
        self.summary = Summary(rules: rules)
        self.packs = packs.compactMap { info in
            let own = rules.filter { $0.pack == info.id }
            return own.isEmpty ? nil : PackSummary(info: info, rules: own)
        }
        self.owners = OwnerGaps.group(rules)
    }

    /// Keeps the rules that match every non-empty filter; summaries follow what is kept.
    public func filtered(packs: [String] = [], owners: [String] = [], statuses: [RuleStatus] = []) -> Assessment {
        let lowerOwners = owners.map { $0.lowercased() }
        let kept = rules.filter { rule in
            (packs.isEmpty || packs.contains(rule.pack))
                && (owners.isEmpty || rule.owners.contains { lowerOwners.contains($0.lowercased()) })
                && (statuses.isEmpty || statuses.contains(rule.status))
        }
        return Assessment(asOf: asOf, organisation: organisation, planStart: planStart, dueSoonDays: dueSoonDays,
                          packs: self.packs.map(\.info), rules: kept, evidenceItems: evidenceItems)
    }
}

/// An evidence item as the appendix of a report lists it.
public struct EvidenceSummary: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    public var kind: String
    public var status: ItemStatus
    @NullEncoded public var approvedBy: String?
    @NullEncoded public var approvedOn: CivilDate?
    @NullEncoded public var lastReviewed: CivilDate?
    @NullEncoded public var reviewDue: CivilDate?
    public var path: String
    /// The rules in this report that rest on the item.
    public var rules: [String]

    init(_ item: EvidenceItem) {
        id = item.id
        title = item.title
        kind = item.kind
        status = item.status
        approvedBy = item.approvedBy
        approvedOn = item.approvedOn
        lastReviewed = item.lastReviewed
        reviewDue = item.reviewDue
        path = item.path
        rules = []
    }
}

/// What a pack is, as reports name it.
public struct PackInfo: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    public var revision: String
    public var source: String
    public var file: String
    /// Built into parity, so its rules have a page in parity's rule reference (SARIF's
    /// `helpUri`). Not in the JSON report, whose `file` already says where a pack came from.
    public var isBuiltin = false

    enum CodingKeys: String, CodingKey {
        case id, title, revision, source, file
    }
}

public struct Counts: Hashable, Codable, Sendable {
    public var red = 0, amber = 0, green = 0, grey = 0
    public var met = 0, partial = 0, notMet = 0, notApplicable = 0, waived = 0

    init(_ rules: [RuleAssessment]) {
        for rule in rules {
            switch rule.rag {
            case .red: red += 1
            case .amber: amber += 1
            case .green: green += 1
            case .grey: grey += 1
            }
            switch rule.status {
            case .met: met += 1
            case .partial: partial += 1
            case .notMet: notMet += 1
            case .notApplicable: notApplicable += 1
            case .waived: waived += 1
            }
        }
    }

    /// (met + ½ partial) ÷ applicable rules, as a percentage to one decimal; nil when
    /// nothing applies. Waived rules are left out, like rules that do not apply.
    public var score: Double? {
        let applicable = met + partial + notMet
        guard applicable > 0 else { return nil }
        return (Double(met * 2 + partial) * 500 / Double(applicable)).rounded() / 10
    }
}

public struct Summary: Hashable, Codable, Sendable {
    public var rules: Int
    public var overdue: Int
    public var counts: Counts
    @NullEncoded public var score: Double?

    init(rules: [RuleAssessment]) {
        self.rules = rules.count
        self.overdue = rules.filter { $0.daysOverdue != nil }.count
        self.counts = Counts(rules)
        self.score = counts.score
    }
}

public struct PackSummary: Hashable, Codable, Sendable {
    public var info: PackInfo
    public var rules: Int
    public var counts: Counts
    @NullEncoded public var score: Double?

    init(info: PackInfo, rules: [RuleAssessment]) {
        self.info = info
        self.rules = rules.count
        self.counts = Counts(rules)
        self.score = counts.score
    }
}

/// The open gaps one owner must act on: what an EDI lead sends each owner after the board.
public struct OwnerGaps: Hashable, Codable, Sendable {
    public struct Gap: Hashable, Codable, Sendable {
        public var rule: String
        public var title: String
        public var status: RuleStatus
        public var rag: RAG
        public var timing: String
    }

    public var owner: String
    public var gaps: [Gap]

    static func group(_ rules: [RuleAssessment]) -> [OwnerGaps] {
        var byOwner: [String: [Gap]] = [:]
        for rule in rules where rule.status.isOpen {
            for owner in rule.owners {
                byOwner[owner, default: []].append(
                    Gap(rule: rule.id, title: rule.title, status: rule.status, rag: rule.rag, timing: rule.timingWords))
            }
        }
        return byOwner.keys.sorted().map { owner in
            OwnerGaps(owner: owner, gaps: byOwner[owner]!.sorted {
                $0.rag != $1.rag ? $0.rag < $1.rag : String.ruleOrder($0.rule, $1.rule)
            })
        }
    }
}

/// Something wrong with one evidence item, found while judging a rule, said twice: for
/// tools, naming the front-matter key and its value, and for a board, in words.
public struct Finding: Hashable, Codable, Sendable {
    public var item: String
    @NullEncoded public var field: String?
    /// For `check`, JSON and SARIF: "ACT-2 Targets: status is draft, needs approved".
    public var message: String
    /// For papers: "ACT-2 Targets: not yet approved (still a draft)".
    public var plain: String
    public var location: SourceLocation

    public init(item: String, field: String?, message: String, plain: String? = nil, location: SourceLocation) {
        self.item = item
        self.field = field
        self.message = message
        self.plain = plain ?? message
        self.location = location
    }
}

/// A document that a rule needs approved by a named body, not approved on the as-of date.
public struct AwaitedApproval: Hashable, Codable, Sendable {
    public var item: String
    public var title: String
    /// The bodies whose approval the rule accepts, as the pack names them.
    public var by: [String]
}

/// An action item as a rule's action plan shows it.
public struct PlannedAction: Hashable, Codable, Sendable {
    public var item: String
    public var what: String
    @NullEncoded public var owner: String?
    @NullEncoded public var due: CivilDate?
    public var status: ActionStatus
    @NullEncoded public var doneOn: CivilDate?
    /// Days past due for an open action; nil when not overdue.
    @NullEncoded public var daysOverdue: Int?
    public var location: SourceLocation
}

public struct RuleAssessment: Hashable, Codable, Sendable {
    public var id: String
    public var pack: String
    public var title: String
    public var desiredState: String
    public var owners: [String]
    public var severity: Severity
    public var source: String
    public var status: RuleStatus
    public var rag: RAG
    /// The date the rule is due, or nil for an ongoing duty.
    @NullEncoded public var deadline: CivilDate?
    /// How the pack states the deadline: a date, "plan months 3–6", "ongoing".
    public var deadlineBasis: String
    /// The first day of a plan phase's window, for phases and their activities.
    @NullEncoded public var windowStart: CivilDate?
    public var timing: Timing.State
    @NullEncoded public var daysLeft: Int?
    /// Days past the deadline while the rule is not met (past the day it lapsed, for a
    /// rule met by its deadline whose evidence lapsed since); nil otherwise.
    @NullEncoded public var daysOverdue: Int?
    /// For a rule met after its deadline: the first day it was met.
    @NullEncoded public var metOn: CivilDate?
    /// For a rule met by its deadline and not met now: the first day it was no longer met.
    @NullEncoded public var lapsedOn: CivilDate?
    public var timingWords: String
    /// What the repository shows, one sentence per piece of evidence.
    public var currentState: [String]
    /// What is missing, one sentence per unmet requirement.
    public var gaps: [String]
    /// Ids of the items that the rule's met requirements rest on.
    public var evidence: [String]
    /// The figures behind the rule's conditions over measures: series, change, band, target.
    public var measures: [MeasureSummary]
    public var findings: [Finding]
    /// Documents the rule looks at that await approval by a body it names: what a board
    /// paper asks the board (or the committee) to approve.
    public var awaitingApproval: [AwaitedApproval]
    public var remediation: String
    public var actions: [PlannedAction]
    @NullEncoded public var notApplicableReason: String?
    /// The waiver recorded for this rule, whether in force, lapsed or not yet approved.
    @NullEncoded public var waiver: WaiverStatus?
    public var location: SourceLocation
}

/// A waiver as reports show it on the as-of date.
public struct WaiverStatus: Hashable, Codable, Sendable {
    public var reason: String
    public var approvedBy: String
    public var approvedOn: CivilDate
    public var expires: CivilDate
    @NullEncoded public var scope: String?
    /// In force on the as-of date: the rule reads `waived`.
    public var active: Bool
    /// Expired before the as-of date: the rule is judged as it is, and the lapse reported.
    public var lapsed: Bool
    /// Approved by an owner of the rule it waives: nobody should waive their own gap.
    public var selfApproved: Bool
    public var location: SourceLocation

    public var words: String {
        let scope = self.scope.map { " (scope: \($0))" } ?? ""
        if active { return "waived until \(expires)\(scope): \(reason) (approved by \(approvedBy) on \(approvedOn))" }
        if lapsed { return "waiver lapsed on \(expires)\(scope): \(reason) (approved by \(approvedBy) on \(approvedOn))" }
        return "waiver from \(approvedOn) to \(expires)\(scope) is not yet in force: \(reason)"
    }
}

extension String {
    /// Sorts HIA6.2 before HIA6.10 and PLAN.1.2 before PLAN.1.10.
    static func ruleOrder(_ lhs: String, _ rhs: String) -> Bool {
        func parts(_ id: String) -> [NumericOrderPart] {
            id.split(separator: ".").map { part in Int(part).map(NumericOrderPart.number) ?? .text(String(part)) }
        }
        return parts(lhs).lexicographicallyPrecedes(parts(rhs))
    }
}

enum NumericOrderPart: Comparable {
    case number(Int)
    case text(String)
}
