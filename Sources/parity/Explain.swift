import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a rule in plain words and, with a repository, how it stands and why.",
            discussion: """
                Without PATH, explains a built-in rule: its text, source, owners, deadline and evidence \
                condition, with what each part needs in front matter (kind, tag, status, approval, age). \
                With PATH, uses that repository's packs (its own included) and shows, for each part of \
                the condition, which items match as of the date and why each fails.

                With --pack, writes a built-in pack's rule reference as Markdown (the pages in docs/rules).

                Examples:
                  parity explain HIA6.2
                  parity explain HIA6.2 policies --as-of 2024-04-15
                  parity explain --pack hia6 --output docs/rules/hia6.md
                """
        )

        @Argument(help: "The rule id, e.g. HIA6.2 or PLAN.1.1.")
        var ruleID: String?

        @Argument(help: "A policy repository's root, holding parity.yaml (optional).", completion: .directory)
        var path: String?

        @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate as of this date (YYYY-MM-DD); default today in Europe/London.", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Write the rule reference of this built-in pack as Markdown instead.", valueName: "id"))
        var pack: String?

        @OptionGroup var destination: OutputOptions

        func validate() throws {
            if pack != nil, ruleID != nil || asOf != nil {
                throw ValidationError("--pack writes a whole built-in pack's reference; give it no RULE-ID, PATH or --as-of")
            }
            if pack == nil, ruleID == nil { throw ValidationError("give a RULE-ID, or --pack ID for a pack's reference") }
        }

        func run() throws {
            if let pack {
                try destination.write(RuleReferenceReport().render(try Lookup.builtinPack(pack)))
                return
            }
            guard let ruleID else { return }
            let date = try RepositoryOptions(path: path ?? ".", asOf: asOf).asOfDate()
            let report: String
            if let path {
                let repository = try RepositoryLoader.load(root: URL(fileURLWithPath: path))
                let inputs = EvaluationInputs(repository: repository, asOf: date)
                let rule = try Lookup.rule(ruleID, in: repository.packs.flatMap(\.rules), scope: "in this repository's packs")
                guard let (assessment, explanation) = Evaluator.explain(ruleID: ruleID, inputs: inputs) else {
                    throw ParityError("rule '\(ruleID)' was not judged: its pack does not apply to this repository")
                }
                report = ExplainReport().render(rule: rule, explanation: explanation, assessment: assessment,
                                                asOf: date, planStart: inputs.planStart)
            } else {
                let rules = try BuiltinPacks.loadAll().flatMap(\.rules)
                let rule = try Lookup.rule(ruleID, in: rules, scope: "among the built-in packs",
                                           advice: "give a repository PATH for a trust's own rules")
                report = ExplainReport().render(rule: rule, explanation: ConditionExplanation(rule.evidence, rule: rule),
                                                assessment: nil, asOf: date, planStart: nil)
            }
            try destination.write(report)
        }
    }
}
