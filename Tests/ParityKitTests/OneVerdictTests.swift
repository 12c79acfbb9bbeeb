import Foundation
import Testing
@testable import ParityKit

/// Every command reads its verdicts from the one evaluation: `explain` cannot disagree
/// with `gap`, on any rule, date or number of plan cycles.
@Suite struct OneVerdictTests {
    @Test(arguments: [[CivilDate("2023-09-01")], [CivilDate("2023-09-01"), CivilDate("2024-09-01")]])
    func explainAgreesWithGapOnEveryRuleOfTheExampleTrust(planStarts: [CivilDate]) throws {
        var repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
        repository.inventory.config.planStarts = planStarts
        // The CLI's own path, once: it judges the repository itself.
        let single = try #require(Evaluator.explain(ruleID: "PLAN.1.1", repository: repository, asOf: CivilDate("2024-10-15")))
        #expect(single.assessment == Evaluator.evaluate(repository, asOf: CivilDate("2024-10-15")).rules.first { $0.id == "PLAN.1.1" })
        for day in ["2023-10-15", "2024-02-01", "2024-04-15", "2024-10-15", "2025-06-01"] {
            let asOf = CivilDate(day)
            let inputs = EvaluationInputs(repository: repository, asOf: asOf)
            let judged = Evaluator.evaluate(inputs)
            // What `parity gap` prints, built from the repository alone.
            let gap = Dictionary(uniqueKeysWithValues: Evaluator.evaluate(repository, asOf: asOf).rules.map { ($0.id, $0) })
            for rule in repository.packs.flatMap(\.rules) {
                let (assessment, explanation) = try #require(Evaluator.explain(ruleID: rule.id, inputs: inputs, assessment: judged))
                #expect(assessment == gap[rule.id], "\(rule.id) as of \(day)")
                // The tree's root gives the verdict before waivers and overrides; passed over is not met.
                let root = explanation.passedOver ? RuleStatus.notMet : explanation.status
                if [.met, .partial, .notMet].contains(assessment.status) {
                    #expect(root == assessment.status, "\(rule.id) as of \(day): explain says \(root?.words ?? "nothing"), gap says \(assessment.status.words)")
                }
            }
        }
    }
}
