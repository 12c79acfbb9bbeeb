import Foundation
import Testing
@testable import ParityKit

/// The sentences a board reads: every gap and finding the built-in packs' examples produce
/// is kept in one golden file, reviewed line by line, and no sentence anywhere may take a
/// shape that misleads or reads as the tool's own language.
@Suite struct ReadsRightTests {
    let builtins: [RulePack]

    init() throws {
        builtins = try BuiltinPacks.loadAll()
    }

    /// Each example's rule, judged as the example states it.
    func judgedExamples() -> [(pack: RulePack, rule: Rule, example: RuleExample, judged: RuleAssessment)] {
        var out: [(RulePack, Rule, RuleExample, RuleAssessment)] = []
        for pack in builtins {
            for rule in pack.rules {
                for example in rule.examples {
                    if case .success(let judged) = RuleExamples.assess(example, rule: rule, pack: pack, context: builtins) {
                        out.append((pack, rule, example, judged))
                    }
                }
            }
        }
        return out
    }

    @Test func everyGapSentenceOfTheBuiltinExamplesMatchesTheReviewedFile() throws {
        var lines: [String] = []
        var current = ""
        for (pack, rule, example, judged) in judgedExamples() {
            if pack.id != current {
                current = pack.id
                lines.append("# \(pack.id)")
            }
            let said = judged.gaps.map { "  gap: \($0)" } + judged.findings.map { "  finding: \($0.plain)" }
            guard !said.isEmpty else { continue }
            lines.append("\(rule.id), \(example.name) (\(judged.status.words))")
            lines.append(contentsOf: said)
        }
        try assertGolden(lines.joined(separator: "\n") + "\n", named: "reads-right.txt")
    }

    @Test func noSentenceABoardReadsTakesAShapeThatMisleads() throws {
        var sentences: [(from: String, text: String)] = []
        func add(_ rule: RuleAssessment, _ from: String) {
            sentences += rule.gaps.map { (from, $0) } + rule.currentState.map { (from, $0) }
                + rule.findings.map { (from, $0.plain) } + rule.measures.map { (from, $0.words) }
        }
        for (_, rule, example, judged) in judgedExamples() { add(judged, "\(rule.id) '\(example.name)'") }
        let trust = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
        for date in ["2024-02-01", "2024-04-15", "2025-06-01"] {
            for rule in Evaluator.evaluate(trust, asOf: try CivilDate(date)).rules { add(rule, "\(rule.id) as of \(date)") }
        }
        #expect(sentences.count > 1000)
        for (from, text) in sentences {
            for problem in Self.problems(text) {
                Issue.record("\(from): \(problem): \(text)")
            }
        }
    }

    @Test func theChecksCatchWhatTheyAreFor() {
        #expect(!Self.problems("Must not have: DATA-WRES-2023 data review.").isEmpty)
        #expect(!Self.problems("Needs one of: a policy; or Needs an approved plan.").isEmpty)
        #expect(!Self.problems("No evidence of evidence that staff were told.").isEmpty)
        #expect(!Self.problems("Needs the the plan.").isEmpty)
        #expect(!Self.problems("A plan (approved 2024-01-01.").isEmpty)
        #expect(!Self.problems("A plan) approved (2024-01-01.").isEmpty)
        #expect(!Self.problems("ACT-2 Targets: has no approved_by").isEmpty)
        #expect(!Self.problems("ACT-2 Targets: status is draft, needs approved").isEmpty)
        #expect(!Self.problems("No figures, see rules/hia6.yaml:197:11.").isEmpty)
        #expect(!Self.problems("Defined at policies/x.md:7:14.").isEmpty)
        #expect(Self.problems("ACT-2 Targets (2024/25 to 2026/27): a draft, not yet approved.").isEmpty)
    }

    /// What is wrong with a sentence a board reads, if anything.
    static func problems(_ text: String) -> [String] {
        var problems: [String] = []
        if text.contains("Must not have") { problems.append("\"Must not have\"") }
        if text.contains(/one of:.*or Needs/) { problems.append("\"one of: … or Needs\"") }
        if let doubled = text.firstMatch(of: /(?i)\b([a-z]+) (of )?\1\b/), !Self.doublesThatRead.contains(String(doubled.output.0).lowercased()) {
            problems.append("doubled \"\(doubled.output.0)\"")
        }
        if !balanced(text) { problems.append("unbalanced brackets") }
        for key in ["approved_by", "approved_on", "review_due", "last_reviewed", "status is", "needs approved", "satisfies:"] where text.contains(key) {
            problems.append("front-matter key \"\(key)\"")
        }
        if text.contains(/\.(yaml|md|csv):\d/) { problems.append("a file and line") }
        return problems
    }

    /// Repeats that are English: "2 of 2", a percentage of a percentage.
    static let doublesThatRead: Set<String> = []

    static func balanced(_ text: String) -> Bool {
        var open: [Character] = []
        let pairs: [Character: Character] = [")": "(", "]": "["]
        for character in text {
            if character == "(" || character == "[" { open.append(character) }
            if let opener = pairs[character] {
                guard open.last == opener else { return false }
                open.removeLast()
            }
        }
        return open.isEmpty
    }
}
