import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ParityKit

/// `parity phases`: the plan tracker over the example trust and over small plans.
@Suite struct PhasesTests {
    static let dates = ["2023-10-15", "2024-04-15", "2024-10-15"]  // plan months 2, 8 and 14
    let example: LoadedRepository

    init() throws {
        example = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    }

    @Test(arguments: dates, PhasesFormat.allCases)
    func reportMatchesItsGoldenFile(date: String, format: PhasesFormat) throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate(date)))
        let ext = ["text": "txt", "markdown": "md", "json": "json", "svg": "svg"][format.rawValue]!
        try assertGolden(format.render(progress), named: "phases-\(date).\(ext)")
    }

    @Test func monthEightShowsTheSteeringCommitteesPicture() throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate("2024-04-15")))
        #expect(progress.planMonth == 8)
        #expect(progress.expectedPhase == "PLAN.3")
        #expect(progress.phases.map(\.status) == [.complete, .behind, .onTrack, .upcoming, .upcoming])
        let late = progress.phases[1].activities.filter { $0.state == .late }
        #expect(late.map(\.id) == ["PLAN.2.2", "PLAN.2.3"])
        #expect(late.map(\.daysLate) == [46, 46])
        #expect(progress.phases[0].activities.allSatisfy { !$0.evidence.isEmpty })
    }

    @Test(arguments: dates)
    func everyActivityAgreesWithGap(date: String) throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate(date)))
        let gap = Dictionary(uniqueKeysWithValues: Evaluator.evaluate(example, asOf: CivilDate(date)).rules.map { ($0.id, $0) })
        for activity in progress.phases.flatMap(\.activities) {
            let rule = try #require(gap[activity.id])
            #expect((activity.state == .done) == (rule.status == .met), "\(activity.id)")
            #expect(activity.daysLate == rule.daysOverdue, "\(activity.id)")
        }
    }

    @Test func theJSONNamesTheDocumentedFields() throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate("2024-04-15")))
        let json = try JSONSerialization.jsonObject(with: Data(PhasesFormat.json.render(progress).utf8)) as! [String: Any]
        #expect(json["plan_month"] as? Int == 8)
        #expect(json["expected_phase"] as? String == "PLAN.3")
        let phases = json["phases"] as! [[String: Any]]
        #expect(phases.map { $0["id"] as! String } == ["PLAN.1", "PLAN.2", "PLAN.3", "PLAN.4", "PLAN.5"])
        for phase in phases {
            for key in ["id", "status", "done", "total", "activities"] { #expect(phase[key] != nil, "\(key)") }
            for activity in phase["activities"] as! [[String: Any]] {
                for key in ["id", "state", "days_late"] { #expect(activity.keys.contains(key), "\(key)") }
            }
        }
    }

    @Test(arguments: dates)
    func theSVGIsWellFormedAndSaysItsStatusesInWords(date: String) throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate(date)))
        let svg = PhasesFormat.svg.render(progress)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href=\"http"))
        for phase in progress.phases {
            #expect(svg.contains(">\(PhaseWords.status(phase.status))</tspan>"))
        }
    }

    /// Printed across A4 portrait (about 680 CSS px) the drawing keeps nearly its own size,
    /// so its 12- and 13-unit text prints at 8pt or more; each phase's name is there whole,
    /// on lines of its own above its bar, never cut short.
    @Test(arguments: dates)
    func theSVGFitsA4AndNamesEachPhaseWhole(date: String) throws {
        let progress = try #require(PlanTracker.track(example, asOf: CivilDate(date)))
        let svg = PhasesFormat.svg.render(progress)
        #expect(TimelineSVG.width <= 720)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(TimelineSVG.width)\""))
        #expect(!svg.contains("…"))
        let sizes = svg.matches(of: try Regex(#"font-size="([0-9.]+)""#)).compactMap { Double(String(svg[$0.range]).filter { $0.isNumber || $0 == "." }) }
        #expect(sizes.min() == 12)
        let lines = svg.matches(of: try Regex(#"<text [^>]*>([^<]*)</text>"#)).map { match in
            String(svg[match.range]).replacing(try! Regex(#"<[^>]*>"#), with: "")
        }
        for phase in progress.phases {
            #expect(lines.joined(separator: " ").contains(XML.escape("\(phase.id) \(phase.title)")), "\(phase.id)")
        }
    }

    @Test func aLongPhaseNameWrapsWithoutLosingAWord() {
        let name = "PLAN.3 Phase 3: Policy development, implementation, communication and review in every directorate"
        let lines = TimelineSVG.wrap(name, size: 13, width: 300)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == name)
        #expect(lines.allSatisfy { TimelineSVG.ems($0) * 13 <= 300 })
        #expect(TimelineSVG.wrap("Unbreakable-single-word-longer-than-the-line", size: 13, width: 50) == ["Unbreakable-single-word-longer-than-the-line"])
    }

    // MARK: small plans

    func plan(starts: [String], files: [String: String] = [:]) throws -> LoadedRepository {
        var config = """
            version: 1
            organisation: Test Trust
            plan_start: [\(starts.joined(separator: ", "))]
            packs: [one-year-plan]

            """
        if starts.count == 1 { config = config.replacingOccurrences(of: "[\(starts[0])]", with: starts[0]) }
        var all = ["parity.yaml": config]
        all.merge(files) { _, new in new }
        return try TestRepository(all).load()
    }

    /// A baseline survey and its analysis: what PLAN.1.1 asks for.
    func baselineSurvey(approved: String) -> [String: String] {
        [
            "surveys/baseline-\(approved).md": """
                ---
                id: SUR-\(approved)
                title: Baseline survey
                kind: survey
                status: approved
                approved_on: \(approved)
                tags: [anonymous, organisation-wide]
                satisfies: [PLAN.1.1]
                ---
                """,
            "reports/baseline-\(approved).md": """
                ---
                id: RPT-\(approved)
                title: Baseline survey analysis
                kind: report
                status: approved
                approved_on: \(approved)
                tags: [hotspots]
                satisfies: [PLAN.1.1]
                ---
                """,
        ]
    }

    @Test func windowBoundariesOnTheirFirstAndLastDays() throws {
        let repository = try plan(starts: ["2023-09-01"])
        let expectations: [(String, String?)] = [
            ("2023-08-31", nil), ("2023-09-01", "PLAN.1"), ("2023-10-31", "PLAN.1"), ("2023-11-01", "PLAN.2"),
            ("2024-02-29", "PLAN.2"), ("2024-03-01", "PLAN.3"), ("2024-05-31", "PLAN.3"), ("2024-06-01", "PLAN.4"),
            ("2024-08-31", "PLAN.4"), ("2024-09-01", "PLAN.5"), ("2026-01-01", "PLAN.5"),
        ]
        for (date, phase) in expectations {
            #expect(PlanTracker.track(repository, asOf: CivilDate(date))?.expectedPhase == phase, "\(date)")
        }
        let lastDay = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-10-31")))
        #expect(lastDay.phases[0].status == .notStarted)
        let dayAfter = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-11-01")))
        #expect(dayAfter.phases[0].status == .behind)
        #expect(dayAfter.phases[0].activities.map(\.daysLate) == [1, 1, 1])
        #expect(dayAfter.phases[1].status == .notStarted)
        #expect(dayAfter.phases[2].status == .upcoming)
    }

    @Test func phaseStatuses() throws {
        let repository = try plan(starts: ["2023-09-01"], files: baselineSurvey(approved: "2023-09-20"))
        let progress = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-10-01")))
        #expect(progress.phases[0].status == .onTrack)
        #expect(progress.phases[0].activities.map(\.state) == [.done, .notStarted, .notStarted])
        #expect(progress.phases[0].done == 1)
        #expect(progress.phases[0].total == 3)
    }

    @Test func anOpenActionCountsAsInProgress() throws {
        let draft = """
            ---
            id: TOR-1
            title: Steering committee terms of reference
            kind: terms-of-reference
            status: draft
            satisfies: [PLAN.1.3]
            actions:
              - what: Recruit members
                owner: EDI lead
                due: 2023-10-15
            ---
            """
        let progress = try #require(PlanTracker.track(try plan(starts: ["2023-09-01"], files: ["tor.md": draft]), asOf: CivilDate("2023-10-01")))
        #expect(progress.phases[0].activities[2].state == .inProgress)
        #expect(progress.phases[0].activities[2].openActions.map(\.what) == ["Recruit members"])
    }

    @Test func aPlanThatHasNotStarted() throws {
        let progress = try #require(PlanTracker.track(try plan(starts: ["2024-01-31"]), asOf: CivilDate("2024-01-01")))
        #expect(progress.planMonth == 0)
        #expect(progress.planMonthWords == "the plan has not started; it starts in 30 days")
        #expect(progress.expectedPhase == nil)
        #expect(progress.phases.allSatisfy { $0.status == .upcoming })
    }

    @Test(arguments: [("2024-01-29", "2024-02-29", "2024-03-28"), ("2024-01-30", "2024-02-29", "2024-03-29"),
                      ("2024-01-31", "2024-02-29", "2024-03-30"), ("2023-01-31", "2023-02-28", "2023-03-30")])
    func plansStartingLateInTheMonth(start: String, monthTwo: String, monthTwoEnd: String) throws {
        let calendar = PlanCalendar(start: CivilDate(start))
        #expect(calendar.firstDay(ofMonth: 2) == CivilDate(monthTwo))
        #expect(calendar.lastDay(ofMonth: 1) == CivilDate(monthTwo).adding(days: -1))
        #expect(calendar.lastDay(ofMonth: 2) == CivilDate(monthTwoEnd))
        #expect(calendar.month(of: CivilDate(monthTwo)) == 2)
        #expect(calendar.month(of: CivilDate(monthTwo).adding(days: -1)) == 1)
    }

    @Test func aSecondCycleStartsAfresh() throws {
        let repository = try plan(starts: ["2022-09-01", "2023-09-01"], files: baselineSurvey(approved: "2022-09-20"))
        let progress = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-10-01")))
        #expect(progress.planStart == CivilDate("2023-09-01"))
        #expect(progress.planMonth == 2)
        // The first cycle's survey does not count for the second cycle.
        #expect(progress.phases[0].activities[0].state == .notStarted)
        #expect(progress.earlierCycles.count == 1)
        #expect(progress.earlierCycles[0].planStart == CivilDate("2022-09-01"))
        #expect(progress.earlierCycles[0].ended == CivilDate("2023-08-31"))
        #expect(progress.earlierCycles[0].done == 1)
        #expect(progress.earlierCycles[0].total == 14)
        let gap = Evaluator.evaluate(repository, asOf: CivilDate("2023-10-01")).rules.first { $0.id == "PLAN.1.1" }
        #expect(gap?.status == .notMet)
        #expect(gap?.deadline == CivilDate("2023-10-31"))
    }

    @Test func sinceWithNothingChangedAndWithChanges() throws {
        let repository = try plan(starts: ["2023-09-01"], files: baselineSurvey(approved: "2023-10-20"))
        let quiet = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-10-10"), since: CivilDate("2023-10-01")))
        #expect(quiet.changes?.isEmpty == true)
        #expect(PhasesFormat.text.render(quiet).contains("Nothing changed since 2023-10-01."))
        let busy = try #require(PlanTracker.track(repository, asOf: CivilDate("2023-11-05"), since: CivilDate("2023-10-10")))
        #expect(busy.changes?.newlyDone == ["PLAN.1.1"])
        #expect(busy.changes?.newlyLate == ["PLAN.1", "PLAN.1.2", "PLAN.1.3"])
    }

    @Test func repositoriesWithoutAPlanSayWhy() throws {
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: T\npacks: [hia6]\n"]).load()
        #expect(PlanTracker.track(repository, asOf: CivilDate("2024-01-01")) == nil)
    }
}
