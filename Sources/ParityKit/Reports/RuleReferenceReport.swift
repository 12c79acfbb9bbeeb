/// A pack's rule reference: one Markdown page a newcomer reads to learn what front matter
/// each rule looks for. Generated from the pack alone, so it cannot drift from what parity
/// judges, and byte for byte the same on every run, so a test can hold the checked-in
/// pages to it.
public struct RuleReferenceReport {
    public init() {}

    public func render(_ pack: RulePack) -> String {
        let md = Markdown.escape
        var out: [String] = []
        out.append("<!-- Generated from \(pack.file) by `parity explain --pack \(pack.id)`; edit the pack, not this page. -->")
        out += Markdown.heading("\(md(pack.title))", level: 1)
        out.append("Pack `\(pack.id)`, revision \(md(pack.revision)), read from `\(pack.file)`.")
        out.append("")
        out.append("Source: \(md(pack.source))")
        out.append("")
        out.append("Rules: " + pack.rules.map { md($0.id) }.joined(separator: ", ") + ".")
        for rule in pack.rules {
            out.append("")
            out.append(contentsOf: section(rule))
        }
        if !pack.indicators.isEmpty {
            out.append("")
            out.append(contentsOf: indicators(pack.indicators))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func section(_ rule: Rule) -> [String] {
        let md = Markdown.escape
        var out: [String] = []
        out.append("## \(md(rule.id)) \(md(rule.title))")
        out.append("")
        out.append("- **Desired state:** \(md(rule.desiredState))")
        out.append("- **Owners:** \(md(rule.owners.joined(separator: ", ")))")
        out.append("- **Deadline:** \(md(rule.deadline.words))")
        out.append("- **Severity:** \(rule.severity.rawValue)")
        out.append("- **Source:** \(md(rule.source))")
        out.append("")
        out.append("Evidence:")
        out.append("")
        condition(rule.evidence, rule: rule, depth: 0, into: &out)
        out.append("")
        out.append("Remediation: \(md(rule.remediation))")
        return out
    }

    /// The same heading words and needs as `parity explain`, as a nested list.
    private func condition(_ condition: Condition, rule: Rule, depth: Int, into out: inout [String]) {
        let md = Markdown.escape
        let indent = String(repeating: "  ", count: depth)
        out.append("\(indent)- \(md(ConditionExplanation.words(condition, rule: rule)))")
        let needs = LeafNeeds.terms(condition, rule: rule)
        if !needs.isEmpty {
            out.append("\(indent)  - *needs:* \(needs.map(md).joined(separator: "; "))")
        }
        for child in ConditionExplanation.children(condition) {
            self.condition(child, rule: rule, depth: depth + 1, into: &out)
        }
    }

    private func indicators(_ indicators: [Indicator]) -> [String] {
        let md = Markdown.escape
        var out = ["## Indicators", "",
                   "Figures for these come from the trust's measures files; a rule selects them by id or by tag.", "",
                   "| id | title | measure | groups | better | band | min_cases | tags |",
                   "|---|---|---|---|---|---|---|---|"]
        for indicator in indicators {
            let groups = [indicator.subject, indicator.comparator.map { "vs \($0)" }].compactMap { $0 }.joined(separator: " ")
            let band = indicator.band.map { "\(indicator.format($0.lowerBound))–\(indicator.format($0.upperBound))" } ?? ""
            let cells = [indicator.id, indicator.title, indicator.measure.rawValue, groups, indicator.better.rawValue,
                         band, String(indicator.minCases), indicator.tags.joined(separator: ", ")]
            out.append("| " + cells.map(md).joined(separator: " | ") + " |")
        }
        return out
    }
}
