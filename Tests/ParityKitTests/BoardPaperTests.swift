import Foundation
import Testing
@testable import ParityKit

/// The board paper's content, as a board secretary reads it: the cover sheet, the
/// decisions, the level of assurance and the board's words. The layout each format draws
/// is checked by the golden files; these check what the paper says.
@Suite struct BoardPaperTests {
    let repository: LoadedRepository

    init() throws {
        repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    }

    func paper(_ date: String, since: RepositoryDiff? = nil) -> BoardPaper {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate(date))
        return BoardPaper(assessment, particulars: repository.inventory.config.paper, since: since,
                          plan: PlanTracker.track(repository, assessment: assessment))
    }

    @Test func theCoverSheetCarriesEveryParticularTheTrustSets() throws {
        let cover = Dictionary(uniqueKeysWithValues: paper("2024-04-15").coverSheet.map { ($0.label, $0.text) })
        #expect(cover["Meeting"] == "Trust Board, meeting in public")
        #expect(cover["Date"] == "25 April 2024")
        #expect(cover["Agenda item"] == "9.2")
        #expect(cover["Executive lead"] == "Dr Amara Okafor, Director of People")
        #expect(cover["Author"] == "Sam Whitfield, Head of Equality, Diversity and Inclusion")
        #expect(cover["Purpose"]?.hasPrefix("Approval") == true)
        #expect(cover["Board Assurance Framework risks"]?.hasPrefix("BAF 4: Workforce equality") == true)
        #expect(cover["Previously considered by"] == "People Committee, 9 April 2024; Race Equality Steering Committee, 5 March 2024")
        #expect(cover["Level of assurance"]?.hasPrefix("Limited assurance") == true)
        for heading in ["equality and diversity", "quality and patient safety", "financial", "legal and regulatory", "workforce"] {
            #expect(cover["Implications: \(heading)"].map { $0 != "Not stated" } == true, "\(heading)")
        }
        #expect(cover.values.allSatisfy { $0 != "Not stated" })
        #expect(cover["Appendices"]?.hasPrefix("A Rule by rule; B Open gaps by accountable executive; C Race equality one-year plan: timeline") == true)
    }

    @Test func whatATrustLeavesOutReadsNotStated() {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let cover = Dictionary(uniqueKeysWithValues: BoardPaper(assessment).coverSheet.map { ($0.label, $0.text) })
        #expect(cover["Meeting"] == "Not stated")
        #expect(cover["Date"] == "15 April 2024", "the meeting date defaults to the as-of date")
        #expect(cover["Executive lead"] == "Not stated")
    }

    @Test func theDecisionsNameTheTargetsTheOverdueRulesAndTheLapsedWaiver() throws {
        let april = paper("2024-04-15")
        let decisions = april.decisions
        #expect(decisions.count == 4)
        #expect(decisions[0].hasPrefix("Approve ACT-002, Reduction targets for bullying, harassment, discrimination and violence"))
        #expect(decisions[0].contains("HIA6.2"))
        let overdue = april.assessment.rules.filter { $0.daysOverdue != nil }.map(\.id)
        #expect(overdue.count == 12)
        for id in overdue { #expect(decisions[1].contains(id), "\(id)") }
        #expect(decisions[2].hasPrefix("Renew or close the waiver of HR.5"))
        #expect(decisions[2].contains("lapsed on 31 March 2024"))
        #expect(decisions[3].hasPrefix("Take limited assurance"))
        // In February the waiver is in force and lapses within due_soon_days: still a decision.
        #expect(paper("2024-02-01").decisions.contains { $0.hasPrefix("Renew or close the waiver of HR.5") && $0.contains("lapses on 31 March 2024") })
    }

    /// Only a document the leaf itself selects awaits its approval: the pool's candidates
    /// are a superset (here every policy, when the tag would list more), and a policy
    /// another leaf selects is not one the Board must approve.
    @Test func onlyWhatTheLeafSelectsAwaitsItsApproval() throws {
        let pack = testPack.replacingOccurrences(of: """
                  evidence: { kind: policy, claims: true }
                  status: approved
            """, with: """
                  all:
                    - evidence: { kind: policy, tag: targets }
                      approved_by: [Board]
                    - evidence: { kind: policy }
            """)
        func document(_ id: String, kind: String, tags: String) -> String {
            "---\nid: \(id)\ntitle: \(id)\nkind: \(kind)\nstatus: draft\ntags: [\(tags)]\n---\n"
        }
        let repository = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": pack,
            "docs/p1.md": document("P1", kind: "policy", tags: "other"),
            "docs/r1.md": document("R1", kind: "report", tags: "targets"),
            "docs/r2.md": document("R2", kind: "report", tags: "targets"),
        ])
        let rule = try #require(Evaluator.evaluate(repository.load(), asOf: CivilDate("2024-04-15")).rules.first { $0.id == "T.1" })
        #expect(rule.status.isOpen)
        #expect(rule.awaitingApproval.isEmpty, "\(rule.awaitingApproval.map(\.item))")

        let tagged = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": pack,
            "docs/p1.md": document("P1", kind: "policy", tags: "targets"),
        ])
        let awaited = try #require(Evaluator.evaluate(tagged.load(), asOf: CivilDate("2024-04-15")).rules.first { $0.id == "T.1" })
        #expect(awaited.awaitingApproval.map(\.item) == ["P1"])
        #expect(awaited.awaitingApproval.first?.by == ["Board"])
    }

    @Test func theBoardSeeksAssuranceFromExecutivesNotFromItselfOrFromContributors() throws {
        let paper = paper("2024-04-15")
        for exception in paper.exceptions {
            for word in ["Board", "Staff networks", "Staff side", "Line managers"] {
                #expect(!paper.executives(exception.rule).contains(word), "\(exception.rule.id): \(word)")
            }
        }
        let hia66 = try #require(paper.exceptions.first { $0.rule.id == "HIA6.6" })
        #expect(hia66.accountable == "Chief Executive; with Staff networks")
        // Red first, most serious first: only red rules are exceptions.
        #expect(paper.exceptions.allSatisfy { $0.rule.rag == .red })
        #expect(paper.exceptions.count == paper.assessment.summary.counts.red)
    }

    @Test func theLevelOfAssuranceFollowsItsStatedRule() {
        #expect(AssuranceLevel.level(applicable: 0, score: nil, red: 0, highSeverityOverdue: false) == .none)
        #expect(AssuranceLevel.level(applicable: 10, score: 24.9, red: 0, highSeverityOverdue: false) == .none)
        #expect(AssuranceLevel.level(applicable: 10, score: 25, red: 5, highSeverityOverdue: true) == .limited)
        #expect(AssuranceLevel.level(applicable: 10, score: 85, red: 0, highSeverityOverdue: true) == .substantial)
        #expect(AssuranceLevel.level(applicable: 10, score: 84.9, red: 0, highSeverityOverdue: false) == .reasonable)
        #expect(AssuranceLevel.level(applicable: 10, score: 65, red: 1, highSeverityOverdue: false) == .reasonable)
        #expect(AssuranceLevel.level(applicable: 10, score: 65, red: 2, highSeverityOverdue: false) == .limited)
        #expect(AssuranceLevel.level(applicable: 10, score: 90, red: 1, highSeverityOverdue: true) == .limited)
        #expect(AssuranceLevel.level(applicable: 10, score: 64.9, red: 0, highSeverityOverdue: false) == .limited)
        // The example, and a repository with nothing: absence is never assurance.
        #expect(paper("2024-04-15").assurance == .limited)
        let empty = Evaluator.evaluate(packs: repository.packs, inventory: Inventory(config: repository.inventory.config, items: []),
                                       asOf: CivilDate("2024-04-15"))
        #expect(AssuranceLevel.of(empty) == .none)
    }

    @Test(arguments: ["2024-02-01", "2024-04-15"])
    func thePaperProperSpeaksTheBoardsLanguage(date: String) throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate(date))
        let options = ReportFormat.Options(plan: PlanTracker.track(repository, assessment: assessment), paper: repository.inventory.config.paper)
        let markdown = ReportFormat.markdown.render(assessment, options: options)
        let appendixA = try #require(markdown.range(of: "## Appendix A"))
        let paper = String(markdown[..<appendixA.lowerBound])
        for needle in ["seed 0", ".md:", ".yaml", "approved\\_by", "approved_by", "review\\_due", "status is", "needs approved", "Must not have", "rules/"] {
            #expect(!paper.contains(needle), "\(needle)")
        }
        #expect(paper.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "an ISO date")
        // The appendices too: no file, key, seed or ISO date anywhere in the paper.
        for needle in ["seed 0", ".md:", ".yaml", "approved\\_by", "review\\_due", "status is", "Must not have", "rules/"] {
            #expect(!markdown.contains(needle), "\(needle) in the appendices")
        }
        #expect(markdown.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "an ISO date in the appendices")
        // Each appendix the cover sheet lists is in the paper, in order.
        let letters = BoardPaper(assessment, particulars: repository.inventory.config.paper, plan: options.plan).appendices.map(\.letter)
        let positions = letters.map { markdown.range(of: "## Appendix \($0):")?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func isoDatesReadAsWords() {
        #expect(BoardText.plain("approved 2024-03-12 by Board (deadline 2024-03-31)") == "approved 12 March 2024 by Board (deadline 31 March 2024)")
        #expect(BoardText.plain("ref 12024-03-12 and 2024-02-30 stay") == "ref 12024-03-12 and 2024-02-30 stay")
        #expect(BoardText.plain("no date here") == "no date here")
    }
}
