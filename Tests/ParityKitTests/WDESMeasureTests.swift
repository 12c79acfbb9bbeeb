import Foundation
import Testing
@testable import ParityKit

/// Figures judged against the built-in WDES pack, as MeasureTests does for WRES: metric 2
/// (appointment from shortlisting) and metric 3 (entry into the formal capability
/// process) computed from counts, in the direction each metric is defined, with the
/// small-number rule.
@Suite struct WDESMeasureTests {
    func rule(_ id: String, in root: URL, asOf date: String) throws -> RuleAssessment {
        let repository = try RepositoryLoader.load(root: root)
        return try #require(Evaluator.evaluate(repository, asOf: CivilDate(date)).rules.first { $0.id == id })
    }

    func measure(_ rule: RuleAssessment) throws -> MeasureSummary {
        try #require(rule.measures.first)
    }

    /// A trust repository with the wdes pack and one CSV of figures.
    func trust(_ csv: String) throws -> TestRepository {
        try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wdes]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": csv,
        ])
    }

    @Test func metric2DividesTheNonDisabledRateByTheDisabledRate() throws {
        // Non-disabled 1,180 appointed of 5,400 shortlisted (21.9%); Disabled 84 of 500 (16.8%).
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WDES.2,2023/24,non-disabled,1180,5400
            WDES.2,2023/24,Disabled,84,500

            """)
        let wdes2 = try rule("WDES.2", in: repository.root, asOf: "2024-10-31")
        let summary = try measure(wdes2)
        #expect(summary.latest?.value == 1.30)
        // Groups match whatever their case; the counts keep the spelling of the figures.
        #expect(summary.latest?.counts == "non-disabled 1180 of 5400; Disabled 84 of 500")
        #expect(summary.latest?.lowConfidence == false)
        #expect(summary.position == "above")
        #expect(wdes2.gaps.contains("WDES.2 (non-disabled vs disabled) 1.30 in 2023/24 is above the non-adverse range 0.80–1.25."))
        // Current and above the range, with no year before: partly met.
        #expect(wdes2.status == .partial)
    }

    @Test func metric3DividesTheDisabledRateByTheNonDisabledRateAndImprovesIntoTheRange() throws {
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WDES.3,2023/24,disabled,12,400
            WDES.3,2023/24,non-disabled,120,6000
            WDES.3,2024/25,disabled,12,500
            WDES.3,2024/25,non-disabled,120,6000

            """)
        let wdes3 = try rule("WDES.3", in: repository.root, asOf: "2025-10-31")
        let summary = try measure(wdes3)
        #expect(summary.latest?.value == 1.20)
        #expect(summary.previous?.value == 1.50)
        #expect(summary.trend == "improved")
        #expect(summary.position == "within")
        #expect(summary.breakdownWords == "2024/25 by group: disabled 2.4%, non-disabled 2.0%")
        #expect(wdes3.status == .met)
        #expect(wdes3.currentState.contains("WDES.3 (disabled vs non-disabled) 1.20 in 2024/25 is within the non-adverse range 0.80–1.25."))
    }

    @Test func theNationalCapabilityRatioRisingAboveTheRangeIsPartlyMet() throws {
        // NHS Employers, WDES 2023 report findings (18 March 2024): 2.01 in 2022, 2.17 in 2023.
        let repository = try trust("indicator,period,value\nWDES.3,2022,2.01\nWDES.3,2023,2.17\n")
        let wdes3 = try rule("WDES.3", in: repository.root, asOf: "2024-06-30")
        #expect(try measure(wdes3).trend == "worsened")
        #expect(wdes3.gaps.contains("WDES.3 (disabled vs non-disabled) 2.17 in 2023 is above the non-adverse range 0.80–1.25."))
        #expect(wdes3.gaps.contains("WDES.3 (disabled vs non-disabled) rose from 2.01 in 2022 to 2.17 in 2023; closer to 1.00 is better, so it must not worsen year on year."))
        #expect(wdes3.status == .partial)
    }

    /// Fewer than 10 cases in a group: the ratio is still computed and judged, but every
    /// report marks it low confidence and names the counts.
    @Test func fewCasesMarkBothRatiosLowConfidence() throws {
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WDES.3,2023/24,disabled,4,300
            WDES.3,2023/24,non-disabled,100,6000
            WDES.2,2023/24,non-disabled,1100,5000
            WDES.2,2023/24,disabled,9,40

            """)
        let wdes3 = try rule("WDES.3", in: repository.root, asOf: "2024-10-31")
        let three = try measure(wdes3)
        #expect(three.latest?.value == 0.80)
        #expect(three.latest?.lowConfidence == true)
        #expect(three.words.hasSuffix("low confidence: fewer than 10 cases in a group"))
        #expect(wdes3.currentState.contains { $0.contains("rests on fewer than 10 cases in a group (disabled 4 of 300; non-disabled 100 of 6000)") })
        let wdes2 = try measure(rule("WDES.2", in: repository.root, asOf: "2024-10-31"))
        #expect(wdes2.latest?.value == 0.98)
        #expect(wdes2.latest?.lowConfidence == true)
        // Ten cases in each group is enough.
        let enough = try trust("indicator,period,group,numerator,denominator\nWDES.3,2023/24,disabled,10,300\nWDES.3,2023/24,non-disabled,100,6000\n")
        #expect(try measure(rule("WDES.3", in: enough.root, asOf: "2024-10-31")).latest?.lowConfidence == false)
    }

    @Test func aZeroComparatorHasNoRatio() throws {
        let repository = try trust("indicator,period,group,numerator,denominator\nWDES.3,2023/24,disabled,3,300\nWDES.3,2023/24,non-disabled,0,6000\n")
        let wdes3 = try rule("WDES.3", in: repository.root, asOf: "2024-10-31")
        #expect(try measure(wdes3).latest?.value == nil)
        #expect(wdes3.gaps.contains { $0.contains("no non-disabled cases (0 of 6000)") })
        #expect(wdes3.status != .met)
    }
}
