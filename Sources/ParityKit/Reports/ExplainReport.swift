/// `parity explain`: a rule in plain words and, with a repository, how it stands.
public struct ExplainReport {
    public init() {}

    public func render(rule: Rule, explanation: ConditionExplanation, assessment: RuleAssessment?, asOf: CivilDate,
                       planStart: CivilDate?) -> String {
        var out: [String] = []
        out.append("\(rule.id)  \(rule.title)")
        out.append("Pack:       \(rule.pack) (\(rule.location.file))")
        out.append("Owners:     \(rule.owners.joined(separator: ", "))")
        var deadline = rule.deadline.words
        if let due = rule.deadline.dueDate(planStart: planStart), rule.deadline != .date(due) { deadline += ", so \(due)" }
        out.append("Deadline:   \(deadline)")
        out.append("Severity:   \(assessment?.severity.rawValue ?? rule.severity.rawValue)")
        out.append("Source:     \(rule.source)")
        out.append("")
        out.append("Desired state: \(rule.desiredState)")
        out.append("")
        if let assessment {
            out.append("As of \(asOf): \(assessment.status.words), \(ReportText.ragLabel(assessment.rag)), \(assessment.timingWords)")
            if let reason = assessment.notApplicableReason { out.append("Not applicable: \(reason)") }
            if let waiver = assessment.waiver { out.append("Waiver: \(waiver.words)") }
            out.append("")
        }
        out.append("Evidence condition:")
        lines(explanation, depth: 1, into: &out)
        out.append("")
        out.append("Remediation: \(rule.remediation)")
        return out.joined(separator: "\n") + "\n"
    }

    private func lines(_ node: ConditionExplanation, depth: Int, into out: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let mark: String
        switch node.passedOver ? nil : node.status {
        case nil where node.passedOver: mark = "[passed over]"
        case nil: mark = "-"
        case .met?, .notApplicable?: mark = "[met]"
        case .waived?: mark = "[waived]"
        case .partial?: mark = "[partly met]"
        case .notMet?: mark = "[not met]"
        }
        out.append("\(indent)\(mark) \(node.text)")
        for item in node.passing { out.append("\(indent)    found: \(item)") }
        for finding in node.failing { out.append("\(indent)    fails: \(finding.message) (\(finding.location))") }
        for child in node.children { lines(child, depth: depth + 1, into: &out) }
    }
}
