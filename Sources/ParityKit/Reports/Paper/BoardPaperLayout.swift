/// The order of a board paper, the same in Word, HTML and Markdown: the cover sheet; the
/// paper proper (executive summary, since the last board, exceptions, decisions), kept
/// short; then the lettered appendices with the detail.
struct BoardPaperLayout {
    let paper: BoardPaper

    var blocks: [PaperBlock] {
        var out: [PaperBlock] = []
        out.append(.title(paper.title, kicker: "\(paper.assessment.organisation) · \(paper.particulars.meeting ?? "Board")",
                          subtitle: "Position as of \(ReportText.long(paper.assessment.asOf)), prepared with parity from the trust's policy repository."))
        out.append(.coverSheet(paper.coverSheet))
        out.append(.pageBreak)
        out += summary
        out += sinceLastBoard
        out += exceptions
        out += decisions
        out += ruleByRule
        out += byExecutive
        out += timeline
        out += figures
        out += evidence
        out += howDecided
        out += readings
        return out
    }

    // MARK: The paper

    private var summary: [PaperBlock] {
        [.heading("1. Executive summary", level: 1, anchor: "summary")] + paper.executiveSummary.map(PaperBlock.paragraph)
    }

    private var sinceLastBoard: [PaperBlock] {
        var out: [PaperBlock] = [.heading("2. Since the last board", level: 1, anchor: "since")]
        if let since = paper.since {
            out.append(.paragraph("Compared with the position on \(ReportText.long(since.from.asOf))\(since.from.revision.map { " (revision \($0))" } ?? ""):"))
            out.append(.bullets(paper.sinceLines))
        } else {
            out.append(.paragraph("This paper is not compared with an earlier position."))
        }
        return out
    }

    private var exceptions: [PaperBlock] {
        var out: [PaperBlock] = [.heading("3. Exceptions: expectations rated red", level: 1, anchor: "exceptions")]
        let exceptions = paper.exceptions
        guard !exceptions.isEmpty else {
            out.append(.paragraph("No expectation is rated red."))
            return out
        }
        let counts = paper.assessment.summary.counts
        let others = [counts.amber > 0 ? "\(counts.amber) rated amber" : nil, counts.green > 0 ? "\(counts.green) rated green" : nil].compactMap { $0 }
        out.append(.paragraph("Red expectations, most serious first." + (others.isEmpty ? "" : " The \(LeafWords.and(others)) are in appendix A.")))
        out.append(.table(PaperTable(
            caption: "Expectations rated red (\(exceptions.count))",
            columns: ["Expectation", "Accountable", "Gap", "Recovery action"],
            weights: [30, 14, 32, 24],
            rows: exceptions.map { exception in
                [.link("\(exception.rule.id) \(exception.rule.title) (\(exception.lateness))", anchor: Self.anchor(exception.rule.id)),
                 .text(exception.accountable), .text(exception.gap), .text(exception.recovery)]
            })))
        return out
    }

    private var decisions: [PaperBlock] {
        var out: [PaperBlock] = [.heading("\(paper.decisionsSection). Decisions asked of the Board", level: 1, anchor: "decisions"),
                                 .paragraph("The Board is asked to:"), .numbered(paper.decisions)]
        return out
    }

    // MARK: Appendix A: rule by rule

    private var ruleByRule: [PaperBlock] {
        guard let appendix = paper.appendix("Rule by rule") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): rule by rule", level: 1, anchor: "appendix-a")]
        out.append(.paragraph("Every expectation in this paper, red first, then amber, green, and those that do not apply or are waived. For each: the rating, who is accountable, the deadline, what the repository shows (current state), what is missing (the gap), what the expectation asks (desired state) and the action plan."))
        out.append(.heading("Ratings by pack", level: 2, anchor: "packs"))
        out.append(.ragChart(paper.assessment.packs))
        let summary = paper.assessment.summary
        out.append(.table(PaperTable(
            caption: "RAG ratings and scores by pack",
            columns: ["Pack", "Rules", "Red", "Amber", "Green", "N/A", "Score"],
            weights: [46, 9, 9, 9, 9, 9, 9],
            rows: paper.assessment.packs.map { pack in
                let c = pack.counts
                return [.strong(pack.info.title), .text(String(pack.rules)), .text(String(c.red)), .text(String(c.amber)),
                        .text(String(c.green)), .text(String(c.grey)), .text(ReportText.score(pack.score))]
            },
            totals: [.strong("All packs"), .strong(String(summary.rules)), .strong(String(summary.counts.red)), .strong(String(summary.counts.amber)),
                     .strong(String(summary.counts.green)), .strong(String(summary.counts.grey)), .strong(ReportText.score(summary.score))])))
        let groups: [(String, [RAG])] = [("Rated red", [.red]), ("Rated amber", [.amber]), ("Rated green", [.green]), ("Not applicable or waived", [.grey])]
        for (title, rags) in groups {
            let rules = paper.rulesByRating.filter { rags.contains($0.rag) }
            guard !rules.isEmpty else { continue }
            out.append(.heading("\(title) (\(rules.count))", level: 2, anchor: "rated-\(rags[0].rawValue)"))
            for rule in rules { out += self.rule(rule) }
        }
        return out
    }

    private func rule(_ rule: RuleAssessment) -> [PaperBlock] {
        var out: [PaperBlock] = [.heading("\(rule.id) \(rule.title)", level: 3, anchor: Self.anchor(rule.id))]
        let pack = paper.assessment.packs.first { $0.info.id == rule.pack }?.info.title ?? rule.pack
        var facts = "\(rule.rag.label), \(rule.status.words). Accountable: \(paper.accountableWords(rule))."
        if rule.owners.count > 0 { facts += " Owners in the pack: \(rule.owners.joined(separator: ", "))." }
        facts += " Deadline: \(BoardText.plain(rule.timingWords)). Severity: \(rule.severity.rawValue). \(pack)."
        out.append(.paragraph(facts))
        if let reason = rule.notApplicableReason { out.append(.paragraph("Does not apply: \(reason)")) }
        if let waiver = rule.waiver {
            out.append(.paragraph("Waiver: \(BoardText.plain(waiver.words)).\(waiver.selfApproved ? " Approved by an owner of the rule it waives: nobody should waive their own gap." : "")"))
        }
        if !rule.measures.isEmpty, let figures = paper.appendix("Figures") {
            out.append(.paragraph("Figures (appendix \(figures.letter)): \(rule.measures.map { "\($0.indicator) (\($0.group))" }.joined(separator: ", "))."))
        }
        out.append(.lead("Current state"))
        if rule.currentState.isEmpty {
            out.append(.paragraph(ReportText.nothingQualifies(rule)))
        } else {
            out.append(.bullets(rule.currentState.map(BoardText.plain)))
        }
        out.append(.lead("Gap"))
        switch rule.status {
        case .notApplicable: out.append(.paragraph("None: the expectation does not apply to this trust."))
        case .met: out.append(.paragraph("None: the expectation is met."))
        case .waived: out.append(.paragraph("Waived\(rule.waiver.map { " until \(ReportText.long($0.expires))" } ?? ""): the gap below is accepted for now."))
        case .partial, .notMet: break
        }
        var gaps = rule.gaps.map(BoardText.plain)
        gaps += rule.findings.map { BoardText.plain($0.plain) }
        if !gaps.isEmpty { out.append(.bullets(gaps)) }
        out.append(.lead("Desired state"))
        out.append(.paragraph(BoardText.plain(rule.desiredState)))
        if rule.status.isOpen || !rule.actions.isEmpty {
            out.append(.lead("Action plan"))
            if rule.status.isOpen { out.append(.paragraph("Recommended: \(BoardText.plain(rule.remediation))")) }
            if !rule.actions.isEmpty {
                out.append(.table(PaperTable(
                    caption: "Actions on \(rule.id)",
                    columns: ["Action", "Owner", "Due", "Status", "Document"],
                    weights: [40, 18, 14, 16, 12],
                    rows: rule.actions.map { action in
                        [.text(action.what), .text(action.owner ?? "No owner"), .text(action.due.map(ReportText.long) ?? "No due date"),
                         action.daysOverdue != nil && action.status == .open ? .strong(Self.actionStatus(action)) : .text(Self.actionStatus(action)),
                         .text(action.item)]
                    })))
            }
        }
        out.append(.note("Source: \(rule.source)."))
        return out
    }

    static func actionStatus(_ action: PlannedAction) -> String {
        if action.status == .done { return "Done" + (action.doneOn.map { " \(ReportText.long($0))" } ?? "") }
        if let days = action.daysOverdue { return "Overdue by \(days) day\(days == 1 ? "" : "s")" }
        return "Open"
    }

    // MARK: Appendix B: open gaps by accountable executive

    private var byExecutive: [PaperBlock] {
        guard let appendix = paper.appendix("Open gaps by accountable executive") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): open gaps by accountable executive", level: 1, anchor: "appendix-b")]
        let groups = paper.byExecutive
        if groups.isEmpty {
            out.append(.paragraph("No gaps are open."))
            return out
        }
        out.append(.paragraph("Each executive the Board seeks assurance from, with the expectations not yet met that they answer for, red first."))
        for (executive, rules) in groups {
            out.append(.table(PaperTable(
                caption: "\(executive) (\(rules.count))",
                columns: ["Expectation", "Rating", "Deadline"],
                weights: [56, 18, 26],
                rows: rules.map { [.link("\($0.id) \($0.title)", anchor: Self.anchor($0.id)), .rag($0.rag, $0.status.words), .text(BoardText.plain($0.timingWords))] })))
        }
        return out
    }

    // MARK: Appendix C: the plan

    private var timeline: [PaperBlock] {
        guard paper.showsPlan, let plan = paper.plan, let appendix = paper.appendix(": timeline") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): \(paper.planTitle), timeline", level: 1, anchor: "appendix-plan")]
        if let month = ReportText.planMonth(paper.assessment) { out.append(.paragraph(month)) }
        out.append(.paragraph(PhaseWords.headline(plan)))
        out.append(.timeline(plan))
        out.append(.table(PaperTable(
            caption: "Phases of the plan",
            columns: ["Phase", "Window", "Status", "Done"],
            weights: [38, 27, 17, 18],
            rows: plan.phases.map { phase in
                [phase.id == plan.expectedPhase ? .strong("\(phase.id) \(phase.title)") : .text("\(phase.id) \(phase.title)"),
                 .text(BoardText.plain(PhaseWords.window(phase))), .text(PhaseWords.status(phase.status)), .text(PhaseWords.counts(phase))]
            })))
        return out
    }

    // MARK: Appendix D: figures

    private var figures: [PaperBlock] {
        guard let appendix = paper.appendix("Figures") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): figures", level: 1, anchor: "appendix-figures")]
        out.append(.paragraph("Each indicator once, as the trust's figures show it, with the expectations that judge it."))
        for measure in paper.indicators {
            out.append(.indicator(measure, anchor: "figure-\(measure.indicator)-\(measure.group)"))
            let users = paper.assessment.rules.filter { rule in rule.measures.contains { $0.indicator == measure.indicator && $0.group == measure.group } }
            out.append(.note("Judged under \(users.map(\.id).joined(separator: ", "))."))
        }
        return out
    }

    // MARK: Appendix E: evidence

    private var evidence: [PaperBlock] {
        guard let appendix = paper.appendix("Evidence relied on") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): evidence relied on", level: 1, anchor: "appendix-evidence")]
        let items = paper.assessment.evidenceItems
        if items.isEmpty {
            out.append(.paragraph("No expectation in this paper rests on a document."))
            return out
        }
        out.append(.paragraph("The documents the met requirements rest on, as they stood on \(ReportText.long(paper.assessment.asOf)). Documents dated later are not counted."))
        func day(_ date: CivilDate?) -> String { date.map(ReportText.long) ?? "None" }
        out.append(.table(PaperTable(
            caption: "Documents relied on (\(items.count))",
            columns: ["Document", "Title", "Kind", "Approved", "Review due", "Relied on for"],
            weights: [11, 31, 13, 19, 12, 14],
            rows: items.map { item in
                var approved = item.approvedOn == nil ? (item.status == .approved ? "Approved" : "Not approved") : day(item.approvedOn)
                if item.approvedOn != nil, let by = item.approvedBy { approved += ", \(by)" }
                return [.strong(item.id), .text(item.title), .text(item.kind.replacingOccurrences(of: "-", with: " ")), .text(approved),
                        .text(day(item.reviewDue)), .text(item.rules.joined(separator: ", "))]
            })))
        return out
    }

    // MARK: Appendix F: how it is decided

    private var howDecided: [PaperBlock] {
        guard let appendix = paper.appendix("How RAG, score and assurance are decided") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): how RAG, score and assurance are decided", level: 1, anchor: "appendix-rules")]
        out.append(.paragraph("Each expectation gets a status from the evidence and a timing from its deadline and the date of the paper; the rating follows from both, as the table shows. An advisory expectation (severity low) is at most amber."))
        let timings: [(Timing.State, String)] = [(.noDeadline, "No deadline"), (.notYetDue, "Not yet due"), (.dueSoon, "Due soon"), (.passed, "Passed")]
        out.append(.table(PaperTable(
            caption: "Rating by status and timing",
            columns: ["Status"] + timings.map(\.1),
            weights: [24, 19, 19, 19, 19],
            rows: RuleStatus.allCases.map { status in
                [.strong(status.words)] + timings.map { .rag(RAG.rating(status: status, timing: $0.0), "") }
            })))
        out.append(.paragraph("The score of a pack, and of the paper, counts each expectation met as one and each partly met as a half, divided by the expectations that apply and are not waived."))
        out.append(.paragraph("The level of assurance on the cover sheet follows from the assessment alone, by this rule:"))
        out.append(.bullets(AssuranceLevel.rule))
        out.append(.paragraph("For this paper: \(paper.assurance.words.lowercased())."))
        return out
    }

    // MARK: Appendix G: parity's readings

    private var readings: [PaperBlock] {
        guard let appendix = paper.appendix("Readings that are parity's own") else { return [] }
        var out: [PaperBlock] = [.heading("Appendix \(appendix.letter): readings that are parity's own", level: 1, anchor: "appendix-readings")]
        out.append(.paragraph("The expectations come from the sources below. Where a source does not say how to judge evidence (which committee counts, how recent a review must be, what \"by March 2024\" means), each rule pack states parity's own reading in the notes at its head, published with parity; until every part of a rule carries its basis, this appendix lists the sources only. A trust that reads a source differently overrides the rule or writes its own."))
        out.append(.table(PaperTable(
            caption: "Sources of the expectations",
            columns: ["Pack", "Source", "Revision"],
            weights: [34, 54, 12],
            rows: paper.assessment.packs.map { [.strong($0.info.title), .text($0.info.source), .text($0.info.revision)] })))
        return out
    }

    // MARK: Helpers

    static func anchor(_ ruleID: String) -> String { "rule-" + HTML.slug(ruleID) }
}
