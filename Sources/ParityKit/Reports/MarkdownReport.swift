import Foundation

/// The board paper: summary, then current state → gap → desired state per pack and rule,
/// then the open gaps by owner, then how the ratings were decided. Every string from the
/// repository is escaped, so no raw HTML or Markdown passes through.
struct MarkdownReport {
    func render(_ assessment: Assessment) -> String {
        var out: [String] = []
        out.append("# Equality gap analysis: \(md(assessment.organisation))")
        out.append("")
        out.append("As of \(ReportText.long(assessment.asOf)). Prepared with parity from the trust's policy repository.")
        out += Markdown.heading("Summary", level: 2)
        out.append(md(ReportText.summary(assessment)))
        if let plan = ReportText.planMonth(assessment) {
            out.append("")
            out.append(md(plan))
        }
        out.append("")
        out.append("| Pack | Rules | Red | Amber | Green | Not applicable | Score |")
        out.append("|---|---:|---:|---:|---:|---:|---:|")
        for pack in assessment.packs {
            let c = pack.counts
            out.append("| \(cell(pack.info.title)) | \(pack.rules) | \(c.red) | \(c.amber) | \(c.green) | \(c.grey) | \(ReportText.score(pack.score)) |")
        }
        let c = assessment.summary.counts
        out.append("| **All packs** | \(assessment.summary.rules) | \(c.red) | \(c.amber) | \(c.green) | \(c.grey) | \(ReportText.score(assessment.summary.score)) |")

        for pack in assessment.packs {
            out += Markdown.heading("\(md(pack.info.title))", level: 2)
            out += Markdown.tableHeader(["Rule", "Expectation", "RAG", "Status", "Owners", "Deadline"])
            let rules = assessment.rules.filter { $0.pack == pack.info.id }
            for rule in rules {
                out.append("| \(cell(rule.id)) | \(cell(rule.title)) | **\(rule.rag.label)** | \(rule.status.words) | \(cell(rule.owners.joined(separator: ", "))) | \(cell(rule.timingWords)) |")
            }
            for rule in rules {
                out.append("")
                out.append(contentsOf: ruleSection(rule))
            }
        }

        out += Markdown.heading("Open gaps by owner", level: 2)
        if assessment.owners.isEmpty { out.append("No open gaps.") }
        for owner in assessment.owners {
            out.append("### \(md(owner.owner))")
            out.append("")
            for gap in owner.gaps {
                out.append("- **\(gap.rag.label)** \(md(gap.rule)) \(md(gap.title)): \(gap.status.words); \(md(gap.timing))")
            }
            out.append("")
        }

        let waivers = assessment.rules.filter { $0.waiver != nil }
        if !waivers.isEmpty {
            out.append("## Waivers")
            out.append("")
            out.append(contentsOf: waivers.map { "- \(md($0.id)) \(md($0.title)): \(md($0.waiver!.words))" })
            out.append("")
        }
        out.append("## The one-year plan")
        out.append("")
        out.append(md(ReportText.planMonth(assessment) ?? "This repository sets no plan start, so there is no plan timeline.")
            + (assessment.planStart == nil ? "" : " `parity phases` shows each phase and activity."))
        out += Markdown.heading("Appendix: evidence items used", level: 2)
        if assessment.evidenceItems.isEmpty {
            out.append("No rule in this report rests on an evidence item.")
        } else {
            out += Markdown.tableHeader(["Item", "Title", "Kind", "Approved", "Last reviewed", "Review due", "Relied on for"])
            for item in assessment.evidenceItems {
                let approved = item.approvedOn.map { "\($0)" + (item.approvedBy.map { " by \(md($0))" } ?? "") } ?? item.status.rawValue
                out.append("| \(md(item.id)) | \(md(item.title)) | \(md(item.kind)) | \(approved) | \(item.lastReviewed?.description ?? "–") | \(item.reviewDue?.description ?? "–") | \(md(item.rules.joined(separator: ", "))) |")
            }
        }
        out += Markdown.heading("How ratings are decided", level: 2)
        out.append("A rule is *met* when its evidence condition holds, *partly met* when some evidence exists but not all of it qualifies, and *not met* when there is none. Evidence counts only from its own date. RAG: green when met; red when the deadline has passed and the rule is not met, or when an ongoing duty has no evidence; amber otherwise. Scores count met rules as 1 and partly met as ½, over the rules that apply.")
        out.append("")
        out.append("Rule packs: " + assessment.packs.map { "\(md($0.info.title)) (\(md($0.info.id)) \(md($0.info.revision)))" }.joined(separator: "; ") + ".")
        return out.joined(separator: "\n") + "\n"
    }

    private func ruleSection(_ rule: RuleAssessment) -> [String] {
        var out = ["### \(md(rule.id)) \(md(rule.title))", ""]
        out.append("**\(rule.rag.label)**, \(rule.status.words). Owners: \(md(rule.owners.joined(separator: ", "))). Deadline: \(md(rule.timingWords))\(rule.deadlineBasis.hasPrefix("plan") ? " (\(md(rule.deadlineBasis)))" : ""). Severity: \(rule.severity.rawValue).")
        if let reason = rule.notApplicableReason {
            out.append("")
            out.append("Not applicable: \(md(reason))")
        }
        if let waiver = rule.waiver {
            out.append("")
            out.append("**Waiver.** \(md(waiver.words))\(waiver.selfApproved ? " Approved by an owner of the rule it waives." : "")")
        }
        if !rule.measures.isEmpty {
            out.append("")
            out.append("**Figures.**")
            out.append("")
            out += Markdown.tableHeader(["Indicator", "Trend", "Series", "Latest", "Band", "Target"])
            for measure in rule.measures {
                let latest = measure.latest.map { point in
                    point.value.map { "\(measure.format($0)) (\(point.period))" } ?? "n/a (\(point.period))"
                } ?? "none"
                let change = measure.trend.map { trend in measure.previous?.value.map { "; \(trend) from \(measure.format($0))" } ?? "" } ?? ""
                let band = measure.band.map { "\(measure.format($0[0]))–\(measure.format($0[1]))\(measure.position.map { ", \($0)" } ?? "")" } ?? "—"
                let target = measure.target.map { target in
                    "\(measure.format(target.target)) by \(target.by)" + (target.onTrack.map { $0 ? ", on track" : ", off track" } ?? "")
                } ?? "—"
                out.append("| \(cell("\(measure.indicator) (\(measure.group))")) | \(measure.sparkline) | \(cell(measure.seriesWords)) | \(cell(latest + change)) | \(cell(band)) | \(cell(target)) |")
            }
        }
        out.append("")
        out.append("**Current state.**")
        out.append("")
        let current = rule.currentState.isEmpty ? [ReportText.nothingQualifies(rule)] : rule.currentState
        out.append(contentsOf: current.map { "- \(md($0))" })
        if !rule.gaps.isEmpty || !rule.findings.isEmpty {
            out.append("")
            out.append("**Gap.**")
            out.append("")
            out.append(contentsOf: rule.gaps.map { "- \(md($0))" })
            out.append(contentsOf: rule.findings.map { "- \(md($0.message)) (`\(code($0.location.description))`)" })
        }
        out.append("")
        out.append("**Desired state.** \(md(rule.desiredState))")
        if rule.status.isOpen || !rule.actions.isEmpty {
            out.append("")
            out.append("**Action plan.**")
            out.append("")
            if rule.status.isOpen { out.append("- \(md(rule.remediation))") }
            out.append(contentsOf: rule.actions.map { "- \(md(ReportText.action($0)))" })
        }
        out.append("")
        out.append("*Source: \(md(rule.source)).*")
        return out
    }

    private func md(_ text: String) -> String { Markdown.escape(text) }

    private func cell(_ text: String) -> String { Markdown.escape(text) }

    private func code(_ text: String) -> String { Markdown.codeSpan(text) }
}
