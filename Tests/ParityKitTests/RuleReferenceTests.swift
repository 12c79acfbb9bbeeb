import Foundation
import Testing
@testable import ParityKit

/// The checked-in rule reference under docs/rules must be what the packs generate today;
/// CI runs `swift test`, so a pack edited without its page fails here.
@Suite struct RuleReferenceTests {
    @Test(arguments: BuiltinPacks.ids)
    func checkedInPageMatchesItsPack(id: String) throws {
        let pack = try #require(try BuiltinPacks.load(id: id))
        let generated = RuleReferenceReport().render(pack)
        let url = packageRoot.appending(path: "docs/rules/\(id).md")
        let regenerate = "swift run parity explain --pack \(id) > docs/rules/\(id).md"
        guard let checkedIn = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("docs/rules/\(id).md is missing; generate it with: \(regenerate)")
            return
        }
        guard checkedIn != generated else { return }
        Issue.record("""
            docs/rules/\(id).md is out of date (- checked in, + generated):
            \(unifiedDiff(from: checkedIn, to: generated, names: ("docs/rules/\(id).md", "generated")))
            Regenerate it with: \(regenerate)
            """)
    }

    @Test func indexLinksEveryPage() throws {
        let index = try String(contentsOf: packageRoot.appending(path: "docs/rules/README.md"), encoding: .utf8)
        for id in BuiltinPacks.ids {
            #expect(index.contains("](\(id).md)"), "docs/rules/README.md does not link \(id).md")
        }
    }

    @Test func pageCarriesTheRuleFactsAndTheNeeds() throws {
        let page = RuleReferenceReport().render(try #require(try BuiltinPacks.load(id: "hia6")))
        for text in [
            "# EDI Improvement Plan, High Impact Action 6",
            "Pack `hia6`, revision 2024.1, read from `rules/hia6.yaml`.",
            "## HIA6.5 Act immediately where the data shows an inconsistent approach",
            "- **Deadline:** 2024-03-31",
            "      - *needs:* kind action-plan; satisfies: HIA6.5; status approved; approved\\_on on or after the latest data-review tagged inconsistency-found and within 2 months of it (P2M); within its review date (review\\_due not passed)",
            "    - *needs:* tag reduction-targets; satisfies: HIA6.2; status approved; approved\\_by Board; approved on or before the deadline (2024-03-31)",
            "| FTSU.cases | Freedom to Speak Up cases raised, by quarter | value |  | higher |  | 10 | speak-up, freedom-to-speak-up |",
        ] {
            #expect(page.contains(text), "\(text)")
        }
    }

    @Test func packTextIsEscaped() {
        let here = ParityKit.SourceLocation(file: "x.yaml", line: 1, column: 1)
        let leaf = EvidenceLeaf(selection: EvidenceSelection(kinds: ["policy"]), describe: "a <b>bold</b> *claim*", location: here)
        let rule = Rule(id: "X.1", pack: "x", title: "# Not a heading | pipe", desiredState: "[link](http://example.com)",
                        owners: ["Board"], deadline: .ongoing, severity: .low, source: "`code`",
                        evidence: .evidence(leaf), remediation: "<script>alert(1)</script>", location: here)
        let indicator = Indicator(id: "X|1", title: "a | b", measure: .value, better: .higher, pack: "x", location: here)
        let pack = RulePack(id: "x", title: "<Trust> & co", revision: "1", source: "s", owners: ["Board"], kinds: ["policy"],
                            rules: [rule], indicators: [indicator], file: "x.yaml", isBuiltin: false)
        let page = RuleReferenceReport().render(pack)
        #expect(page.contains("# &lt;Trust&gt; &amp; co"))
        #expect(page.contains("## X.1 \\# Not a heading \\| pipe"))
        #expect(page.contains("\\[link\\](http://example.com)"))
        #expect(page.contains("- A &lt;b&gt;bold&lt;/b&gt; \\*claim\\*"))
        #expect(page.contains("Remediation: &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("| X\\|1 | a \\| b | value |"))
        #expect(!page.contains("<script>"))
    }

    @Test func sameOutputEveryRun() throws {
        let pack = try #require(try BuiltinPacks.load(id: "one-year-plan"))
        #expect(RuleReferenceReport().render(pack) == RuleReferenceReport().render(try #require(try BuiltinPacks.load(id: "one-year-plan"))))
    }
}

/// What a leaf needs, in the terms a document's front matter uses.
@Suite struct LeafNeedsTests {
    let here = ParityKit.SourceLocation(file: "x.yaml", line: 1, column: 1)

    func rule(deadline: Deadline) -> Rule {
        Rule(id: "X.1", pack: "x", title: "t", desiredState: "d", owners: ["Board"], deadline: deadline, severity: .low,
             source: "s", evidence: .all([], at: here), remediation: "r", location: here)
    }

    @Test func everyEvidenceConstraintIsNamed() {
        var leaf = EvidenceLeaf(
            selection: EvidenceSelection(kinds: ["policy", "procedure"], tags: ["grievance", "resolution"], claims: .rule("HIA6.3")),
            statuses: [.approved], approvedBy: ["Board", "People Committee"], approvedWithin: Period(iso: "P3Y"),
            approvedByDeadline: true, inReviewDate: true, characteristics: [.race, .disability],
            topics: ["bullying", "harassment"], minCount: 2, location: here)
        leaf.withTags = ["anonymous", "organisation-wide"]
        leaf.respondsTo = EvidenceResponse(selection: EvidenceSelection(kinds: ["data-review"], tags: ["inconsistency-found"]),
                                           within: Period(iso: "P2M")!)
        #expect(LeafNeeds.terms(leaf, rule: rule(deadline: .planMonths(from: 3, to: 6))) == [
            "kind policy or procedure",
            "tag grievance or resolution",
            "tags anonymous and organisation-wide, all on the one item",
            "satisfies: HIA6.3",
            "status approved",
            "approved_by Board or People Committee",
            "approved within 3 years (P3Y)",
            "approved on or before the deadline (the end of plan month 6)",
            "approved_on on or after the latest data-review tagged inconsistency-found and within 2 months of it (P2M)",
            "within its review date (review_due not passed)",
            "characteristics race and disability",
            "topics bullying and harassment",
            "at least 2 such items",
        ])
    }

    @Test func anUnconstrainedLeafStillSaysRetiredItemsDoNotCount() {
        let leaf = EvidenceLeaf(selection: EvidenceSelection(claims: .thisRule), location: here)
        #expect(LeafNeeds.terms(leaf, rule: rule(deadline: .ongoing)) == ["satisfies: X.1", "any status but retired"])
    }

    @Test func everyMeasureConstraintIsNamed() {
        let leaf = MeasureLeaf(selection: .indicator("WRES.3"), group: "disabled", latest: .between(0.8, 1.25),
                               yearOnYear: .notWorse, target: .set, brokenDownBy: ["BME", "white"],
                               currentWithin: Period(iso: "P12M"), optional: true, location: here)
        #expect(LeafNeeds.terms(leaf) == [
            "indicator WRES.3",
            "group disabled",
            "latest figure between 0.80 and 1.25",
            "year on year: no worse",
            "target set (baseline, value and date)",
            "broken down by BME and white",
            "a figure for a period ending within 12 months (P12M)",
            "passed over when the trust keeps no figures",
        ])
    }
}

/// Unknown ids on the command line get the same "did you mean" as a slip in a file.
@Suite struct LookupTests {
    @Test func aSlipGetsOneGuess() throws {
        let rules = try BuiltinPacks.loadAll().flatMap(\.rules)
        let error = try #require(throws: ParityError.self) { try Lookup.rule("hia6.2", in: rules, scope: "here") }
        #expect(error.message == "no rule 'hia6.2' here (did you mean 'HIA6.2'?)")
    }

    @Test func aWrongNumberGetsTheFamilyNotAnArbitraryGuess() throws {
        let rules = try BuiltinPacks.loadAll().flatMap(\.rules)
        let error = try #require(throws: ParityError.self) { try Lookup.rule("PLAN.2.9", in: rules, scope: "here", advice: "try again") }
        #expect(error.message == "no rule 'PLAN.2.9' here; rules with that prefix: PLAN.2.1, PLAN.2.2, PLAN.2.3; try again")
    }

    @Test func anUnknownPackListsTheBuiltinOnes() throws {
        let error = try #require(throws: ParityError.self) { try Lookup.builtinPack("wers") }
        #expect(error.message.hasPrefix("no built-in pack 'wers' (did you mean 'wres'?); the built-in packs are "))
    }
}

/// SARIF's `helpUri` of a built-in rule lands on its section of the rule reference.
@Suite struct RuleReferenceAnchorTests {
    @Test(arguments: BuiltinPacks.ids)
    func everyRuleHasTheAnchorSARIFLinksTo(id: String) throws {
        let pack = try #require(try BuiltinPacks.load(id: id))
        let page = try String(contentsOf: packageRoot.appending(path: "docs/rules/\(id).md"), encoding: .utf8)
        // GitHub's anchors, from the headings as they render (escapes undone).
        let anchors = Set(page.split(separator: "\n").filter { $0.hasPrefix("## ") }.map {
            Markdown.anchor(String($0.dropFirst(3)).replacingOccurrences(of: "\\", with: ""))
        })
        for rule in pack.rules {
            #expect(anchors.contains(Markdown.anchor("\(rule.id) \(rule.title)")), "\(rule.id) has no section \(Markdown.anchor("\(rule.id) \(rule.title)"))")
        }
    }
}
