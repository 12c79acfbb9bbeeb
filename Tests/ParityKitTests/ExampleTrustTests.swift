import Foundation
import Testing
@testable import ParityKit

/// The example trust in policies/, reported in every format at two board dates either
/// side of the 31 March 2024 deadlines.
@Suite struct ExampleTrustTests {
    static let dates = ["2024-02-01", "2024-04-15"]
    let repository: LoadedRepository

    init() throws {
        repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    }

    @Test(arguments: dates, ReportFormat.allCases)
    func reportMatchesItsGoldenFile(date: String, format: ReportFormat) throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate(date))
        let ext = ["text": "txt", "markdown": "md", "json": "json", "csv": "csv", "html": "html",
                   "docx": "docx.xml", "xlsx": "xlsx.xml"][format.rawValue]!
        // As the command line writes it: the papers with the trust's particulars and its plan.
        let options = ReportFormat.Options(plan: format.isPaper ? PlanTracker.track(repository, assessment: assessment) : nil,
                                           paper: repository.inventory.config.paper)
        try assertGolden(format.render(assessment, options: options), named: "example-\(date).\(ext)")
    }

    @Test func aMarch2024DeadlineTurnsFromDueSoonToOverdue() throws {
        let before = Evaluator.evaluate(repository, asOf: CivilDate("2024-02-01")).rules.first { $0.id == "HIA6.2" }!
        let after = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15")).rules.first { $0.id == "HIA6.2" }!
        #expect(before.status != .met)
        #expect(before.timing == .dueSoon)
        #expect(before.rag == .amber)
        #expect(after.timing == .passed)
        #expect(after.daysOverdue == 15)
        #expect(after.rag == .red)
    }

    @Test func thePictureIsMixed() throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let statuses = Set(assessment.rules.map(\.status))
        #expect(statuses.isSuperset(of: [.met, .partial, .notMet]))
        #expect(Set(assessment.rules.map(\.rag)).isSuperset(of: [.red, .amber, .green]))
        #expect(assessment.rules.contains { $0.actions.contains { $0.daysOverdue != nil } })
        #expect(assessment.rules.contains { !$0.findings.isEmpty })
    }

    @Test func theJSONHasTheDocumentedFields() throws {
        let json = ReportFormat.json.render(Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15")))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        for key in ["schema_version", "as_of", "organisation", "summary", "rules", "packs", "owners"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["as_of"] as? String == "2024-04-15")
        let rules = object["rules"] as! [[String: Any]]
        #expect(rules.count == repository.packs.flatMap(\.rules).count)
        for rule in rules {
            for key in ["id", "pack", "title", "status", "rag", "deadline", "days_overdue", "owners", "gaps", "evidence"] {
                #expect(rule.keys.contains(key), "\(rule["id"] ?? "?") lacks \(key)")
            }
            #expect(["met", "partial", "not_met", "not_applicable"].contains(rule["status"] as? String ?? ""))
            #expect(["red", "amber", "green", "grey"].contains(rule["rag"] as? String ?? ""))
        }
        let hia62 = rules.first { $0["id"] as? String == "HIA6.2" }!
        #expect(hia62["deadline"] as? String == "2024-03-31")
        #expect(hia62["days_overdue"] as? Int == 15)
        let ongoing = rules.first { $0["id"] as? String == "HIA6.1" }!
        #expect(ongoing["deadline"] is NSNull)
    }

    @Test func reportsAreByteIdenticalAcrossRuns() throws {
        let again = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
        for format in ReportFormat.allCases {
            // The bytes, ZIP packages included: fixed timestamps make docx and xlsx reproducible.
            let first = format.data(Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15")))
            let second = format.data(Evaluator.evaluate(again, asOf: CivilDate("2024-04-15")))
            #expect(first == second)
        }
    }
}
