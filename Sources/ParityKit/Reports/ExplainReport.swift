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
            out.append("As of \(asOf): \(assessment.status.words), \(assessment.rag.label), \(assessment.timingWords)")
            if let reason = assessment.notApplicableReason { out.append("Not applicable: \(reason)") }
            if let waiver = assessment.waiver { out.append("Waiver: \(waiver.words)") }
            out.append("")
        }
        out.append("Evidence condition:")
        lines(explanation, condition: rule.evidence, rule: rule, depth: 1, into: &out)
        out.append("")
        out.append("Remediation: \(rule.remediation)")
        return out.joined(separator: "\n") + "\n"
    }

    /// `condition` is the node's own part of the rule, walked alongside the explanation
    /// (whose children mirror the condition's), so the needs come from the model rather
    /// than from the words; nil if the two ever stop lining up, which drops the needs only.
    private func lines(_ node: ConditionExplanation, condition: Condition?, rule: Rule, depth: Int,
                       into out: inout [String]) {
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
        let needs = condition.map { LeafNeeds.terms($0, rule: rule) } ?? []
        if !needs.isEmpty { out.append("\(indent)    needs: \(needs.joined(separator: "; "))") }
        if node.passedOver, let condition { out.append("\(indent)    passed over: \(Self.whyPassedOver(condition))") }
        for item in node.passing { out.append("\(indent)    found: \(item)") }
        for finding in node.failing { out.append("\(indent)    fails: \(finding.message) (\(finding.location))") }
        for gap in node.unplaced { out.append("\(indent)    fails: \(gap)") }
        let parts = condition.map(ConditionExplanation.children) ?? []
        for (index, child) in node.children.enumerated() {
            let part = parts.count == node.children.count ? parts[index] : nil
            lines(child, condition: part, rule: rule, depth: depth + 1, into: &out)
        }
    }

    /// A passed-over part neither meets nor fails; saying why stops a reader taking it for
    /// a pass.
    static func whyPassedOver(_ condition: Condition) -> String {
        let rest = "neither met nor failed, so the rest of the condition decides"
        switch condition {
        case .measure: return "the trust keeps no figures for it; \(rest)"
        case .not: return "what it rules out is absent; \(rest)"
        case .all, .any, .atLeast: return "every part of it was passed over; \(rest)"
        case .evidence, .rule: return rest
        }
    }
}
