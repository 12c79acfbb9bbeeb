/// The rollup as JSON, snake_case keys in sorted order; its shape is
/// rules/schemas/rollup-report.schema.json, documented in docs/reports.md.
struct RollupJSONReport {
    func render(_ rollup: Rollup) -> String {
        JSONOutput.render(rollup)
    }
}
