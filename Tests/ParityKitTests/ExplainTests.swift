import Foundation
import Testing
@testable import ParityKit

/// `parity explain` tells a newcomer what each part of a rule needs, and says when a part
/// was passed over rather than met.
@Suite struct ExplainTests {
    let cli = CommandLineTests()

    @Test func aBuiltinRuleListsTheFrontMatterEachPartNeeds() throws {
        let run = try cli.parity(["explain", "HIA6.5"])
        #expect(run.status == 0, "\(run.stderr)")
        for text in [
            "      - A data review from the last 12 months testing whether processes are applied consistently",
            "          needs: kind data-review; tag consistency-review; status approved; approved or reviewed within 12 months (P12M)\n",
            "          needs: kind action-plan; satisfies: HIA6.5; status approved; approved_on on or after the latest data-review tagged inconsistency-found and within 2 months of it (P2M); within its review date (review_due not passed)\n",
            "needs: each indicator tagged disciplinary; latest figure within the indicator's band; passed over when the trust keeps no figures\n",
        ] {
            #expect(run.stdout.contains(text), "\(text)")
        }
    }

    @Test func aPassedOverPartSaysWhy() throws {
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\nplan_start: 2023-09-01\npacks: [hia6]\n",
        ])
        let date = try #require(CivilDate(iso: "2024-04-15"))
        let loaded = try repository.load()
        let (assessment, explanation) = try #require(Evaluator.explain(ruleID: "HIA6.5", repository: loaded, asOf: date))
        let rule = try #require(loaded.packs.flatMap(\.rules).first { $0.id == "HIA6.5" })
        let text = ExplainReport().render(rule: rule, explanation: explanation, assessment: assessment, asOf: date, planStart: nil)
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // The reason sits right under the node it belongs to, wherever the pack nests it.
        let notNode = try #require(lines.firstIndex(of: "[passed over] None of this:"))
        #expect(lines[notNode + 1] == "passed over: what it rules out is absent; neither met nor failed, so the rest of the condition decides")
        let figures = try #require(lines.firstIndex { $0.hasPrefix("[passed over] Disciplinary figures") })
        #expect(lines[figures + 2] == "passed over: the trust keeps no figures for it; neither met nor failed, so the rest of the condition decides")
    }

    /// Figures with no target have no row to point at; the gap is said alone, never at a
    /// line of a built-in pack, which is not in the trust's repository.
    @Test func aFiguresGapNamesNoBuiltinPackLine() throws {
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia6]\n",
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": "indicator,period,group,value\nEDI.6a,2022,,20.1\nEDI.6a,2023,,19.0\n",
        ])
        let date = try #require(CivilDate(iso: "2024-04-15"))
        let loaded = try repository.load()
        let (assessment, explanation) = try #require(Evaluator.explain(ruleID: "HIA6.2", repository: loaded, asOf: date))
        let rule = try #require(loaded.packs.flatMap(\.rules).first { $0.id == "HIA6.2" })
        let text = ExplainReport().render(rule: rule, explanation: explanation, assessment: assessment, asOf: date, planStart: nil)
        #expect(text.contains("fails: No reduction target is set for EDI.6a as of 2024-04-15: it needs a baseline, a target value and a date.\n"), "\(text)")
        #expect(!text.contains("rules/hia6.yaml:"), "\(text)")
    }

    @Test func aPacksReferenceGoesToStandardOutputOrAFile() throws {
        let run = try cli.parity(["explain", "--pack", "wres"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == RuleReferenceReport().render(try #require(try BuiltinPacks.load(id: "wres"))))
        let file = FileManager.default.temporaryDirectory.appending(path: "parity-\(UUID().uuidString).md")
        let written = try cli.parity(["explain", "--pack", "wres", "--output", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == run.stdout)
    }

    @Test func anUnknownPackExitsTwoWithADidYouMean() throws {
        let run = try cli.parity(["explain", "--pack", "nope"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no built-in pack 'nope'; the built-in packs are \(BuiltinPacks.ids.joined(separator: ", "))"))
        #expect(BuiltinPacks.ids.contains("hia6") && BuiltinPacks.ids.contains("wres"))
        let slip = try cli.parity(["explain", "--pack", "hia-6"])
        #expect(slip.status == 2)
        #expect(slip.stderr.contains("(did you mean 'hia6'?)"))
    }

    @Test func aPackAndARuleTogetherExitTwo() throws {
        let run = try cli.parity(["explain", "HIA6.5", "--pack", "hia6"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--pack writes a whole built-in pack's reference"))
    }
}
