import Foundation
import Testing
@testable import ParityKit

/// Figures a data team gets wrong in ways a number alone does not show: a percentage
/// exported as a fraction of one, and several mistakes in one file.
@Suite struct FigureMistakeTests {
    func errors(csv: String) throws -> [ParityError] {
        try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wres]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": csv,
        ]).loadErrors()
    }

    func errors(yaml: String) throws -> [ParityError] {
        try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wres]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.yaml]\n",
            "figures.yaml": yaml,
        ]).loadErrors()
    }

    @Test func aPercentageWrittenAsAFractionIsRefusedWhereItIs() throws {
        let found = try errors(csv: "indicator,period,group,value\nWRES.5,2023,BME,0.15\n")
        #expect(found.map(\.description) == [
            "figures.csv:2:17: error: WRES.5 is a percentage, and 0.15 looks like a fraction of one: if 15% is meant, write 15 (or 15%); if the figure really is 0.15%, add fraction_ok: true to the row",
        ])
        #expect(found.first?.code == .likelyFraction)
    }

    @Test(arguments: ["1", "0.001", "1.0"])
    func oneOrLessIsALikelyFraction(_ value: String) throws {
        let found = try errors(csv: "indicator,period,group,value\nWRES.5,2023,BME,\(value)\n")
        #expect(found.map(\.code) == [.likelyFraction], "\(found)")
    }

    /// Zero is a real percentage; above one is beyond a fraction; `%` and fraction_ok
    /// say the value is meant; counts are divided by parity, so cannot be a fraction typed.
    @Test(arguments: [
        "indicator,period,group,value\nWRES.5,2023,BME,0\n",
        "indicator,period,group,value\nWRES.5,2023,BME,1.5\n",
        "indicator,period,group,value\nWRES.5,2023,BME,0.4%\n",
        "indicator,period,group,value,fraction_ok\nWRES.5,2023,BME,0.4,true\n",
        "indicator,period,group,value,fraction_ok\nWRES.5,2023,BME,0.4,TRUE\n",
        "indicator,period,group,numerator,denominator\nWRES.5,2023,BME,1,1000\n",
        // A relative likelihood below one is ordinary.
        "indicator,period,group,value\nWRES.3,2023/24,,0.85\n",
    ])
    func whatIsNotALikelyFraction(_ csv: String) throws {
        #expect(try errors(csv: csv).isEmpty)
    }

    @Test func fractionOKIsAlsoAYAMLKey() throws {
        #expect(try errors(yaml: "version: 1\nobservations:\n  - { indicator: WRES.5, period: \"2023\", group: BME, value: 0.4, fraction_ok: true }\n").isEmpty)
        let refused = try errors(yaml: "version: 1\nobservations:\n  - { indicator: WRES.5, period: \"2023\", group: BME, value: 0.4 }\n")
        #expect(refused.map(\.code) == [.likelyFraction])
        #expect(refused.first?.location == SourceLocation(file: "figures.yaml", line: 3, column: 61))
    }

    @Test func fractionOKIsTrueOrFalse() throws {
        let found = try errors(csv: "indicator,period,group,value,fraction_ok\nWRES.5,2023,BME,0.4,yes\n")
        #expect(found.map(\.description) == ["figures.csv:2:21: error: fraction_ok 'yes' is not true or false"])
    }

    /// Row mistakes and mistakes between rows come out in one pass: before, a row that
    /// could not be read hid every other check of its file.
    @Test func everyMistakeInACSVIsReportedTogether() throws {
        let found = try errors(csv: """
            indicator,period,group,value
            WRES.5,2023,BME,abc
            WRES.5,2022,BME,0.15
            WRES.5,2021,BME,28.4
            WRES.5,2021,BME,28.9
            WRES.55,2021,BME,12

            """)
        #expect(found.map(\.description) == [
            "figures.csv:2:17: error: value 'abc' is not a number",
            "figures.csv:3:17: error: WRES.5 is a percentage, and 0.15 looks like a fraction of one: if 15% is meant, write 15 (or 15%); if the figure really is 0.15%, add fraction_ok: true to the row",
            "figures.csv:5:1: error: WRES.5 2021 for BME is already given at figures.csv:4:1",
            "figures.csv:6:1: error: indicator 'WRES.55' is not declared by any applied pack (did you mean 'WRES.5'?)",
        ])
        #expect(found.map(\.code) == [.invalidInput, .likelyFraction, .duplicateFigure, .unknownIndicator])
    }

    @Test func everyMistakeInOneRowIsReported() throws {
        let found = try errors(csv: "indicator,period,group,value,published\nWRES.5,2023/2024,BME,12x,someday\n")
        #expect(found.map { $0.location?.column } == [8, 22, 26], "\(found)")
    }
}

extension FigureMistakeTests {
    @Test func aBadManifestItemDoesNotHideTheFigures() throws {
        let found = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [wres]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\nitems:\n  - { id: X, path: missing.pdf, title: X, kind: report, status: draft }\n",
            "figures.csv": "indicator,period,group,value\nWRES.5,2023,BME,0.15\n",
        ]).loadErrors()
        #expect(found.map(\.code) == [.likelyFraction, .manifestPath], "\(found)")
    }
}
