import Foundation

/// The JSON of `parity phases`: the plan progress with snake_case keys, sorted.
struct PhasesJSONReport {
    func render(_ progress: PlanProgress) -> String {
        JSONOutput.render(progress)
    }
}
