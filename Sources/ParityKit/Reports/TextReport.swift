/// The terminal report: a summary, then each rule's current state, gap and action plan,
/// then the open gaps by owner.
struct TextReport {
    let color: Bool
    /// What changed since an earlier point (`--since`), shown after the summary.
    var since: RepositoryDiff? = nil
    static let width = 100

    func render(_ assessment: Assessment) -> String {
        var out: [String] = []
        out.append(bold("\(assessment.organisation): gap analysis as of \(assessment.asOf)"))
        if let plan = ReportText.planMonth(assessment) { out.append(plan) }
        out.append("")
        out.append(contentsOf: wrap(ReportText.summary(assessment), indent: ""))
        out.append("")
        for pack in assessment.packs {
            let counts = pack.counts
            out.append("  \(pad(pack.info.id, 20)) score \(pad(ReportText.score(pack.score), 6)) "
                + "\(paint("red \(counts.red)", .red))  \(paint("amber \(counts.amber)", .amber))  "
                + "\(paint("green \(counts.green)", .green))"
                + (counts.grey > 0 ? "  \(paint("n/a \(counts.grey)", .grey))" : ""))
        }
        if let since {
            let block = ChangeWords.since(since)
            out.append("")
            out.append(bold(block.heading))
            for line in block.lines { out.append(contentsOf: wrap(line, indent: "  - ", following: "    ")) }
        }
        for pack in assessment.packs {
            out.append("")
            out.append(bold("\(pack.info.title) [\(pack.info.id) \(pack.info.revision)]"))
            for rule in assessment.rules where rule.pack == pack.info.id {
                out.append("")
                out.append(contentsOf: ruleBlock(rule))
            }
        }
        let waivers = assessment.rules.filter { $0.waiver != nil }
        if !waivers.isEmpty {
            out.append("")
            out.append(bold("Waivers"))
            for rule in waivers { out.append(contentsOf: wrap("\(rule.id): \(rule.waiver!.words)", indent: "  ", following: "    ")) }
        }
        out.append("")
        out.append(bold("Open gaps by owner"))
        if assessment.owners.isEmpty { out.append("  None.") }
        for owner in assessment.owners {
            out.append("  \(owner.owner)")
            for gap in owner.gaps {
                out.append("    \(paint(pad(gap.rag.label, 5), gap.rag)) \(pad(gap.rule, 9)) \(gap.title); \(gap.timing)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func ruleBlock(_ rule: RuleAssessment) -> [String] {
        var lines = ["\(bold(rule.id))  \(rule.title)  \(paint(rule.rag.label, rule.rag)) \(rule.status.words)"]
        func field(_ label: String, _ text: String) {
            lines.append(contentsOf: wrap(text, indent: "  " + pad(label, 10), following: String(repeating: " ", count: 12)))
        }
        func list(_ label: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("  \(label)")
            for item in items { lines.append(contentsOf: wrap(item, indent: "    - ", following: "      ")) }
        }
        field("Owners", rule.owners.joined(separator: ", "))
        field("Deadline", rule.timingWords + (rule.deadlineBasis.hasPrefix("plan") ? " [\(rule.deadlineBasis)]" : ""))
        if let reason = rule.notApplicableReason { field("N/A", reason) }
        if let waiver = rule.waiver { field("Waiver", waiver.words + (waiver.selfApproved ? "; approved by an owner of the rule it waives" : "")) }
        field("Desired", rule.desiredState)
        if !rule.measures.isEmpty {
            lines.append("  Figures")
            for measure in rule.measures {
                lines.append(contentsOf: wrap("\(measure.indicator) (\(measure.group))  \(measure.sparkline)  \(measure.seriesWords)", indent: "    - ", following: "      "))
                lines.append(contentsOf: wrap(measure.words, indent: "      "))
                if let breakdown = measure.breakdownWords { lines.append(contentsOf: wrap(breakdown, indent: "      ")) }
            }
        }
        list("Current state", rule.currentState.isEmpty ? [ReportText.nothingQualifies(rule)] : rule.currentState)
        list("Gap", rule.gaps)
        list("Findings", rule.findings.map { "\($0.location): \($0.message)" })
        if rule.status.isOpen {
            list("Action plan", [rule.remediation] + rule.actions.map(ReportText.action))
        } else {
            list("Actions", rule.actions.map(ReportText.action))
        }
        return lines
    }

    // MARK: layout

    private func wrap(_ text: String, indent: String, following: String? = nil) -> [String] {
        ReportText.wrap(text, indent: indent, following: following, width: Self.width)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        ReportText.pad(text, width)
    }

    private func bold(_ text: String) -> String {
        color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    private func paint(_ text: String, _ rag: RAG) -> String {
        guard color else { return text }
        let code: String
        switch rag {
        case .red: code = "31"
        case .amber: code = "33"
        case .green: code = "32"
        case .grey: code = "90"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
