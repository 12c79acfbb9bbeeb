import Foundation
import Testing
@testable import ParityKit

/// Figures judged against the built-in WRES pack: the national table of seed 003, the
/// trust cases of seeds 000 and 002, and relative likelihoods computed from counts.
@Suite struct MeasureTests {
    static let national = packageRoot.appending(path: "Tests/ParityKitTests/Fixtures/wres-national")

    func rule(_ id: String, in root: URL, asOf date: String) throws -> RuleAssessment {
        let repository = try RepositoryLoader.load(root: root)
        return try #require(Evaluator.evaluate(repository, asOf: CivilDate(date)).rules.first { $0.id == id })
    }

    func measure(_ rule: RuleAssessment) throws -> MeasureSummary {
        try #require(rule.measures.first)
    }

    /// A trust repository with the wres pack and one CSV of figures.
    func trust(_ csv: String, extra: [String: String] = [:]) throws -> TestRepository {
        try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wres]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": csv,
        ].merging(extra) { _, new in new })
    }

    // MARK: the national table (seed 003)

    @Test func nationalIndicator3ImprovesEveryYearAndEntersTheRangeIn2018() throws {
        let expected: [(year: Int, value: Double, position: String)] = [
            (2017, 1.37, "above"), (2018, 1.24, "within"), (2019, 1.22, "within"), (2020, 1.16, "within"), (2021, 1.14, "within"),
        ]
        for (year, value, position) in expected {
            let wres3 = try measure(rule("WRES.3", in: Self.national, asOf: "\(year + 1)-06-01"))
            #expect(wres3.latest?.period.description == "\(year)")
            #expect(wres3.latest?.value == value)
            #expect(wres3.trend == "improved", "\(year)")
            #expect(wres3.position == position, "\(year)")
        }
        let in2018 = try rule("WRES.3", in: Self.national, asOf: "2019-06-01")
        #expect(in2018.status == .met)
        #expect(in2018.currentState.contains("WRES.3 (BME vs white) 1.24 in 2018 is within the non-adverse range 0.80–1.25."))
        let in2017 = try rule("WRES.3", in: Self.national, asOf: "2018-06-01")
        #expect(in2017.gaps == ["WRES.3 (BME vs white) 1.37 in 2017 is above the non-adverse range 0.80–1.25."])
    }

    @Test func nationalIndicator8RiseIn2021FailsNamingBothValues() throws {
        let wres8 = try rule("WRES.8", in: Self.national, asOf: "2022-06-01")
        #expect(wres8.status == .partial)
        #expect(wres8.gaps == ["WRES.8 (BME) rose from 14.5% in 2020 to 16.7% in 2021; lower is better, so it must improve year on year."])
        let summary = try measure(wres8)
        #expect(summary.trend == "worsened")
        #expect(summary.change == 2.2)
        #expect(summary.breakdownWords == "2021 by group: BME 16.7%, white 6.2%")
        // A year earlier it had fallen from 15.3% to 14.5%, which passes.
        #expect(try rule("WRES.8", in: Self.national, asOf: "2021-06-01").status == .met)
    }

    @Test func nationalIndicator2WorsensIn2020() throws {
        let wres2 = try rule("WRES.2", in: Self.national, asOf: "2021-06-01")
        #expect(try measure(wres2).trend == "worsened")
        #expect(wres2.gaps.contains("WRES.2 (white vs BME) rose from 1.46 in 2019 to 1.61 in 2020; closer to 1.00 is better, so it must not worsen year on year."))
        #expect(wres2.gaps.contains("WRES.2 (white vs BME) 1.61 in 2020 is above the non-adverse range 0.80–1.25."))
        #expect(wres2.status == .partial)
    }

    @Test func figuresCountOnlyFromTheDayAfterTheirPeriod() throws {
        #expect(try measure(rule("WRES.3", in: Self.national, asOf: "2021-12-31")).latest?.period.description == "2020")
        #expect(try measure(rule("WRES.3", in: Self.national, asOf: "2022-01-01")).latest?.period.description == "2021")
        let before = try rule("WRES.3", in: Self.national, asOf: "2016-12-31")
        #expect(before.status == .notMet)
        #expect(before.measures.isEmpty)
    }

    // MARK: trust cases (seeds 000 and 002)

    @Test func whittingtonImprovesBelowTheRangeAndTheReportSaysWhichSide() throws {
        let repository = try trust("indicator,period,value\nWRES.3,2021/22,3.74\nWRES.3,2022/23,0.6\n")
        let wres3 = try rule("WRES.3", in: repository.root, asOf: "2023-09-01")
        let summary = try measure(wres3)
        #expect(summary.trend == "improved")
        #expect(summary.position == "below")
        #expect(wres3.gaps == ["WRES.3 (BME vs white) 0.60 in 2022/23 is below the non-adverse range 0.80–1.25."])
        #expect(wres3.currentState.contains("WRES.3 (BME vs white) fell from 3.74 in 2021/22 to 0.60 in 2022/23: improved year on year."))
        #expect(summary.words.contains("below the non-adverse range 0.80–1.25"))
    }

    @Test func eastLondonImprovesButStaysAdverse() throws {
        let repository = try trust("indicator,period,value\nWRES.3,2021/22,1.95\nWRES.3,2022/23,1.45\n")
        let wres3 = try rule("WRES.3", in: repository.root, asOf: "2023-09-01")
        #expect(try measure(wres3).trend == "improved")
        #expect(try measure(wres3).position == "above")
        #expect(wres3.status == .partial)
        #expect(wres3.gaps == ["WRES.3 (BME vs white) 1.45 in 2022/23 is above the non-adverse range 0.80–1.25."])
    }

    // MARK: computed from counts

    @Test func relativeLikelihoodFromCountsFollowsTheIndicatorsDirection() throws {
        // WRES 3 divides the BME rate by the white rate; WRES 2 the white rate by the BME rate.
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WRES.3,2022/23,BME,29,1820
            WRES.3,2022/23,white,45,4610
            WRES.2,2022/23,white,512,2410
            WRES.2,2022/23,BME,226,1502

            """)
        let wres3 = try measure(rule("WRES.3", in: repository.root, asOf: "2023-09-01"))
        #expect(wres3.latest?.value == 1.63)
        #expect(wres3.latest?.counts == "BME 29 of 1820; white 45 of 4610")
        #expect(wres3.latest?.lowConfidence == false)
        // The groups' own rates stand beside the ratio, as percentages.
        #expect(wres3.breakdownWords == "2022/23 by group: BME 1.6%, white 1.0%")
        #expect(try measure(rule("WRES.2", in: repository.root, asOf: "2023-09-01")).latest?.value == 1.41)
    }

    @Test func zeroDenominatorsAndZeroComparatorsGiveAMessageNotInfinity() throws {
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WRES.3,2022/23,BME,3,120
            WRES.3,2022/23,white,0,4610
            WRES.4,2022/23,white,0,0
            WRES.4,2022/23,BME,10,50

            """)
        let wres3 = try rule("WRES.3", in: repository.root, asOf: "2023-09-01")
        #expect(try measure(wres3).latest?.value == nil)
        #expect(wres3.gaps.contains { $0.contains("no white cases (0 of 4610), so the likelihood for BME relative to white has no finite value") })
        #expect(wres3.findings.first?.location.description == "figures.csv:2:1")
        let wres4 = try rule("WRES.4", in: repository.root, asOf: "2023-09-01")
        #expect(try measure(wres4).latest?.value == nil)
        #expect(wres4.gaps.contains { $0.contains("the denominator for white is 0") })
        #expect(wres4.status != .met)
    }

    @Test func fewCasesMarkAFigureLowConfidence() throws {
        let repository = try trust("""
            indicator,period,group,numerator,denominator
            WRES.3,2021/22,BME,4,150
            WRES.3,2021/22,white,30,3000
            WRES.3,2022/23,BME,3,160
            WRES.3,2022/23,white,31,3010

            """)
        let wres3 = try rule("WRES.3", in: repository.root, asOf: "2023-09-01")
        let summary = try measure(wres3)
        #expect(summary.latest?.lowConfidence == true)
        #expect(summary.latest?.value == 1.82)
        #expect(summary.words.hasSuffix("low confidence: fewer than 10 cases in a group"))
        #expect(wres3.currentState.contains { $0.contains("rests on fewer than 10 cases in a group (BME 3 of 160; white 31 of 3010)") })
    }

    @Test func aMissingYearIsNamed() throws {
        let repository = try trust("indicator,period,value\nWRES.3,2019/20,1.40\nWRES.3,2021/22,1.10\n")
        let wres3 = try rule("WRES.3", in: repository.root, asOf: "2022-09-01")
        #expect(try measure(wres3).previous == nil)
        // The chart and sparkline keep the empty year as a gap.
        #expect(try measure(wres3).series.map(\.period.description) == ["2019/20", "2020/21", "2021/22"])
        #expect(try measure(wres3).sparkline == "█·▁")
        #expect(wres3.gaps == ["WRES.3 (BME vs white) has no figure for 2020/21 to compare 2021/22 with, so the change year on year is unknown."])
    }

    // MARK: bad figures

    @Test func aDuplicateRowIsAnErrorNamingBothRows() throws {
        let repository = try trust("indicator,period,group,value\nWRES.8,2021,BME,16.7%\nWRES.8,2021,bme,16.9%\n")
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2022-06-01"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("figures.csv:3:1: error: WRES.8 2021 for bme is already given at figures.csv:2:1"))
    }

    @Test func aBadNumberIsReportedWithItsLineAndColumn() throws {
        let repository = try trust("indicator,period,group,value\nWRES.8,2020,BME,14.5%\nWRES.8,2021,BME,16.7x\n\"WRES.3\",\"2021\",,\"1,14\"\n")
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2022-06-01"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("figures.csv:3:17: error: value '16.7x' is not a number"))
    }

    /// Figures a data team gets wrong, each refused with its place and no report.
    @Test(arguments: [
        ("indicator,period,group,value\nWRES.5,2023,BME,1000000000000000000\n",
         "figures.csv:2:17: error: value '1000000000000000000' is too large for a figure"),
        ("indicator,period,group,numerator,denominator\nWRES.3,2023/24,BME,3,99999999999999999999999\n",
         "figures.csv:2:22: error: denominator '99999999999999999999999' is too large"),
        ("indicator,period,group,value\nWRES.5,2023,BME,120%\n",
         "figures.csv:2:17: error: WRES.5 is a percentage, so its value must be between 0 and 100, found 120.0"),
        ("indicator,period,group,value\nWRES.3,2023/24,,138%\n",
         "figures.csv:2:17: error: WRES.3 is a relative likelihood, not a percentage; write its value without %"),
        ("indicator,period,group,value\nWRES.3,2023/24,BME,1.5\n",
         "figures.csv:2:20: error: WRES.3 is a relative likelihood: give the ratio as a value in a row without a group"),
        ("indicator,period,group,value\nWRES.5,2023,BME,28.4\nWRES.5,2024/25,BME,27.6\n",
         "figures.csv:3:1: error: WRES.5 mixes financial years with calendar years (2023 at figures.csv:2:1)"),
        ("indicator,period,group,value\nWRES.1,2023/24,VSM,9.1\nWRES.1,2023/24,overall,27.9\nWRES.1,2024/25,VSM,9.1\n",
         ""),
    ])
    func aMistakeInTheFiguresIsRefusedWhereItIs(csv: String, message: String) throws {
        let repository = try trust(csv)
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2025-12-01"])
        if message.isEmpty {
            #expect(run.status == 0, "\(run.stderr)")
        } else {
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
    }

    @Test(arguments: [
        ("indicator,period,group,value\nWRES.3,2022/23,,\"1,14\"\n",
         "figures.csv:2:17: error: value '1,14' is not a number; write decimals with a point (1.14), not a comma"),
        ("indicator,period,group,numerator,denominator\nFTSU.cases,2023/24 Q3,,11,35\n",
         "figures.csv:2:1: error: FTSU.cases is a plain value: give it as a value, not a numerator and denominator"),
        ("indicator,period,group,numerator,denominator\nWRES.3,2022/23,,5,10\n",
         "figures.csv:2:1: error: WRES.3 is made from its groups' rates: give numerator and denominator in a row for each of BME and white"),
        ("indicator,period,group,value,published\nWRES.5,2025,BME,27.9%,2025-03-12\n",
         "figures.csv:2:23: error: published 2025-03-12 is not after the end of the period 2025 (2025-12-31)"),
        ("indicator,period,group,value,\nWRES.5,2025,BME,27.9%,oops\n",
         "figures.csv:2:23: error: 'oops' is in a column with no name in the header"),
    ])
    func moreMistakesAreRefusedWhereTheyAre(csv: String, message: String) throws {
        let repository = try trust(csv, extra: ["parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wres, hia6]\n"])
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2026-06-01"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func spreadsheetExportsAreRead() throws {
        // A trailing comma on every line, thousands separators, and old Mac line endings.
        let repository = try trust("indicator,period,group,numerator,denominator,\rWRES.3,2022/23,BME,29,\"1,820\",\rWRES.3,2022/23,white,45,\"4,610\",\r")
        let wres3 = try measure(rule("WRES.3", in: repository.root, asOf: "2023-09-01"))
        #expect(wres3.latest?.value == 1.63)
        #expect(wres3.latest?.location.description == "figures.csv:2:1")
    }

    @Test func aCautionIsNotAPass() throws {
        // 5.00 is far above the range; that it rests on 5 cases must not soften the verdict.
        let repository = try trust("indicator,period,group,numerator,denominator\nWRES.3,2022/23,BME,5,100\nWRES.3,2022/23,white,30,3000\n")
        let loaded = try RepositoryLoader.load(root: repository.root)
        let day = try CivilDate("2023-09-01")
        let leaf = MeasureLeaf(selection: .indicator("WRES.3"), latest: .inBand, location: .file("t"))
        let outcome = MeasureEvaluator(data: MeasureData(packs: loaded.packs, inventory: loaded.inventory, asOf: day), asOf: day).evaluate(leaf)
        #expect(outcome.status == .notMet)
        #expect(outcome.found.contains { $0.contains("read it with caution") })
    }

    @Test func figuresAreRoundedHalfUpAsPublished() throws {
        // 251/1000 over 200/1000 is exactly 1.255: published as 1.26, above the range.
        let repository = try trust("""
            indicator,period,group,value,numerator,denominator
            WRES.2,2022/23,white,,251,1000
            WRES.2,2022/23,BME,,200,1000
            WRES.3,2022/23,,1.255,,
            WRES.1,2022/23,VSM,,627,5000
            WRES.1,2022/23,overall,,1023,5000

            """)
        #expect(try measure(rule("WRES.2", in: repository.root, asOf: "2023-09-01")).latest?.value == 1.26)
        #expect(try measure(rule("WRES.2", in: repository.root, asOf: "2023-09-01")).position == "above")
        #expect(try measure(rule("WRES.3", in: repository.root, asOf: "2023-09-01")).latest?.value == 1.26)
        // A gap is the difference of the exact rates, rounded once: 12.54% − 20.46% = −7.92.
        #expect(try measure(rule("WRES.1", in: repository.root, asOf: "2023-09-01")).latest?.value == -7.9)
    }

    @Test func anExactHalfFromCountsRoundsUp() throws {
        // (12/27) ÷ (64/90) is exactly 0.625.
        let repository = try trust("indicator,period,group,numerator,denominator\nWRES.3,2022/23,BME,12,27\nWRES.3,2022/23,white,64,90\n")
        #expect(try measure(rule("WRES.3", in: repository.root, asOf: "2023-09-01")).latest?.value == 0.63)
        #expect(MeasureNumber.format(1.255, decimals: 2) == "1.26")
        #expect(MeasureText.number("1.234,5") == nil)
        #expect(MeasureText.number("-1,234.5") == -1234.5)
    }

    @Test func aRevisedTargetReplacesTheEarlierFromItsDate() throws {
        let repository = try trust("indicator,period,group,value\nWRES.8,2023,BME,16.8%\nWRES.8,2024,BME,15.2%\n", extra: [
            "inventory.yaml": "version: 1\nmeasures: [figures.csv, targets.yaml]\n",
            "targets.yaml": """
                version: 1
                targets:
                  - { indicator: WRES.8, baseline: { period: "2023" }, target: 11.0, by: 2027-03-31, set_on: 2024-05-02 }
                  - { indicator: WRES.8, baseline: { period: "2023" }, target: 13.0, by: 2027-03-31, set_on: 2025-05-01 }

                """,
        ])
        #expect(try measure(rule("WRES.8", in: repository.root, asOf: "2025-04-01")).target?.target == 11.0)
        #expect(try measure(rule("WRES.8", in: repository.root, asOf: "2025-06-01")).target?.target == 13.0)
    }

    @Test func parityDirectionJudgesDistanceFromOneOnEitherSide() {
        let ratio = Indicator(id: "R", title: "R", measure: .relativeLikelihood, subject: "a", comparator: "b",
                              better: .parity, pack: "p", location: .file("p"))
        #expect(ratio.isBetter(1.2, than: 1.5))
        #expect(ratio.isBetter(0.9, than: 1.2))
        #expect(!ratio.isBetter(0.5, than: 1.0))
        #expect(!ratio.isBetter(0.5, than: 2.0) && !ratio.isBetter(2.0, than: 0.5))
    }

    @Test func aFailureIsNotHiddenBehindAPassOnTheSameFigures() throws {
        // HIA6.2 judges WRES.8 twice: improving (passes) and on track to its target (fails).
        let hia62 = try rule("HIA6.2", in: packageRoot.appending(path: "policies"), asOf: "2025-06-01")
        let wres8 = try #require(hia62.measures.first { $0.indicator == "WRES.8" })
        #expect(wres8.status != .met)
    }

    @Test func targetsMustBeAfterTheirBaselineAndSetOnce() throws {
        let repository = try trust("indicator,period,group,value\nWRES.8,2023,BME,16.8%\n", extra: [
            "inventory.yaml": "version: 1\nmeasures: [figures.csv, targets.yaml]\n",
            "targets.yaml": """
                version: 1
                targets:
                  - { indicator: WRES.8, baseline: { period: "2023" }, target: 11.0, by: 2023-06-30 }
                  - { indicator: WRES.8, group: bme, baseline: { period: "2023" }, target: 12.0, by: 2027-03-31 }

                """,
        ])
        let run = try CommandLineTests().parity(["gap", repository.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("targets.yaml:3:5: error: target for WRES.8 is due by 2023-06-30, which is not after its baseline period 2023 (ending 2023-12-31)"))
        #expect(run.stderr.contains("targets.yaml:4:5: error: a target for WRES.8 (bme) is already set at targets.yaml:3:5"))
    }

    @Test func aMeasuresFileListedTwiceIsNamed() throws {
        let repository = try trust("indicator,period,group,value\nWRES.8,2023,BME,16.8%\n",
                                   extra: ["inventory.yaml": "version: 1\nmeasures: [figures.csv, ./figures.csv]\n"])
        let run = try CommandLineTests().parity(["gap", repository.root.path])
        #expect(run.status == 2)
        #expect(run.stderr == "inventory.yaml:2:25: error: measures file './figures.csv' is already listed (as 'figures.csv'); list each file once\n1 error.\n")
    }

    @Test func anIndicatorFromAPackNotAppliedNamesThePackOnce() throws {
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia6]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": "indicator,period,group,value\nWRES.8,2020,BME,14.5\nWRES.8,2021,BME,16.7\n",
        ])
        let run = try CommandLineTests().parity(["gap", repository.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("figures.csv:2:1: error: indicator 'WRES.8' is not declared by any applied pack; the built-in pack 'wres' declares it: add wres to packs in parity.yaml (2 rows name it)"), "\(run.stderr)")
        #expect(!run.stderr.contains("figures.csv:3:1"))
    }

    @Test func figuresOnlyByGroupAreNotTakenAsMet() throws {
        // FTSU.cases is judged on everyone's total; rows for groups alone do not make one.
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia6]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": "indicator,period,group,value\nFTSU.cases,2023/24 Q4,BME,12\nFTSU.cases,2023/24 Q4,white,21\n",
        ])
        let hia66 = try rule("HIA6.6", in: repository.root, asOf: "2024-05-01")
        let summary = try measure(hia66)
        #expect(summary.status == .notMet)
        #expect(hia66.gaps.contains("FTSU.cases (all staff) has no figures for everyone (rows without a group) (there are figures for BME and white)."))
    }

    @Test func validateChecksAMeasuresFileOnItsOwn() throws {
        let repository = try trust("indicator,period,value\nWRES.3,2021,1.2x\n")
        let run = try CommandLineTests().parity(["validate", repository.root.appending(path: "figures.csv").path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("figures.csv:2:13: error: value '1.2x' is not a number"))
        let example = packageRoot.appending(path: "policies/data/reduction-targets.yaml").path
        #expect(try CommandLineTests().parity(["validate", example]).status == 0)
    }

    @Test func anUndeclaredIndicatorSuggestsTheNearestOne() throws {
        let repository = try trust("indicator,period,value\nWRES3,2021,1.14\n")
        let run = try CommandLineTests().parity(["gap", repository.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("figures.csv:2:1: error: indicator 'WRES3' is not declared by any applied pack (did you mean 'WRES.3'?)"))
    }

    @Test func quotedFieldsKeepTheirLineNumbers() throws {
        let table = try CSVTable(text: "a,b\r\n\"x, \"\"y\"\"\nz\",2\r\n3,\"4\"\n", file: "t.csv")
        #expect(table.records.count == 3)
        #expect(table.records[1][0].text == "x, \"y\"\nz")
        #expect(table.records[1][1].location.description == "t.csv:3:4")
        #expect(table.records[2][1].location.description == "t.csv:4:3")
        // A lone CR ends a line inside quotes as well as outside.
        let mac = try CSVTable(text: "a,b\r\"x\ry\",1\r2,3\r", file: "m.csv")
        #expect(mac.records[1][0].text == "x\ry")
        #expect(mac.records[2][1].location.description == "m.csv:4:3")
    }

    // MARK: targets, and rules that use figures where a trust has them

    @Test func aTargetIsJudgedOnAStraightLineFromItsBaseline() throws {
        let repository = try trust(
            "indicator,period,group,value\nWRES.8,2023,BME,16.8%\nWRES.8,2024,BME,15.2%\nWRES.8,2025,BME,13.0%\n",
            extra: [
                "inventory.yaml": "version: 1\nmeasures: [figures.csv, targets.yaml]\n",
                "targets.yaml": """
                    version: 1
                    targets:
                      - { indicator: WRES.8, baseline: { period: "2023" }, target: 11.0, by: 2027-03-31, set_on: 2024-05-02 }

                    """,
            ])
        let loaded = try RepositoryLoader.load(root: repository.root)
        let leaf = MeasureLeaf(selection: .indicator("WRES.8"), target: .onTrack, location: .file("t"))
        func judge(_ date: String) throws -> ConditionOutcome {
            let day = try CivilDate(date)
            return MeasureEvaluator(data: MeasureData(packs: loaded.packs, inventory: loaded.inventory, asOf: day), asOf: day).evaluate(leaf)
        }
        let early = try judge("2025-06-01")
        #expect(early.status == .notMet)
        #expect(early.measures.first?.target?.baseline == 16.8)
        #expect(early.measures.first?.target?.expected == 15.0)
        #expect(GapWords.sentences(early.gaps) == ["Target for WRES.8 (BME): from 16.8% in 2023 to 11.0% by 2027-03-31 on 2024-05-02; 2024 15.2% is off track: a straight line from the baseline expects 15.0% by then."])
        let later = try judge("2026-06-01")
        #expect(later.status == .met)
        #expect(later.measures.first?.target?.onTrack == true)
        // Before the target was set there is none to judge.
        #expect(try GapWords.sentences(judge("2024-04-01").gaps) == ["No reduction target is set for WRES.8 (BME): it needs a baseline, a target value and a date."])
    }

    @Test func hia6WithoutFiguresIsJudgedOnDocumentsAlone() throws {
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia6]\n"])
        let hia62 = try rule("HIA6.2", in: repository.root, asOf: "2024-04-15")
        #expect(hia62.currentState.contains("No figures for the staff experience indicators as of 2024-04-15; the rule is judged on the rest."))
        // Figures passed over neither meet nor fail: with no documents either, nothing is met.
        #expect(hia62.status == .notMet)
        #expect(hia62.measures.isEmpty)
    }

    @Test func theExampleTrustJudgesHIA62OnItsFigures() throws {
        let example = packageRoot.appending(path: "policies")
        let hia62 = try rule("HIA6.2", in: example, asOf: "2025-06-01")
        let wres8 = try #require(hia62.measures.first { $0.indicator == "WRES.8" })
        #expect(wres8.target?.baseline == 16.8)
        #expect(wres8.target?.target == 11.0)
        #expect(wres8.trend == "improved")
        #expect(hia62.gaps.contains { $0.hasPrefix("Target for WRES.8 (BME): from 16.8% in 2023 to 11.0% by 2027-03-31") && $0.contains("off track") })
        let atBoard = try rule("HIA6.2", in: example, asOf: "2024-04-15")
        #expect(atBoard.gaps.contains("WRES.7 (BME) fell from 46.0% in 2022 to 45.2% in 2023; higher is better, so it must improve year on year."))
        #expect(atBoard.gaps.contains { $0.hasPrefix("No reduction target is set for any of WRES.5") })
    }
}
