import Foundation
import Testing
@testable import ParityKit

/// Waivers: in force until they expire, then the rule is judged again and the lapse is
/// reported; invalid waivers are refused where they are written.
@Suite struct WaiverTests {
    func repository(_ waivers: String, policy: String? = nil) throws -> TestRepository {
        var files = [
            "parity.yaml": TestRepository.minimalConfig + "waivers:\n" + waivers,
            "rules/test.yaml": testPack,
        ]
        if let policy { files["docs/policy.md"] = policy }
        return try TestRepository(files)
    }

    let waiver = """
          - rule: T.1
            reason: The new policy waits for the merger
            approved_by: Board
            approved_on: 2024-01-10
            expires: 2024-06-30

        """

    func rule(_ repository: TestRepository, _ date: String) throws -> RuleAssessment {
        try #require(Evaluator.evaluate(repository.load(), asOf: CivilDate(date)).rules.first { $0.id == "T.1" })
    }

    @Test func beforeOnAndAfterItsExpiry() throws {
        let repository = try repository(waiver)
        let before = try rule(repository, "2024-01-09")
        #expect(before.status == .notMet)
        #expect(before.waiver?.active == false)
        let during = try rule(repository, "2024-04-15")
        #expect(during.status == .waived)
        #expect(during.rag == .grey)
        #expect(during.daysOverdue == nil)
        #expect(during.timingWords == "waived until 2024-06-30 (deadline 2024-03-31)")
        let lastDay = try rule(repository, "2024-06-30")
        #expect(lastDay.status == .waived)
        let after = try rule(repository, "2024-07-01")
        #expect(after.status == .notMet)
        #expect(after.rag == .red)
        #expect(after.daysOverdue == 92)
        #expect(after.waiver?.lapsed == true)
        #expect(after.waiver?.words.hasPrefix("waiver lapsed on 2024-06-30") == true)
    }

    @Test func aMetRuleIsNotWaived() throws {
        let policy = "---\nid: P\ntitle: P\nkind: policy\nstatus: approved\napproved_on: 2024-02-01\nsatisfies: [T.1]\n---\n"
        #expect(try rule(try repository(waiver, policy: policy), "2024-04-15").status == .met)
    }

    @Test func waivedRulesLeaveTheScoreAndShowInEveryReport() throws {
        let assessment = Evaluator.evaluate(try repository(waiver).load(), asOf: CivilDate("2024-04-15"))
        #expect(assessment.summary.counts.waived == 1)
        #expect(assessment.summary.score == nil)
        #expect(ReportFormat.text.render(assessment).contains("T.1: waived until 2024-06-30: The new policy waits for the merger"))
        #expect(ReportFormat.markdown.render(assessment).contains("Waiver: waived until 30 June 2024: The new policy waits for the merger"))
        #expect(ReportFormat.csv.render(assessment).contains("waived until 2024-06-30"))
        #expect(ReportFormat.json.render(assessment).contains("\"waiver\" : {"))
    }

    @Test func checkSuppressesAWaivedRuleAndWarnsOfALapse() throws {
        let reading = try RepositoryLoader.read(root: try repository(waiver).root)
        let during = Checker.check(reading, asOf: CivilDate("2024-04-15"))
        let suppressed = try #require(during.diagnostics.first { $0.code == .rule("T.1") })
        #expect(suppressed.severity == .note)
        #expect(suppressed.suppression == "The new policy waits for the merger")
        #expect(!FailThreshold.overdue.fails(during.diagnostics))
        let sarif = CheckFormat.sarif.render(during)
        #expect(sarif.contains("\"justification\" : \"The new policy waits for the merger\""))
        #expect(CheckFormat.junit.render(during).contains("<skipped message=\"waived until 2024-06-30"))
        let after = Checker.check(reading, asOf: CivilDate("2024-07-01"))
        #expect(after.diagnostics.contains { $0.code == .check(.waiverLapsed) && $0.severity == .warning && $0.location.file == "parity.yaml" })
        #expect(FailThreshold.overdue.fails(after.diagnostics))
    }

    @Test func aWaiverApprovedByTheRulesOwnerIsFlagged() throws {
        let own = waiver.replacingOccurrences(of: "approved_by: Board", with: "approved_by: HR/OD")
        let result = Checker.check(try RepositoryLoader.read(root: try repository(own).root), asOf: CivilDate("2024-04-15"))
        #expect(result.diagnostics.contains { $0.code == .check(.waiverSelfApproved) })
        #expect(try rule(try repository(own), "2024-04-15").waiver?.selfApproved == true)
    }

    @Test(arguments: [
        ("rule: T.1", "rule: T.9", "waiver of rule T.9, which no applied pack defines (did you mean 'T.1'?)"),
        ("reason: The new policy waits for the merger", "scope: all sites", "a waiver is missing the required key 'reason'"),
        ("expires: 2024-06-30", "scope: all sites", "a waiver is missing the required key 'expires'"),
        ("expires: 2024-06-30", "expires: 2025-01-11", "waiver of T.1 runs to 2025-01-11, longer than the maximum of 12 months from its approval (2025-01-10); set waiver_max_months to allow longer"),
        ("expires: 2024-06-30", "expires: 2024-01-10", "waiver of T.1 expires 2024-01-10, not after its approval on 2024-01-10"),
    ])
    func invalidWaivers(original: String, replacement: String, expected: String) throws {
        let errors = try repository(waiver.replacingOccurrences(of: original, with: replacement)).loadErrors()
        #expect(errors.map(\.message) == [expected])
        #expect(errors.first?.location?.file == "parity.yaml")
    }
}
