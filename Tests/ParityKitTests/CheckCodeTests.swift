import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ParityKit

/// Every check code reaches every format with its words, so no broken input is reported
/// in one place and silently missing from another.
@Suite struct CheckCodeTests {
    func sarifRules(_ result: CheckResult) throws -> [[String: Any]] {
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(CheckFormat.sarif.render(result).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    @Test func everyCheckCodeHasASARIFDescriptorWithTitleAndHelp() throws {
        let diagnostics = CheckCode.allCases.map {
            Diagnostic($0.defaultSeverity, "a \($0.rawValue) problem", at: .file("a.md"), code: .check($0))
        }
        let rules = try sarifRules(CheckResult(asOf: CivilDate("2024-04-15"), diagnostics: diagnostics))
        for code in CheckCode.allCases {
            let descriptor = try #require(rules.first { $0["id"] as? String == code.rawValue }, "\(code.rawValue)")
            #expect((descriptor["shortDescription"] as? [String: Any])?["text"] as? String == code.title)
            #expect((descriptor["help"] as? [String: Any])?["text"] as? String == code.help)
            #expect(!code.title.isEmpty && !code.help.isEmpty && code.help != code.rawValue)
            #expect((descriptor["defaultConfiguration"] as? [String: Any])?["level"] as? String == code.defaultSeverity.rawValue)
        }
    }

    @Test func everyCheckCodeHasItsOwnID() {
        #expect(Set(CheckCode.allCases.map(\.rawValue)).count == CheckCode.allCases.count)
    }

    @Test func theDocsListEveryCheckCode() throws {
        let docs = try String(contentsOf: packageRoot.appending(path: "docs/reports.md"), encoding: .utf8)
        for code in CheckCode.allCases {
            #expect(docs.contains("`\(code.rawValue)`"), "docs/reports.md does not list \(code.rawValue)")
        }
    }

    @Test func aDiagnosticCodeIsWrittenAsItsBareID() throws {
        let diagnostics = [
            Diagnostic(.error, "x", at: .file("a.md"), code: .check(.duplicateFigure)),
            Diagnostic(.note, "y", at: .file("a.md"), code: .rule("HIA6.2")),
        ]
        let json = try JSONEncoder().encode(diagnostics)
        #expect(String(decoding: json, as: UTF8.self).contains("\"code\":\"duplicate-figure\""))
        #expect(String(decoding: json, as: UTF8.self).contains("\"code\":\"HIA6.2\""))
        #expect(try JSONDecoder().decode([Diagnostic].self, from: json) == diagnostics)
        #expect(diagnostics[0].compilerStyle == "a.md:1:1: error: x [duplicate-figure]")
    }

    static let wresConfig = "version: 1\norganisation: Test Trust\nplan_start: 2023-09-01\npacks: [wres]\n"

    /// A duplicated row is an error of parity's own checks: before CheckCode it had no
    /// catalogue entry, so JUnit left it out and SARIF gave it no words.
    @Test func aDuplicatedFigureReachesEveryFormat() throws {
        let repository = try TestRepository([
            "parity.yaml": Self.wresConfig,
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": "indicator,period,group,value\nWRES.1,2022/23,VSM,8.1\nWRES.1,2022/23,VSM,8.4\n",
        ])
        let result = Checker.check(try RepositoryLoader.read(root: repository.root), asOf: CivilDate("2024-04-15"))
        let duplicate = try #require(result.diagnostics.first { $0.code == .check(.duplicateFigure) })
        #expect(duplicate.severity == .error)
        #expect(duplicate.location == SourceLocation(file: "figures.csv", line: 3, column: 1))
        #expect(FailThreshold.error.fails(result.diagnostics))

        let junit = CheckFormat.junit.render(result)
        let parser = XMLParser(data: Data(junit.utf8))
        #expect(parser.parse())
        #expect(junit.contains("<testcase classname=\"inputs\" name=\"figures.csv\""))
        #expect(junit.contains("type=\"duplicate-figure\""))
        #expect(junit.contains(XML.escape(duplicate.compilerStyle)))

        let rules = try sarifRules(result)
        let descriptor = try #require(rules.first { $0["id"] as? String == "duplicate-figure" })
        #expect((descriptor["help"] as? [String: Any])?["text"] as? String == CheckCode.duplicateFigure.help)

        #expect(CheckFormat.text.render(result).contains("figures.csv:3:1: error: "))
        #expect(CheckFormat.github.render(result).contains("::error file=figures.csv,line=3,col=1,title=parity duplicate-figure::"))
        #expect(CheckFormat.json.render(result).contains("\"code\" : \"duplicate-figure\""))
    }
}
