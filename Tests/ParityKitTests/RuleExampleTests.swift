import Foundation
import Testing
@testable import ParityKit

/// Every built-in rule is specified by its examples: each must give the verdict it names,
/// and together they cover every verdict the rule can reach.
@Suite struct RuleExampleTests {
    let builtins: [RulePack]

    init() throws {
        builtins = try BuiltinPacks.loadAll()
    }

    @Test func everyExampleOfEveryBuiltinPackGivesItsVerdict() {
        for pack in builtins {
            let outcome = RuleExamples.run(pack, context: builtins)
            #expect(outcome.run > 0, "\(pack.id) has no examples")
            for failure in outcome.failures {
                Issue.record("\(failure.location.map { "\($0)" } ?? pack.file): \(failure.message)")
            }
        }
    }

    @Test func everyBuiltinRuleHasAnExampleOfEachVerdictItCanReach() {
        for rule in builtins.flatMap(\.rules) {
            let expected = Set(rule.examples.map(\.expect))
            var reachable: Set<RuleStatus> = [.met, .notMet]
            if Self.canBePartlyMet(rule.evidence) { reachable.insert(.partial) }
            let missing = reachable.subtracting(expected).map(\.words).sorted()
            #expect(missing.isEmpty, "\(rule.id) has no example that is \(missing.joined(separator: ", "))")
        }
    }

    /// A lone condition over one indicator with one requirement passes or fails whole;
    /// anything else can be partly met.
    static func canBePartlyMet(_ condition: Condition) -> Bool {
        guard case .measure(let leaf) = condition, case .indicator = leaf.selection else { return true }
        let requirements = [leaf.latest != nil, leaf.yearOnYear != nil, leaf.target != nil,
                            !leaf.brokenDownBy.isEmpty, leaf.currentWithin != nil].filter { $0 }.count
        return requirements > 1
    }

    /// A trust's own pack, `rules/local.yaml`, with the given kinds and rules.
    /// A rule asking for an approved policy, up to its `examples:` key, which each test fills.
    static let approvedPolicyRule = """
          - id: L.1
            title: A policy
            desired_state: An approved policy.
            owners: [Board]
            deadline: ongoing
            severity: high
            source: test
            evidence: { evidence: { kind: policy, claims: true }, status: approved }
            remediation: Write it.
            examples:
        """

    func localPack(kinds: String, rules: String) throws -> RulePack {
        try RulePackLoader.load(text: TestPack.yaml(id: "local", title: "Local", kinds: [kinds], rules: """
            \(rules)
            """), file: "rules/local.yaml", isBuiltin: false)
    }

    @Test func aWrongExampleFailsNamingTheRuleAndTheExample() throws {
        let pack = try localPack(kinds: "policy", rules: """
            \(Self.approvedPolicyRule)
                  - name: a draft is only partly there
                    as_of: 2024-04-15
                    items:
                      - { id: P1, title: Policy, kind: policy, status: draft, satisfies: L.1 }
                    expect: met
                  - name: nothing at all
                    as_of: 2024-04-15
                    expect: not_met
            """)
        let outcome = RuleExamples.run(pack, context: builtins)
        #expect(outcome.run == 2)
        let failure = try #require(outcome.failures.first)
        #expect(outcome.failures.count == 1)
        #expect(failure.message.hasPrefix("example 'a draft is only partly there' of L.1 expects met as of 2024-04-15 but the rule is partly met"))
        #expect(failure.location == SourceLocation(file: "rules/local.yaml", line: 19, column: 9))
    }

    @Test func anExampleWithAnUndeclaredKindIsRefusedNotRun() throws {
        let pack = try localPack(kinds: "policy", rules: """
            \(Self.approvedPolicyRule)
                  - name: a typo
                    as_of: 2024-04-15
                    items:
                      - { id: P1, title: Policy, kind: pollicy, status: approved, approved_on: 2024-01-01, satisfies: L.1 }
                    expect: not_met
            """)
        let failures = RuleExamples.run(pack, context: builtins).failures
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("example 'a typo' of L.1") == true)
        #expect(failures.first?.message.contains("pollicy") == true)
    }

    @Test func aRuleThatAsksNothingOfARepositoryIsRefused() throws {
        let pack = try localPack(kinds: "report", rules: """
              - id: L.1
                title: No open investigation
                desired_state: Nothing open.
                owners: [Board]
                deadline: ongoing
                severity: high
                source: test
                evidence:
                  not: { evidence: { kind: report, tag: open-investigation } }
                remediation: Close it.
            """)
        let config = TrustConfig(organisation: "T", packs: [], location: .file("parity.yaml"))
        let errors = EmptyRepositoryCheck.check(packs: [pack], config: config)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("rule L.1 asks nothing of a repository") == true)
        #expect(errors.first?.location == SourceLocation(file: "rules/local.yaml", line: 17, column: 7))
        #expect(EmptyRepositoryCheck.check(packs: builtins, config: config).isEmpty)
    }

    /// Only parity.yaml, applying every built-in pack: nothing is met or partly met, and
    /// every score is 0, before and after the deadlines.
    @Test(arguments: ["2023-06-01", "2024-02-01", "2024-04-15", "2025-09-30", "2026-11-30"])
    func anEmptyRepositoryScoresZeroEverywhere(asOf: String) throws {
        let ids = BuiltinPacks.ids.joined(separator: ", ")
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: Empty Trust\nplan_start: 2023-09-01\npacks: [\(ids)]\n"])
        let assessment = Evaluator.evaluate(try repository.load(), asOf: CivilDate(asOf))
        #expect(assessment.rules.count == builtins.flatMap(\.rules).count)
        for rule in assessment.rules {
            #expect(rule.status == .notMet, "\(rule.id) is \(rule.status.words) on an empty repository as of \(asOf)")
        }
        #expect(assessment.summary.score == 0)
        for pack in assessment.packs { #expect(pack.score == 0, "\(pack.info.id) scores \(pack.score ?? -1)") }
    }
}
