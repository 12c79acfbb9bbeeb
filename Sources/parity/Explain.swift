import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a rule in plain words and, with a repository, how it stands and why.",
            discussion: """
                Without PATH, explains a built-in rule: its text, source, owners, deadline and evidence \
                condition. With PATH, uses that repository's packs (its own included) and shows, for \
                each part of the condition, which items match as of the date and why each fails.

                Examples:
                  parity explain HIA6.2
                  parity explain HIA6.2 policies --as-of 2024-04-15
                """
        )

        @Argument(help: "The rule id, e.g. HIA6.2 or PLAN.1.1.")
        var ruleID: String

        @Argument(help: "A policy repository's root, holding parity.yaml (optional).", completion: .directory)
        var path: String?

        @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate as of this date (YYYY-MM-DD); default today in Europe/London.", valueName: "date"))
        var asOf: String?

        func run() throws {
            let date = try RepositoryOptions(path: path ?? ".", asOf: asOf).asOfDate()
            let report: String
            if let path {
                let repository = try RepositoryLoader.load(root: URL(fileURLWithPath: path))
                let inputs = EvaluationInputs(repository: repository, asOf: date)
                let rules = repository.packs.flatMap(\.rules)
                guard let rule = rules.first(where: { $0.id == ruleID }),
                      let (assessment, explanation) = Evaluator.explain(ruleID: ruleID, inputs: inputs)
                else { throw unknown(rules.map(\.id)) }
                report = ExplainReport().render(rule: rule, explanation: explanation, assessment: assessment,
                                                asOf: date, planStart: inputs.planStart)
            } else {
                let rules = try BuiltinPacks.loadAll().flatMap(\.rules)
                guard let rule = rules.first(where: { $0.id == ruleID }) else { throw unknown(rules.map(\.id)) }
                report = ExplainReport().render(rule: rule, explanation: ConditionExplanation(rule.evidence, rule: rule),
                                                assessment: nil, asOf: date, planStart: nil)
            }
            FileHandle.standardOutput.write(Data(report.utf8))
        }

        private func unknown(_ ids: [String]) -> ValidationError {
            let near = ids.filter { $0.lowercased() == ruleID.lowercased() || $0.hasPrefix(ruleID.split(separator: ".").first.map(String.init) ?? ruleID) }
            let hint = near.isEmpty ? "" : "; rules with that prefix: \(near.prefix(20).joined(separator: ", "))"
            return ValidationError("no rule '\(ruleID)'\(path == nil ? " among the built-in packs (give a repository PATH for a trust's own rules)" : " in this repository's packs")\(hint)")
        }
    }
}
