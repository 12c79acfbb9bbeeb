import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ParityKit

/// `parity check`: the diagnostics, the thresholds and the machine formats.
@Suite struct CheckTests {
    func check(_ files: [String: String], asOf: String = "2024-04-15", only: Set<String>? = nil) throws -> CheckResult {
        var all = ["parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack]
        all.merge(files) { _, new in new }
        let repository = try TestRepository(all)
        return Checker.check(try RepositoryLoader.read(root: repository.root), asOf: CivilDate(asOf), files: only)
    }

    let goodPolicy = """
        ---
        id: POL-1
        title: Policy
        kind: policy
        status: approved
        approved_on: 2024-01-10
        review_due: 2027-01-10
        satisfies: [T.1]
        ---
        """

    @Test func aCleanRepositoryHasNothingToSay() throws {
        let result = try check(["docs/policy.md": goodPolicy])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.compilerStyle))")
        #expect(!FailThreshold.warning.fails(result.diagnostics))
    }

    @Test func documentChecks() throws {
        let result = try check(["docs/policy.md": """
            ---
            id: POL-1
            title: Policy
            kind: policy
            status: approved
            approved_on: 2024-05-10
            review_due: 2024-04-14
            satisfies: [T.1]
            actions:
              - what: No owner
                due: 2024-06-01
              - what: Late
                owner: HR
                due: 2024-04-01
              - what: Finished
                status: done
            ---
            """])
        let byCode = Dictionary(grouping: result.diagnostics, by: \.code)
        #expect(byCode[.check(.outOfReview)]?.map(\.location.line) == [7])
        #expect(byCode[.check(.approvedAfterAsOf)]?.map(\.location.line) == [6])
        #expect(byCode[.check(.actionIncomplete)]?.map(\.message) == ["action 'No owner' of POL-1 has no owner"])
        #expect(byCode[.check(.actionOverdue)]?.first?.message == "action 'Late' of POL-1 was due 2024-04-01, 14 days before 2024-04-15")
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning || $0.code == .rule("T.1") })
    }

    @Test func aLapsedDeadlineIsAnOverdueErrorAtThePackReference() throws {
        let result = try check([:])
        let lapsed = result.diagnostics.first { $0.code == .rule("T.1") }!
        #expect(lapsed.severity == .error)
        #expect(lapsed.overdue)
        #expect(lapsed.repositoryWide)
        #expect(lapsed.location == ParityKit.SourceLocation(file: "parity.yaml", line: 4, column: 9))
        #expect(FailThreshold.overdue.fails(result.diagnostics))
        let before = try check([:], asOf: "2024-03-01")
        #expect(before.diagnostics.first { $0.code == .rule("T.1") }?.severity == .note)
        #expect(!FailThreshold.overdue.fails(before.diagnostics))
        #expect(!FailThreshold.error.fails(before.diagnostics))
    }

    @Test func brokenDocumentsAreErrorsAndTheRestIsStillJudged() throws {
        let result = try check([
            "docs/policy.md": goodPolicy,
            "docs/broken.md": "---\nid: X\ntitle: X\nkind: policy\nstatus: aproved\n---\n",
        ])
        #expect(result.diagnostics.map(\.compilerStyle) == [
            "docs/broken.md:5:9: error: status 'aproved' is not one of draft, approved, retired (did you mean 'approved'?) [invalid-input]",
        ])
        #expect(result.assessment?.rules.first?.status == .met)
    }

    @Test func filesLimitTheReportAndCountTheRest() throws {
        let files = [
            "docs/a.md": "---\nid: A\ntitle: A\nkind: policy\nstatus: draft\nreview_due: 2020-01-01\n---\n",
            "docs/b.md": "---\nid: B\ntitle: B\nkind: policy\nstatus: draft\nreview_due: 2020-01-01\n---\n",
        ]
        let result = try check(files, only: ["docs/a.md"])
        #expect(Set(result.diagnostics.map(\.location.file)) == ["docs/a.md"])
        #expect(Set(result.elsewhere.map(\.location.file)) == ["docs/b.md", "parity.yaml"])
        let text = CheckFormat.text.render(result)
        #expect(text.contains("\nand \(result.elsewhere.count) more findings in the rest of the repository ("))
    }

    @Test func thresholds() {
        let note = Diagnostic(.note, "n", at: .file("a"), code: .rule("x"))
        let warning = Diagnostic(.warning, "w", at: .file("a"), code: .rule("x"))
        let error = Diagnostic(.error, "e", at: .file("a"), code: .rule("x"))
        let overdue = Diagnostic(.error, "o", at: .file("a"), code: .rule("x"), overdue: true)
        #expect(!FailThreshold.error.fails([note, warning]))
        #expect(FailThreshold.error.fails([error]))
        #expect(FailThreshold.warning.fails([warning]))
        #expect(!FailThreshold.warning.fails([note]))
        #expect(!FailThreshold.overdue.fails([error, warning]))
        #expect(FailThreshold.overdue.fails([overdue]))
    }

    @Test func githubCommandsEscapeTheirData() {
        let diagnostic = Diagnostic(.warning, "50% done\nnext: line", at: ParityKit.SourceLocation(file: "a,b:c.md", line: 3, column: 4), code: .rule("x"))
        let output = CheckFormat.github.render(CheckResult(asOf: CivilDate("2024-01-01"), diagnostics: [diagnostic]))
        #expect(output == "::warning file=a%2Cb%3Ac.md,line=3,col=4,title=parity x::50%25 done%0Anext: line\n")
    }

    @Test func junitIsWellFormedWithOneCasePerRule() throws {
        let result = try check(["docs/policy.md": goodPolicy, "docs/evil.md": "---\nid: E\ntitle: \"<&>\\u0001\"\nkind: policy\nstatus: draft\n---\n"])
        let xml = CheckFormat.junit.render(result)
        let counter = TestCaseCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.testCases == 1)
    }

    @Test func sarifNamesEveryRuleItReports() throws {
        let result = try check(["docs/a.md": "---\nid: A\ntitle: A\nkind: policy\nstatus: draft\nreview_due: 2020-01-01\n---\n"])
        let sarif = try JSONSerialization.jsonObject(with: Data(CheckFormat.sarif.render(result).utf8)) as! [String: Any]
        #expect(sarif["version"] as? String == "2.1.0")
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        let results = run["results"] as! [[String: Any]]
        let ids = rules.map { $0["id"] as! String }
        #expect(Set(results.map { $0["ruleId"] as! String }) == Set(ids))
        for result in results {
            #expect(ids[result["ruleIndex"] as! Int] == result["ruleId"] as! String)
        }
    }
}

final class TestCaseCounter: NSObject, XMLParserDelegate {
    var testCases = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == "testcase" { testCases += 1 }
    }
}
