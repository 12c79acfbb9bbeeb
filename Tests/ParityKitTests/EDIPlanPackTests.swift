import Testing
@testable import ParityKit

/// The EDI Improvement Plan packs hia1 … hia5 encode the plan's actions with the owners
/// and deadlines their headers give, and each deadline turns a rule overdue on the day
/// after it, not before.
@Suite struct EDIPlanPackTests {
    /// One row per rule: pack, id, owners, deadline (nil for an ongoing duty).
    struct Expected: CustomTestStringConvertible, Sendable {
        var pack: String
        var id: String
        var owners: [String]
        var deadline: String?
        var testDescription: String { "\(id) due \(deadline ?? "ongoing")" }
    }

    static let expected: [Expected] = [
        Expected(pack: "hia1", id: "HIA1.1", owners: ["Chair", "Chief executive", "HR/OD"], deadline: "2024-03-31"),
        Expected(pack: "hia1", id: "HIA1.2", owners: ["Board"], deadline: "2025-03-31"),
        Expected(pack: "hia1", id: "HIA1.3", owners: ["Board", "HR/OD"], deadline: "2024-03-31"),
        Expected(pack: "hia2", id: "HIA2.1", owners: ["Board", "HR/OD"], deadline: "2025-06-30"),
        Expected(pack: "hia2", id: "HIA2.1.1", owners: ["Board", "HR/OD"], deadline: "2024-06-30"),
        Expected(pack: "hia2", id: "HIA2.1.2", owners: ["Board", "HR/OD"], deadline: "2025-06-30"),
        Expected(pack: "hia2", id: "HIA2.2", owners: ["HR/OD"], deadline: "2024-10-31"),
        Expected(pack: "hia3", id: "HIA3.1", owners: ["HR/OD", "Medical director"], deadline: "2024-03-31"),
        Expected(pack: "hia3", id: "HIA3.2", owners: ["HR/OD", "Board"], deadline: "2026-03-31"),
        Expected(pack: "hia3", id: "HIA3.2.1", owners: ["HR/OD", "Board"], deadline: "2024-03-31"),
        Expected(pack: "hia3", id: "HIA3.2.2", owners: ["HR/OD", "Board"], deadline: "2025-03-31"),
        Expected(pack: "hia3", id: "HIA3.2.3", owners: ["HR/OD", "Board"], deadline: "2026-03-31"),
        Expected(pack: "hia3", id: "HIA3.3", owners: ["HR/OD"], deadline: "2024-03-31"),
        Expected(pack: "hia4", id: "HIA4.1", owners: ["Line managers", "HR/OD"], deadline: "2023-10-31"),
        Expected(pack: "hia4", id: "HIA4.2", owners: ["Board", "HR/OD"], deadline: "2025-04-30"),
        Expected(pack: "hia5", id: "HIA5.1", owners: ["HR/OD"], deadline: "2024-03-31"),
        Expected(pack: "hia5", id: "HIA5.2", owners: ["Line managers", "HR/OD"], deadline: "2024-03-31"),
        Expected(pack: "hia5", id: "HIA5.3", owners: ["Line managers", "HR/OD"], deadline: "2024-03-31"),
    ]

    static var packIDs: [String] {
        var seen: [String] = []
        for row in expected where !seen.contains(row.pack) { seen.append(row.pack) }
        return seen
    }

    static var dated: [Expected] { expected.filter { $0.deadline != nil } }

    @Test(arguments: packIDs)
    func eachPackHasThePlansActionsWithTheirOwnersAndDeadlines(pack id: String) throws {
        let pack = try #require(try BuiltinPacks.load(id: id))
        let rows = Self.expected.filter { $0.pack == id }
        #expect(pack.rules.map(\.id) == rows.map(\.id))
        for row in rows {
            let rule = try #require(pack.rules.first { $0.id == row.id })
            #expect(Set(rule.owners) == Set(row.owners), "\(row.id) owners")
            let deadline: Deadline = row.deadline.map { .date(CivilDate($0)) } ?? .ongoing
            #expect(rule.deadline == deadline, "\(row.id) deadline")
            #expect(rule.source.contains("2023") || rule.source.contains("2024"), "\(row.id) cites a dated source")
        }
    }

    /// A staged action is met when its stages are: HIA2.1 rests on HIA2.1.1 and HIA2.1.2,
    /// HIA3.2 on HIA3.2.1 … HIA3.2.3, and the action falls due with its last stage.
    @Test func stagedActionsRestOnTheirStages() throws {
        for (action, stages) in [("HIA2.1", ["HIA2.1.1", "HIA2.1.2"]), ("HIA3.2", ["HIA3.2.1", "HIA3.2.2", "HIA3.2.3"])] {
            let pack = try #require(try BuiltinPacks.load(id: action.hasPrefix("HIA2") ? "hia2" : "hia3"))
            let rule = try #require(pack.rules.first { $0.id == action })
            #expect(rule.evidence.referencedRules.map(\.id) == stages)
            let last = try #require(pack.rules.first { $0.id == stages.last })
            #expect(rule.deadline == last.deadline)
        }
    }

    /// An empty repository applying the pack: the day before the deadline and the day
    /// itself the rule is not yet overdue (amber); the day after it is overdue by one day (red).
    @Test(arguments: dated)
    func overdueFromTheDayAfterTheDeadline(_ row: Expected) throws {
        let deadline = CivilDate(try #require(row.deadline))
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [\(row.pack)]\n",
        ])
        let loaded = try repository.load()
        func rule(asOf date: CivilDate) throws -> RuleAssessment {
            try #require(Evaluator.evaluate(loaded, asOf: date).rules.first { $0.id == row.id })
        }
        for date in [deadline.adding(days: -1), deadline] {
            let before = try rule(asOf: date)
            #expect(before.status == .notMet)
            #expect(before.timing == .dueSoon, "\(row.id) as of \(date)")
            #expect(before.daysOverdue == nil, "\(row.id) as of \(date)")
            #expect(before.rag == .amber, "\(row.id) as of \(date)")
        }
        let early = try rule(asOf: deadline.adding(days: -365))
        #expect(early.timing == .notYetDue)
        #expect(early.daysOverdue == nil)
        let after = try rule(asOf: deadline.adding(days: 1))
        #expect(after.timing == .passed)
        #expect(after.daysOverdue == 1, "\(row.id) overdue")
        #expect(after.rag == .red)
    }

    /// The WDES metrics and the good-practice rules are duties with no deadline: never
    /// overdue, on any date; an empty repository leaves every one of them not met.
    @Test(arguments: ["wdes", "good-practice"])
    func ongoingPacksAreNeverOverdue(pack id: String) throws {
        let pack = try #require(try BuiltinPacks.load(id: id))
        #expect(pack.rules.allSatisfy { $0.deadline == .ongoing })
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: Test Trust\npacks: [\(id)]\n"])
        let loaded = try repository.load()
        for date in ["2023-03-31", "2024-04-01", "2026-04-01"] {
            for rule in Evaluator.evaluate(loaded, asOf: CivilDate(date)).rules {
                #expect(rule.timing == .noDeadline, "\(rule.id) as of \(date)")
                #expect(rule.daysOverdue == nil, "\(rule.id) as of \(date)")
                #expect(rule.status == .notMet, "\(rule.id) as of \(date)")
            }
        }
    }

    /// The good-practice pack is advisory: every rule is severity low, cites its seed, and
    /// has no deadline.
    @Test func goodPracticeIsAdvisoryAndCitesItsCaseStudies() throws {
        let pack = try #require(try BuiltinPacks.load(id: "good-practice"))
        #expect(pack.rules.map(\.id) == ["GP.1", "GP.2", "GP.3", "GP.4", "GP.5", "GP.6", "GP.7"])
        for rule in pack.rules {
            #expect(rule.severity == .low, "\(rule.id) severity")
            #expect(rule.deadline == .ongoing, "\(rule.id) deadline")
            #expect(!rule.source.lowercased().contains("seed") && rule.source.count > 40, "\(rule.id) source")
        }
    }

    /// An advisory rule should never be red on its own. RAG is derived from status and
    /// timing only (RAG.rating), so today an ongoing low-severity rule that is not met is
    /// red; the pack cannot change that, and Sources is left to the engine's owners.
    @Test func aLowSeverityRuleIsNeverRedOnItsOwn() throws {
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: Test Trust\npacks: [good-practice]\n"])
        let rules = Evaluator.evaluate(try repository.load(), asOf: CivilDate("2024-04-15")).rules
        #expect(rules.allSatisfy { $0.severity == .low && $0.status == .notMet })
        // Not met and ongoing would be red for any other rule; an advisory one is amber.
        for rule in rules {
            #expect(rule.rag == .amber, "\(rule.id) is \(rule.rag)")
        }
    }

    /// A rule met before its deadline is green after it, not overdue: HIA1.1's own met
    /// evidence, judged the day after 31 March 2024.
    @Test func metByTheDeadlineIsNotOverdueAfterIt() throws {
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia1]\n",
            "objectives.md": """
                ---
                id: OB1
                title: Board and executive EDI objectives 2023/24
                kind: report
                status: approved
                approved_by: Remuneration Committee
                approved_on: 2023-07-12
                tags: [edi-objectives]
                satisfies: [HIA1.1]
                ---
                """,
            "appraisals.md": """
                ---
                id: AP1
                title: Board appraisal round 2023/24
                kind: report
                status: approved
                approved_by: Remuneration Committee
                approved_on: 2024-03-20
                tags: [edi-appraisal]
                ---
                """,
        ])
        let rule = try #require(Evaluator.evaluate(try repository.load(), asOf: CivilDate("2024-04-01")).rules.first { $0.id == "HIA1.1" })
        #expect(rule.status == .met)
        #expect(rule.timing == .passed)
        #expect(rule.daysOverdue == nil)
        #expect(rule.rag == .green)
        #expect(rule.metOn == nil, "met by the deadline, not late")
    }
}
