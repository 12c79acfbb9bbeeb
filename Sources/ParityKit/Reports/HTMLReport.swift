/// The board pack: one self-contained HTML file (inline CSS and SVG, no scripts, nothing
/// fetched) in the order a board reads: the cover with the summary and a chart of RAG
/// counts per pack; current state → gap → desired state per pack and rule, with the
/// action plan; the open gaps by owner; the one-year plan timeline; and an appendix of
/// the evidence used, the rule packs and how RAG is decided.
///
/// Every string from the repository or the assessment goes through `HTML.escape`. The
/// output is also well-formed XML (void elements self-closed, attributes quoted, no named
/// entities but XML's), so an XML parser reads it back; the same assessment always gives
/// the same bytes.
struct HTMLReport {
    /// The one-year plan's progress, drawn as the timeline; nil when there is none to show.
    var plan: PlanProgress?

    func render(_ assessment: Assessment) -> String {
        let anchors = Anchors(assessment)
        var out: [String] = []
        let organisation = e(assessment.organisation)
        let date = ReportText.long(assessment.asOf)
        let footer = "\(assessment.organisation) · Equality gap analysis as of \(date)"

        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en-GB\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\"/>")
        // Nothing may be fetched and no script may run, even if something slipped past
        // escaping; the browser check sees any violation as a console error.
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        out.append("<meta name=\"generator\" content=\"parity\"/>")
        out.append("<title>Equality gap analysis: \(organisation), as of \(date)</title>")
        out.append("<style>")
        out.append(HTMLStyle.css(footer: HTML.cssString(footer)))
        out.append("</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        out.append(contentsOf: cover(assessment, anchors: anchors))
        out.append(contentsOf: gapSection(assessment, anchors: anchors))
        out.append(contentsOf: ownerSection(assessment, anchors: anchors))
        out.append(contentsOf: timelineSection(assessment))
        out.append(contentsOf: appendix(assessment, anchors: anchors))
        out.append("<footer>")
        out.append("<p>Equality gap analysis for \(organisation) as of \(date), prepared with parity from the trust&#39;s policy repository. The same repository gives the same report: <code>parity gap --as-of \(assessment.asOf) --format html</code>.</p>")
        out.append("</footer>")
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: 1. Cover

    private func cover(_ assessment: Assessment, anchors: Anchors) -> [String] {
        var out: [String] = []
        let summary = assessment.summary
        let counts = summary.counts
        out.append("<section class=\"cover\" aria-labelledby=\"title\">")
        out.append("<p class=\"kicker\">Board paper · Equality, diversity and inclusion</p>")
        out.append("<h1 id=\"title\">Equality gap analysis: \(e(assessment.organisation))</h1>")
        out.append("<p class=\"meta\">As of <strong>\(ReportText.long(assessment.asOf))</strong>. Prepared with parity from the trust&#39;s policy repository.</p>")
        out.append("<h2 id=\"summary\">1. Summary</h2>")
        out.append("<p class=\"summary\">\(e(ReportText.summary(assessment)))</p>")
        if let plan = ReportText.planMonth(assessment) {
            out.append("<p>\(e(plan))</p>")
        }

        let overdueActions = ReportText.overdueActions(assessment).count
        out.append("<ul class=\"figures\" aria-label=\"Key figures\">")
        out.append("<li class=\"fig-red\"><span class=\"n\">\(counts.red)</span> RED</li>")
        out.append("<li class=\"fig-amber\"><span class=\"n\">\(counts.amber)</span> AMBER</li>")
        out.append("<li class=\"fig-green\"><span class=\"n\">\(counts.green)</span> GREEN</li>")
        if counts.grey > 0 {
            let what = [counts.notApplicable > 0 ? "not applicable" : nil, counts.waived > 0 ? "waived" : nil].compactMap { $0 }
            out.append("<li class=\"fig-grey\"><span class=\"n\">\(counts.grey)</span> N/A (\(what.isEmpty ? "not applicable" : what.joined(separator: " or ")))</li>")
        }
        out.append("<li><span class=\"n\">\(summary.overdue)</span> \(summary.overdue == 1 ? "rule" : "rules") past deadline, not met</li>")
        out.append("<li><span class=\"n\">\(overdueActions)</span> overdue \(overdueActions == 1 ? "action" : "actions")</li>")
        out.append("<li><span class=\"n\">\(ReportText.score(summary.score))</span> score</li>")
        out.append("</ul>")

        if !assessment.packs.isEmpty {
            out.append("<figure class=\"chart\">")
            out.append(RAGChart(packs: assessment.packs).render())
            out.append("<figcaption>RAG ratings per pack. Each bar counts the pack&#39;s rules by rating; the numbers are written on the bars and beside them, and the table below gives them again.</figcaption>")
            out.append("</figure>")
        }

        out.append("<table\(keep(assessment.packs.count))>")
        out.append("<caption>RAG ratings and scores by pack</caption>")
        out.append("<thead><tr><th scope=\"col\">Pack</th><th scope=\"col\" class=\"num\">Rules</th><th scope=\"col\" class=\"num\">Red</th><th scope=\"col\" class=\"num\">Amber</th><th scope=\"col\" class=\"num\">Green</th><th scope=\"col\" class=\"num\">N/A</th><th scope=\"col\" class=\"num\">Score</th></tr></thead>")
        out.append("<tbody>")
        for pack in assessment.packs {
            let c = pack.counts
            out.append("<tr><th scope=\"row\"><a href=\"#\(anchors.pack(pack.info.id))\">\(e(pack.info.title))</a></th><td class=\"num\">\(pack.rules)</td><td class=\"num\">\(c.red)</td><td class=\"num\">\(c.amber)</td><td class=\"num\">\(c.green)</td><td class=\"num\">\(c.grey)</td><td class=\"num\">\(ReportText.score(pack.score))</td></tr>")
        }
        out.append("</tbody>")
        out.append("<tfoot><tr><th scope=\"row\">All packs</th><td class=\"num\">\(summary.rules)</td><td class=\"num\">\(counts.red)</td><td class=\"num\">\(counts.amber)</td><td class=\"num\">\(counts.green)</td><td class=\"num\">\(counts.grey)</td><td class=\"num\">\(ReportText.score(summary.score))</td></tr></tfoot>")
        out.append("</table>")

        let overdue = assessment.rules.filter { $0.daysOverdue != nil }
        out.append("<h3 id=\"overdue\">Past their deadline and not met</h3>")
        if overdue.isEmpty {
            out.append("<p>Nothing is past its deadline.</p>")
        } else {
            out.append("<table\(keep(overdue.count))>")
            out.append("<caption>Rules past their deadline and not met (\(overdue.count))</caption>")
            out.append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Expectation</th><th scope=\"col\">Status</th><th scope=\"col\">Owners</th><th scope=\"col\">Deadline</th><th scope=\"col\" class=\"num\">Overdue by</th></tr></thead>")
            out.append("<tbody>")
            for rule in overdue {
                let days = rule.daysOverdue ?? 0
                out.append("<tr><th scope=\"row\"><a href=\"#\(anchors.rule(rule.id))\">\(e(rule.id))</a></th><td>\(e(rule.title))</td><td>\(HTML.rag(rule.rag)) \(rule.status.words)</td><td>\(e(rule.owners.joined(separator: ", ")))</td><td class=\"nowrap\">\(rule.deadline.map { ReportText.long($0) } ?? "–")</td><td class=\"num overdue\">\(days) day\(days == 1 ? "" : "s")</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }

        let waivers = assessment.rules.filter { $0.waiver != nil }
        if !waivers.isEmpty {
            out.append("<h3 id=\"waivers\">Waivers</h3>")
            out.append("<table\(keep(waivers.count))>")
            out.append("<caption>Waivers recorded in parity.yaml (\(waivers.count))</caption>")
            out.append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Expectation</th><th scope=\"col\">Status</th><th scope=\"col\">Waiver</th></tr></thead>")
            out.append("<tbody>")
            for rule in waivers {
                out.append("<tr><th scope=\"row\"><a href=\"#\(anchors.rule(rule.id))\">\(e(rule.id))</a></th><td>\(e(rule.title))</td><td>\(HTML.rag(rule.rag)) \(rule.status.words)</td><td>\(waiverWords(rule.waiver!))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }

        out.append("<nav class=\"contents\" aria-labelledby=\"contents\">")
        out.append("<h3 id=\"contents\">Contents</h3>")
        out.append("<ol>")
        out.append("<li><a href=\"#summary\">Summary</a></li>")
        out.append("<li><a href=\"#gaps\">Current state, gap and desired state</a><ol>")
        for pack in assessment.packs {
            out.append("<li><a href=\"#\(anchors.pack(pack.info.id))\">\(e(pack.info.title))</a></li>")
        }
        out.append("</ol></li>")
        out.append("<li><a href=\"#owners\">Open gaps by owner</a></li>")
        out.append("<li><a href=\"#timeline\">One-year plan timeline</a></li>")
        out.append("<li><a href=\"#appendix\">Appendix: evidence used, rule packs and how RAG is decided</a></li>")
        out.append("</ol>")
        out.append("</nav>")
        out.append("</section>")
        return out
    }

    // MARK: 2. Current state → gap → desired state

    private func gapSection(_ assessment: Assessment, anchors: Anchors) -> [String] {
        var out: [String] = []
        out.append("<section class=\"part\" aria-labelledby=\"gaps\">")
        out.append("<h2 id=\"gaps\">2. Current state, gap and desired state</h2>")
        out.append("<p>For each rule: what the repository shows now (current state), what is missing (gap) and what the expectation asks (desired state), with its rating, owners, deadline and action plan. Ratings are written out as RED, AMBER, GREEN or N/A; appendix C explains them.</p>")
        if assessment.rules.isEmpty {
            out.append("<p>No rules are in this report.</p>")
        }
        for pack in assessment.packs {
            let rules = assessment.rules.filter { $0.pack == pack.info.id }
            out.append("<section class=\"pack\" aria-labelledby=\"\(anchors.pack(pack.info.id))\">")
            out.append("<h3 id=\"\(anchors.pack(pack.info.id))\">\(e(pack.info.title))</h3>")
            out.append("<p class=\"meta\">Pack <code>\(e(pack.info.id))</code>, revision \(e(pack.info.revision)). \(pack.rules) rule\(pack.rules == 1 ? "" : "s"): \(RAGChart.words(pack.counts)). Score \(ReportText.score(pack.score)).</p>")
            out.append("<table\(keep(rules.count))>")
            out.append("<caption>Rules in \(e(pack.info.title))</caption>")
            out.append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Expectation</th><th scope=\"col\">RAG</th><th scope=\"col\">Status</th><th scope=\"col\">Owners</th><th scope=\"col\">Deadline</th></tr></thead>")
            out.append("<tbody>")
            for rule in rules {
                out.append("<tr><th scope=\"row\" class=\"nowrap\"><a href=\"#\(anchors.rule(rule.id))\">\(e(rule.id))</a></th><td>\(e(rule.title))</td><td>\(HTML.rag(rule.rag))</td><td>\(rule.status.words)</td><td>\(e(rule.owners.joined(separator: ", ")))</td><td>\(timingCell(rule))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            for rule in rules {
                out.append(contentsOf: ruleArticle(rule, anchors: anchors))
            }
            out.append("</section>")
        }
        out.append("</section>")
        return out
    }

    private func timingCell(_ rule: RuleAssessment) -> String {
        let words = e(rule.timingWords)
        return rule.daysOverdue != nil ? "<span class=\"overdue\">\(words)</span>" : words
    }

    private func ruleArticle(_ rule: RuleAssessment, anchors: Anchors) -> [String] {
        var out: [String] = []
        let anchor = anchors.rule(rule.id)
        out.append("<article class=\"rule edge-\(rule.rag.rawValue)\" aria-labelledby=\"\(anchor)\">")
        out.append("<div class=\"rule-head\">")
        out.append("<h4 id=\"\(anchor)\"><span class=\"rule-id\">\(e(rule.id))</span> \(e(rule.title))</h4>")
        out.append("<dl class=\"facts\">")
        out.append("<dt>Rating</dt><dd>\(HTML.rag(rule.rag)) \(rule.status.words)</dd>")
        out.append("<dt>Owners</dt><dd>\(e(rule.owners.joined(separator: ", ")))</dd>")
        var deadline = timingCell(rule)
        if rule.deadlineBasis.hasPrefix("plan") {
            var basis = e(rule.deadlineBasis)
            if let start = rule.windowStart { basis += ", from \(ReportText.long(start))" }
            deadline += " (\(basis))"
        }
        out.append("<dt>Deadline</dt><dd>\(deadline)</dd>")
        out.append("<dt>Severity</dt><dd>\(rule.severity.rawValue)</dd>")
        if let reason = rule.notApplicableReason {
            out.append("<dt>Not applicable</dt><dd>\(e(reason))</dd>")
        }
        if let waiver = rule.waiver {
            out.append("<dt>Waiver</dt><dd>\(waiverWords(waiver))</dd>")
        }
        out.append("</dl>")
        out.append("</div>")

        if !rule.measures.isEmpty {
            out.append("<section class=\"figures\" aria-label=\"Figures for \(e(rule.id))\">")
            out.append("<h5>Figures</h5>")
            for measure in rule.measures {
                out.append("<figure class=\"measure\">")
                out.append(MeasureChartSVG(summary: measure, id: "\(anchor)-\(HTML.slug(measure.indicator))").render())
                out.append("<figcaption><strong>\(e(measure.indicator)) (\(e(measure.group)))</strong> \(e(measure.title)). \(e(measure.words)).\(measure.breakdownWords.map { " " + e($0) + "." } ?? "")</figcaption>")
                out.append("</figure>")
            }
            out.append("</section>")
        }
        out.append("<div class=\"cgd\">")
        out.append("<section class=\"block block-current\" aria-label=\"Current state of \(e(rule.id))\">")
        out.append("<h5>Current state</h5>")
        if rule.currentState.isEmpty {
            out.append("<p>\(e(ReportText.nothingQualifies(rule)))</p>")
        } else {
            out.append("<ul>")
            out.append(contentsOf: rule.currentState.map { "<li>\(e($0))</li>" })
            out.append("</ul>")
        }
        out.append("</section>")

        out.append("<section class=\"block block-gap\" aria-label=\"Gap for \(e(rule.id))\">")
        out.append("<h5>Gap</h5>")
        if rule.status == .notApplicable {
            out.append("<p>None: the rule does not apply to this trust.</p>")
        } else if rule.status == .met {
            out.append("<p>None: the evidence condition holds.</p>")
        } else if rule.status == .waived {
            out.append("<p>Waived\(rule.waiver.map { " until \(ReportText.long($0.expires))" } ?? ""): the gap below is accepted for now.</p>")
        }
        if !rule.gaps.isEmpty {
            out.append("<ul>")
            out.append(contentsOf: rule.gaps.map { "<li>\(e($0))</li>" })
            out.append("</ul>")
        }
        if !rule.findings.isEmpty {
            out.append("<p class=\"sub\"><strong>Evidence that does not qualify:</strong></p>")
            out.append("<ul>")
            for group in HTMLReport.groupFindings(rule.findings) {
                let items = group.findings.map {
                    "\(e(String($0.message.dropFirst(group.heading.count)))) <span class=\"location\">(<code>\(e($0.location.description))</code>)</span>"
                }
                if group.heading.isEmpty || items.count == 1 {
                    for finding in group.findings {
                        out.append("<li>\(e(finding.message)) <span class=\"location\">(<code>\(e(finding.location.description))</code>)</span></li>")
                    }
                } else {
                    out.append("<li>\(e(String(group.heading.dropLast())))")
                    out.append("<ul>")
                    out.append(contentsOf: items.map { "<li>\($0)</li>" })
                    out.append("</ul>")
                    out.append("</li>")
                }
            }
            out.append("</ul>")
        }
        out.append("</section>")

        out.append("<section class=\"block block-desired\" aria-label=\"Desired state of \(e(rule.id))\">")
        out.append("<h5>Desired state</h5>")
        out.append("<p>\(e(rule.desiredState))</p>")
        out.append("</section>")
        out.append("</div>")

        let open = rule.status.isOpen
        if open || !rule.actions.isEmpty {
            out.append("<h5>Action plan</h5>")
        }
        if open {
            out.append("<p class=\"remediation\"><strong>Recommended:</strong> \(e(rule.remediation))</p>")
        }
        if !rule.actions.isEmpty {
            out.append("<table class=\"actions\(keep(rule.actions.count).isEmpty ? "" : " keep")\">")
            out.append("<caption>Actions recorded against \(e(rule.id))</caption>")
            out.append("<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th><th scope=\"col\">From</th></tr></thead>")
            out.append("<tbody>")
            for action in rule.actions {
                out.append("<tr><td>\(e(action.what))</td><td>\(action.owner.map(e) ?? "<em>No owner</em>")</td><td class=\"nowrap\">\(action.due.map { ReportText.long($0) } ?? "<em>No due date</em>")</td><td>\(actionStatus(action))</td><td><code>\(e(action.item))</code></td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }
        out.append("<p class=\"source\">Source: \(e(rule.source)). Defined at <code>\(e(rule.location.description))</code>.</p>")
        out.append("</article>")
        return out
    }

    private func actionStatus(_ action: PlannedAction) -> String {
        if action.status == .done {
            return "Done" + (action.doneOn.map { " \(ReportText.long($0))" } ?? "")
        }
        if let days = action.daysOverdue {
            return "<strong class=\"overdue\">OVERDUE by \(days) day\(days == 1 ? "" : "s")</strong>"
        }
        return "Open"
    }

    // MARK: 3. Per owner

    private func ownerSection(_ assessment: Assessment, anchors: Anchors) -> [String] {
        var out: [String] = []
        out.append("<section class=\"part\" aria-labelledby=\"owners\">")
        out.append("<h2 id=\"owners\">3. Open gaps by owner</h2>")
        out.append("<p>Each owner named on a rule that is not yet met, with the rules they must act on, red first.</p>")
        if assessment.owners.isEmpty {
            out.append("<p>No open gaps.</p>")
        }
        for (index, owner) in assessment.owners.enumerated() {
            let anchor = "owner-\(index + 1)"
            out.append("<section class=\"owner\" aria-labelledby=\"\(anchor)\">")
            out.append("<h3 id=\"\(anchor)\" class=\"owner-head\">\(e(owner.owner))</h3>")
            out.append("<table\(keep(owner.gaps.count))>")
            out.append("<caption>Open gaps for \(e(owner.owner)): \(owner.gaps.count) rule\(owner.gaps.count == 1 ? "" : "s")</caption>")
            out.append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Expectation</th><th scope=\"col\">RAG</th><th scope=\"col\">Status</th><th scope=\"col\">Deadline</th></tr></thead>")
            out.append("<tbody>")
            for gap in owner.gaps {
                let timing = gap.rag == .red && gap.timing.hasPrefix("overdue") ? "<span class=\"overdue\">\(e(gap.timing))</span>" : e(gap.timing)
                out.append("<tr><th scope=\"row\" class=\"nowrap\"><a href=\"#\(anchors.rule(gap.rule))\">\(e(gap.rule))</a></th><td>\(e(gap.title))</td><td>\(HTML.rag(gap.rag))</td><td>\(gap.status.words)</td><td>\(timing)</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            out.append("</section>")
        }
        out.append("</section>")
        return out
    }

    // MARK: 4. Timeline

    private func timelineSection(_ assessment: Assessment) -> [String] {
        var out: [String] = []
        out.append("<section class=\"part\" aria-labelledby=\"timeline\">")
        out.append("<h2 id=\"timeline\">4. One-year plan timeline</h2>")
        if let plan = ReportText.planMonth(assessment) {
            out.append("<p>\(e(plan))</p>")
        }
        if let plan {
            out.append("<figure class=\"timeline\">")
            out.append(TimelineSVG().render(plan))
            out.append("<figcaption>The phases of the one-year plan, with the as-of date \(ReportText.long(assessment.asOf)) marked.</figcaption>")
            out.append("</figure>")
        } else if assessment.planStart == nil {
            out.append("<p>The timeline is not available: this repository sets no plan start (<code>plan_start</code> in <code>parity.yaml</code>), so there is no one-year plan to draw.</p>")
        } else {
            out.append("<p>The timeline is not available in this report. The plan&#39;s phases and activities are rated with the other rules in section 2.</p>")
        }
        out.append("</section>")
        return out
    }

    // MARK: 5. Appendix

    private func appendix(_ assessment: Assessment, anchors: Anchors) -> [String] {
        var out: [String] = []
        out.append("<section class=\"part\" aria-labelledby=\"appendix\">")
        out.append("<h2 id=\"appendix\">5. Appendix</h2>")

        out.append("<h3 id=\"evidence\">A. Evidence items used</h3>")
        let items = assessment.evidenceItems
        if items.isEmpty {
            out.append("<p>No rule in this report rests on an evidence item.</p>")
        } else {
            out.append("<p>The items the met requirements rest on, as they stood on \(ReportText.long(assessment.asOf)). Approval and review dates are as recorded in each item&#39;s front matter or the inventory; evidence dated after the as-of date is not counted.</p>")
            out.append("<table\(keep(items.count))>")
            out.append("<caption>Evidence items used (\(items.count))</caption>")
            out.append("<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Title</th><th scope=\"col\">Kind</th><th scope=\"col\">Approved</th><th scope=\"col\">Last reviewed</th><th scope=\"col\">Review due</th><th scope=\"col\">Relied on for</th></tr></thead>")
            out.append("<tbody>")
            func day(_ date: CivilDate?) -> String {
                date.map { "<span class=\"nowrap\">\(ReportText.long($0))</span>" } ?? "–"
            }
            for item in items {
                var approved = item.approvedOn == nil ? e(item.status.rawValue) : day(item.approvedOn)
                if item.approvedOn != nil, let by = item.approvedBy { approved += " by \(e(by))" }
                let rules = item.rules.map { "<a href=\"#\(anchors.rule($0))\">\(e($0))</a>" }.joined(separator: ", ")
                out.append("<tr><th scope=\"row\" class=\"nowrap\"><code>\(e(item.id))</code></th><td>\(e(item.title))</td><td class=\"word\">\(e(item.kind))</td><td>\(approved)</td><td>\(day(item.lastReviewed))</td><td>\(day(item.reviewDue))</td><td>\(rules)</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }

        out.append("<h3 id=\"packs\">B. Rule packs</h3>")
        out.append("<table\(keep(assessment.packs.count))>")
        out.append("<caption>Rule packs applied</caption>")
        out.append("<thead><tr><th scope=\"col\">Pack</th><th scope=\"col\">Title</th><th scope=\"col\">Revision</th><th scope=\"col\" class=\"num\">Rules</th><th scope=\"col\">Source</th></tr></thead>")
        out.append("<tbody>")
        for pack in assessment.packs {
            out.append("<tr><th scope=\"row\" class=\"nowrap\"><code>\(e(pack.info.id))</code></th><td>\(e(pack.info.title))</td><td>\(e(pack.info.revision))</td><td class=\"num\">\(pack.rules)</td><td>\(e(pack.info.source)) <span class=\"location\">(<code>\(e(pack.info.file))</code>)</span></td></tr>")
        }
        out.append("</tbody>")
        out.append("</table>")

        out.append("<h3 id=\"rag\">C. How RAG is decided</h3>")
        out.append("<p>Each rule gets a status from its evidence and a timing from its deadline and the as-of date; the RAG rating follows from both.</p>")
        out.append("<dl class=\"facts\">")
        out.append("<dt>met</dt><dd>The rule&#39;s evidence condition holds.</dd>")
        out.append("<dt>partly met</dt><dd>Some evidence exists but not all the condition holds (a draft, a stale review, a missing approval, some but not all of several requirements).</dd>")
        out.append("<dt>not met</dt><dd>No evidence at all.</dd>")
        out.append("<dt>not applicable</dt><dd>The trust&#39;s <code>parity.yaml</code> says the rule does not apply, with a reason.</dd>")
        out.append("<dt>waived</dt><dd>Not met, but excused by a waiver in <code>parity.yaml</code> that is in force on the as-of date; once it expires the rule is judged as it stands.</dd>")
        out.append("</dl>")
        out.append("<p>Timing: <strong>no deadline</strong> for an ongoing duty, whose evidence must stay current; <strong>not yet due</strong> when the deadline is further away than the trust&#39;s due-soon window (<code>due_soon_days</code>: \(assessment.dueSoonDays) days); <strong>due soon</strong> within that window or on the day; <strong>passed</strong> when the deadline is before the as-of date, and a rule not met by then is overdue.</p>")
        let timings: [(Timing.State, String)] = [(.noDeadline, "No deadline"), (.notYetDue, "Not yet due"), (.dueSoon, "Due soon"), (.passed, "Passed")]
        let statuses = RuleStatus.allCases
        out.append("<table class=\"rag-table keep\">")
        out.append("<caption>RAG rating by status and timing</caption>")
        out.append("<thead><tr><th scope=\"col\">Status</th>" + timings.map { "<th scope=\"col\">\($0.1)</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for status in statuses {
            let cells = timings.map { "<td>\(HTML.rag(RAG.rating(status: status, timing: $0.0)))</td>" }.joined()
            out.append("<tr><th scope=\"row\">\(status.words)</th>\(cells)</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        out.append("<p>An advisory rule (severity low) is at most amber: it informs the board but is never red on its own. A pack&#39;s score is (met + ½ × partly met) ÷ the rules that apply and are not waived, as a percentage. Evidence counts only from its own date: an item approved, reviewed or dated after the as-of date does not count as of that date.</p>")
        out.append("</section>")
        return out
    }

    // MARK: Helpers

    /// Findings about the same item, under the words their messages share
    /// ("ACT-002 Reduction targets 2024/25: "), so each item is named once with its
    /// problems beneath. An empty heading when the messages share no "…: " prefix.
    static func groupFindings(_ findings: [Finding]) -> [(heading: String, findings: [Finding])] {
        var order: [String] = []
        var byItem: [String: [Finding]] = [:]
        for finding in findings {
            if byItem[finding.item] == nil { order.append(finding.item) }
            byItem[finding.item, default: []].append(finding)
        }
        return order.map { item in
            let group = byItem[item]!
            var common = group[0].message
            for finding in group.dropFirst() {
                common = String(zip(common, finding.message).prefix { $0 == $1 }.map(\.0))
            }
            guard group.count > 1, common.hasPrefix(item + " ") || common.hasPrefix(item + ":"),
                  let colon = common.range(of: ": ", options: .backwards),
                  group.allSatisfy({ $0.message.count > common[..<colon.upperBound].count })
            else { return (heading: "", findings: group) }
            return (heading: String(common[..<colon.upperBound]), findings: group)
        }
    }

    private func e(_ text: String) -> String { HTML.escape(text) }

    /// A class that keeps a short table on one printed page; a long one may break
    /// between rows, its header repeated.
    private func keep(_ rows: Int) -> String {
        rows <= 12 ? " class=\"keep\"" : ""
    }

    /// A waiver in words; one approved by an owner of the rule it waives is flagged.
    private func waiverWords(_ waiver: WaiverStatus) -> String {
        var words = e(waiver.words)
        if waiver.selfApproved { words += " <strong class=\"overdue\">Approved by an owner of the rule it waives.</strong>" }
        return words
    }
}

/// Fragment ids for packs and rules: readable where the id allows, unique always.
private struct Anchors {
    private var rules: [String: String] = [:]
    private var packs: [String: String] = [:]

    init(_ assessment: Assessment) {
        var used: Set<String> = ["title", "summary", "overdue", "waivers", "contents", "gaps", "owners", "timeline",
                                 "appendix", "evidence", "packs", "rag"]
        func unique(_ base: String) -> String {
            var candidate = base
            var n = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
        for pack in assessment.packs where packs[pack.info.id] == nil {
            packs[pack.info.id] = unique("pack-" + HTML.slug(pack.info.id))
        }
        for rule in assessment.rules where rules[rule.id] == nil {
            rules[rule.id] = unique("rule-" + HTML.slug(rule.id))
        }
    }

    func rule(_ id: String) -> String { rules[id] ?? "rule-" + HTML.slug(id) }
    func pack(_ id: String) -> String { packs[id] ?? "pack-" + HTML.slug(id) }
}
