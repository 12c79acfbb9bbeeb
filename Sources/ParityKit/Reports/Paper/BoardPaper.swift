/// What a board paper says, decided once from the assessment for every format that prints
/// it (Word, HTML, Markdown): the cover sheet's particulars and level of assurance, the
/// executive summary, what moved since the last board, the exceptions, the decisions asked
/// of the board and the order of the appendices. Nothing here judges a rule: every verdict
/// is the assessment's.
struct BoardPaper {
    let assessment: Assessment
    let particulars: PaperParticulars
    /// The comparison with the last board's position, when the paper is given one.
    let since: RepositoryDiff?
    /// The one-year plan's progress, when the trust applies the plan.
    let plan: PlanProgress?

    init(_ assessment: Assessment, particulars: PaperParticulars = PaperParticulars(), since: RepositoryDiff? = nil, plan: PlanProgress? = nil) {
        self.assessment = assessment
        self.particulars = particulars
        self.since = since
        self.plan = plan
    }

    // MARK: The cover sheet

    var title: String {
        particulars.title ?? "Equality, diversity and inclusion: position against national expectations"
    }

    var meetingDate: CivilDate { particulars.meetingDate ?? assessment.asOf }

    var assurance: AssuranceLevel { AssuranceLevel.of(assessment) }

    /// The trust's own purpose, or approval when the paper asks a decision of the board
    /// beyond noting, else assurance.
    var purpose: PaperParticulars.Purpose {
        particulars.purpose ?? (approvals.isEmpty && overdue.isEmpty && waiverDecisions.isEmpty ? .assurance : .approval)
    }

    /// The cover sheet as label and text, in the order NHS cover sheets use.
    var coverSheet: [(label: String, text: String)] {
        CoverSheet.rows(particulars, CoverSheet.Generated(
            date: meetingDate, title: title, purpose: purposeWords, summary: coverSummary,
            recommendation: "The Board is asked to: " + recommendations.joined(separator: "; ") + ".",
            assurance: "\(assurance.words): \(assurance.meaning) (the rule is in appendix F).",
            appendices: appendices.map { "\($0.letter) \($0.title)" }.joined(separator: "; ")))
    }

    private var purposeWords: String {
        switch purpose {
        case .approval: return "Approval: the Board is asked to take the decisions in section \(decisionsSection)"
        case .assurance: return "Assurance: the Board is asked to take \(assurance.words.lowercased())"
        case .discussion: return "Discussion"
        case .information: return "Information"
        }
    }

    /// Two sentences for the cover: the position and the level of assurance.
    var coverSummary: String {
        let counts = assessment.summary.counts
        var text = counts.met + counts.partial == 0
            ? "\(organisation) meets none of the \(applicable) expectations that apply to it, in full or in part."
            : "\(organisation) fully meets \(counts.met) of the \(applicable) expectations that apply to it and partly meets \(counts.partial)."
        if counts.red > 0 {
            text += " \(counts.red) \(counts.red == 1 ? "is" : "are") rated red, \(pastDeadlineWords(overdue.count))."
        } else {
            text += " None is rated red."
        }
        return text
    }

    private var organisation: String { assessment.organisation }

    private var applicable: Int {
        let counts = assessment.summary.counts
        return counts.met + counts.partial + counts.notMet
    }

    private func pastDeadlineWords(_ count: Int) -> String {
        count == 0 ? "none past its deadline" : "\(count) of them past \(count == 1 ? "its" : "their") deadline and not fully met"
    }

    // MARK: 1. Executive summary

    /// The summary in sentences, each number once, the score defined where it is first used.
    var executiveSummary: [String] {
        let counts = assessment.summary.counts
        var paragraphs: [String] = []
        var position = counts.met + counts.partial == 0
            ? "As of \(ReportText.long(assessment.asOf)), \(organisation) meets none of the \(applicable) expectations that apply to it, in full or in part."
            : "As of \(ReportText.long(assessment.asOf)), \(organisation) fully meets \(counts.met) of the \(applicable) expectations that apply to it, partly meets \(counts.partial) and does not meet \(counts.notMet)."
        if counts.waived > 0 { position += " \(counts.waived) more \(counts.waived == 1 ? "is" : "are") waived for a time." }
        if let score = assessment.summary.score {
            position += " Its score is \(ReportText.score(score)): each expectation met counts one and each partly met a half, over those that apply and are not waived."
        }
        paragraphs.append(position)
        if let movement = movementSentence { paragraphs.append(movement) }
        if exceptions.isEmpty {
            paragraphs.append("No expectation is rated red.")
        } else {
            let main = exceptions.prefix(3).map { "\($0.rule.id) \(lowerFirst($0.rule.title)) (\($0.lateness))" }
            paragraphs.append("\(exceptions.count) \(exceptions.count == 1 ? "expectation is" : "expectations are") rated red, \(pastDeadlineWords(overdue.count)). The main \(main.count == 1 ? "risk is" : "risks are") \(LeafWords.and(main)).")
            let withRecovery = exceptions.filter { $0.action != nil }.count
            var doing: String
            switch withRecovery {
            case exceptions.count: doing = "Each red expectation has a recovery action with an owner and a date."
            case 0: doing = "No red expectation has a recovery action with an owner and a date yet; each needs one."
            default: doing = "\(withRecovery) of the \(exceptions.count) red expectations \(withRecovery == 1 ? "has" : "have") a recovery action with an owner and a date; the others need one."
            }
            let late = ReportText.overdueActions(assessment)
            if let first = late.first {
                doing += " \(late.count) \(late.count == 1 ? "action is" : "actions are") past \(late.count == 1 ? "its" : "their") due date, among them: \(lowerFirst(first.what)) (\(first.owner ?? "no owner named"), due \(first.due.map(ReportText.long) ?? "with no date"))."
            }
            paragraphs.append(doing)
        }
        paragraphs.append("The Board is asked to take the decisions in section \(decisionsSection), and \(assurance.words.lowercased()) on this position (the rule that sets the level is in appendix F).")
        return paragraphs
    }

    private var movementSentence: String? {
        guard let since else { return nil }
        let from = ReportText.long(since.from.asOf)
        var parts: [String] = []
        let met = newlyMet.count, lapsed = newlyPastDeadline.count, approved = documentsApproved.count
        parts.append("\(met) \(met == 1 ? "expectation has" : "expectations have") become met")
        parts.append("\(lapsed) \(lapsed == 1 ? "has" : "have") passed \(lapsed == 1 ? "its" : "their") deadline without being met")
        parts.append("\(approved) \(approved == 1 ? "document has" : "documents have") been approved or reviewed")
        var sentence = "Since \(from), " + LeafWords.and(parts)
        if let before = since.from.summary.score, let after = since.to.summary.score, before != after {
            sentence += "; the score has moved from \(ReportText.score(before)) to \(ReportText.score(after))"
        }
        return sentence + "."
    }

    // MARK: 2. Since the last board

    /// Rules met now that were not at the last board, as the comparison finds them.
    var newlyMet: [RuleChange] { since?.newlyMet ?? [] }

    var documentsApproved: [ItemChange] { since?.documentsApproved ?? [] }

    /// The section's lines, one per kind of movement, so the paper stays short: what is
    /// newly met is named in full, deadlines by rule (each is in the decisions), documents
    /// by title and date.
    var sinceLines: [String] {
        guard let since else { return [] }
        var lines: [String] = []
        let met = newlyMet
        if !met.isEmpty {
            lines.append("Newly met (\(met.count)): " + met.map { "\($0.id) \(lowerFirst($0.title))" }.joined(separator: "; ") + ".")
        }
        let passed = newlyPastDeadline
        if !passed.isEmpty {
            lines.append("Newly past their deadline and not fully met (\(passed.count)): \(passed.joined(separator: ", ")); each needs a revised date (section \(decisionsSection)).")
        }
        let worse = since.rules.filter { $0.direction == .worsened && !passed.contains($0.id) }
        if !worse.isEmpty {
            lines.append("Worse (\(worse.count)): " + worse.map { "\($0.id) \(lowerFirst($0.title)), \($0.before?.status.words ?? "not applied") to \($0.after?.status.words ?? "not applied")" }.joined(separator: "; ") + ".")
        }
        let documents = documentsApproved
        if !documents.isEmpty {
            // The latest first, six at most: the paper reports movement, not a register.
            let latest = documents.sorted { ($0.after?.approvedOn?.dayNumber ?? 0, $0.id) > ($1.after?.approvedOn?.dayNumber ?? 0, $1.id) }
            let shown = latest.prefix(6).map { item in item.title + (item.after?.approvedOn.map { " (\(ReportText.long($0)))" } ?? "") }
            let more = documents.count - shown.count
            lines.append("Documents approved or reviewed (\(documents.count)): " + shown.joined(separator: "; ")
                + (more > 0 ? "; and \(more) more." : "."))
        }
        for lapse in since.waiversLapsed {
            lines.append("Waiver lapsed on \(ReportText.long(lapse.waiver.expires)): \(lapse.rule) \(lowerFirst(lapse.title)), now \(lapse.status.words).")
        }
        if lines.isEmpty { lines.append("Nothing moved since \(ReportText.long(since.from.asOf)).") }
        return lines
    }

    /// Rules whose deadline passed since the last board without their being met: those the
    /// comparison lists as lapsed, then any other newly overdue, each once.
    var newlyPastDeadline: [String] {
        guard let since else { return [] }
        let lapsed = since.lapsed.map(\.rule)
        return lapsed + since.newlyOverdue.map(\.id).filter { !lapsed.contains($0) }
    }

    // MARK: 3. Exceptions

    /// A red rule as the paper reports it: who answers for it, the gap, the recovery.
    struct Exception {
        let rule: RuleAssessment
        let accountable: String
        let gap: String
        /// The first open action on the rule, by due date.
        let action: PlannedAction?

        var lateness: String {
            if let days = rule.daysOverdue { return "overdue by \(days) day\(days == 1 ? "" : "s")" }
            return rule.deadline.map { "due \(ReportText.long($0))" } ?? "an ongoing duty"
        }

        var recovery: String {
            guard let action else { return "None recorded; appendix A gives the recommended step." }
            var words = "\(action.what) (\(action.owner ?? "no owner named"), due \(action.due.map(ReportText.long) ?? "with no date")"
            if let days = action.daysOverdue { words += ", overdue by \(days) day\(days == 1 ? "" : "s")" }
            return words + ")."
        }
    }

    /// Red rules, most serious first: severity, then days overdue, then the packs' order.
    var exceptions: [Exception] {
        let order = Dictionary(assessment.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return assessment.rules.filter { $0.rag == .red }
            .sorted {
                ($0.severity.rank, -($0.daysOverdue ?? -1), order[$0.id]!) < ($1.severity.rank, -($1.daysOverdue ?? -1), order[$1.id]!)
            }
            .map { rule in
                Exception(rule: rule, accountable: accountableWords(rule), gap: gapSentence(rule),
                          action: rule.actions.first { $0.status == .open })
            }
    }

    /// The rule's first gap in the board's words, and how many more appendix A lists.
    func gapSentence(_ rule: RuleAssessment) -> String {
        guard let first = rule.gaps.first else { return rule.status == .met ? "None." : "Not met." }
        let more = rule.gaps.count - 1
        return BoardText.plain(first) + (more > 0 ? " (\(more) more in appendix A.)" : "")
    }

    // MARK: Accountability

    /// The executives the board seeks assurance from for a rule: its owners as the trust
    /// maps them, or the paper's executive lead when none of its owners is accountable.
    func executives(_ rule: RuleAssessment) -> [String] {
        var result: [String] = []
        for owner in rule.owners {
            if case .executive(let name) = accountability(owner), !result.contains(name) { result.append(name) }
        }
        if result.isEmpty { result.append(particulars.executiveLead?.words ?? "The executive lead") }
        return result
    }

    /// The groups named on a rule that contribute but do not answer to the board.
    func contributors(_ rule: RuleAssessment) -> [String] {
        rule.owners.filter { accountability($0) == .contributor && !Self.isBoard($0) }
    }

    /// Who answers for an owner role: as the trust maps it; unmapped, the board itself
    /// answers to no one (the paper's executive lead does), staff networks and staff side
    /// contribute, and any other role is taken as named, unless the trust keeps a map, in
    /// which case a role left out of it is not accountable.
    func accountability(_ owner: String) -> PaperParticulars.Accountability? {
        if let mapped = particulars.accountability(of: owner) { return mapped }
        let lower = owner.lowercased()
        if Self.isBoard(owner) || lower.contains("staff network") || lower.contains("staff side") { return .contributor }
        return particulars.accountable.isEmpty ? .executive(owner) : .contributor
    }

    func accountableWords(_ rule: RuleAssessment) -> String {
        let contributors = contributors(rule)
        return executives(rule).joined(separator: ", ") + (contributors.isEmpty ? "" : "; with \(LeafWords.and(contributors))")
    }

    // MARK: 4. Decisions

    /// Documents the board itself must approve, each needed by an open rule.
    var approvals: [(document: AwaitedApproval, rule: RuleAssessment)] {
        var seen = Set<String>()
        var result: [(AwaitedApproval, RuleAssessment)] = []
        for rule in assessment.rules where rule.status.isOpen {
            for awaited in rule.awaitingApproval where awaited.by.allSatisfy(Self.isBoard) && seen.insert(awaited.item).inserted {
                result.append((awaited, rule))
            }
        }
        return result
    }

    static func isBoard(_ body: String) -> Bool {
        body.lowercased().split(whereSeparator: { !$0.isLetter }).contains("board")
    }

    /// Rules past their deadline and not fully met: each needs a revised date.
    var overdue: [RuleAssessment] { assessment.rules.filter { $0.daysOverdue != nil } }

    /// Waivers that have lapsed, or lapse before the next board (within the due-soon window).
    var waiverDecisions: [(rule: RuleAssessment, waiver: WaiverStatus)] {
        assessment.rules.compactMap { rule in
            guard let waiver = rule.waiver else { return nil }
            let lapsing = waiver.active && assessment.asOf.days(until: waiver.expires) <= assessment.dueSoonDays
            return waiver.lapsed || lapsing ? (rule, waiver) : nil
        }
    }

    /// What the board is asked, as the recommendation lists it.
    var recommendations: [String] {
        var asks: [String] = []
        for (document, rule) in approvals {
            asks.append("approve \(document.item), \(document.title), which \(rule.id) needs")
        }
        if !overdue.isEmpty {
            asks.append("agree a revised date for each of the \(overdue.count) \(overdue.count == 1 ? "expectation" : "expectations") past \(overdue.count == 1 ? "its" : "their") deadline and not fully met (\(overdue.map(\.id).joined(separator: ", ")))")
        }
        for (rule, waiver) in waiverDecisions {
            asks.append("renew or close the waiver of \(rule.id), which \(waiver.lapsed ? "lapsed" : "lapses") on \(ReportText.long(waiver.expires))")
        }
        asks.append("take \(assurance.words.lowercased()) on the position set out in this paper")
        return asks
    }

    /// A running header for printed pages: whose paper, for which meeting.
    var runningHeader: String {
        var parts = [assessment.organisation, (particulars.meeting.map { "\($0), " } ?? "") + ReportText.long(meetingDate)]
        if let item = particulars.agendaItem { parts.append("Agenda item \(item)") }
        return parts.joined(separator: " · ")
    }

    /// The decisions section, one paragraph each.
    var decisions: [String] {
        var out: [String] = []
        for (document, rule) in approvals {
            var text = "Approve \(document.item), \(document.title), which \(rule.id) needs the Board to approve"
            if let deadline = rule.deadline { text += rule.daysOverdue != nil ? "; its deadline of \(ReportText.long(deadline)) has passed" : " by \(ReportText.long(deadline))" }
            out.append(text + ".")
        }
        if !overdue.isEmpty {
            let named = overdue.map { rule in
                rule.rag == .red ? rule.id : "\(rule.id) (\(executives(rule).joined(separator: ", ")))"
            }
            out.append("Agree a revised date for each of the \(overdue.count) \(overdue.count == 1 ? "expectation" : "expectations") past \(overdue.count == 1 ? "its" : "their") deadline and not fully met, as proposed by the executive accountable for each (named in section 3 for those rated red): \(named.joined(separator: ", ")).")
        }
        for (rule, waiver) in waiverDecisions {
            let when = waiver.lapsed ? "lapsed on" : "lapses on"
            out.append("Renew or close the waiver of \(rule.id) (\(lowerFirst(rule.title))), granted by \(waiver.approvedBy) on \(ReportText.long(waiver.approvedOn)), which \(when) \(ReportText.long(waiver.expires))\(waiver.lapsed ? "; until renewed, \(rule.id) is judged as it stands: \(rule.status.words), \(rule.rag.label)" : ""). Appendix A gives the reason it was granted.")
        }
        out.append("Take \(assurance.words.lowercased()): \(assurance.meaning). The rule that sets the level is in appendix F.")
        return out
    }

    /// The number of the decisions section.
    var decisionsSection: Int { 4 }

    // MARK: Appendices

    struct Appendix {
        let letter: String
        let title: String
    }

    /// The appendices present in this paper, lettered in order.
    var appendices: [Appendix] {
        var titles = ["Rule by rule", "Open gaps by accountable executive"]
        if showsPlan { titles.append(planTitle + ": timeline") }
        if !indicators.isEmpty { titles.append("Figures") }
        titles += ["Evidence relied on", "How RAG, score and assurance are decided", "Readings that are parity's own"]
        let letters = ["A", "B", "C", "D", "E", "F", "G", "H"]
        return zip(letters, titles).map { Appendix(letter: $0, title: $1) }
    }

    func appendix(_ title: String) -> Appendix? {
        appendices.first { $0.title == title || $0.title.hasSuffix(title) }
    }

    /// The plan is shown only where the trust applies the plan pack and sets its start.
    var showsPlan: Bool { plan != nil && planPack != nil }

    var planPack: PackSummary? {
        assessment.packs.first { pack in assessment.rules.contains { $0.pack == pack.info.id && $0.deadlineBasis.hasPrefix("plan") } }
    }

    var planTitle: String { planPack?.info.title ?? "One-year plan to address discrimination" }

    /// Rules red first, then amber, green and the rest, in the packs' order within each.
    var rulesByRating: [RuleAssessment] {
        let order: [RAG] = [.red, .amber, .green, .grey]
        return order.flatMap { rag in assessment.rules.filter { $0.rag == rag } }
    }

    /// Each indicator once (per group), as the first rule that judges it shows it.
    var indicators: [MeasureSummary] {
        var seen = Set<String>()
        return assessment.rules.flatMap(\.measures).filter { seen.insert($0.indicator + "\u{0}" + $0.group).inserted }
    }

    /// The open rules grouped by the executive the board seeks assurance from.
    var byExecutive: [(executive: String, rules: [RuleAssessment])] {
        var groups: [String: [RuleAssessment]] = [:]
        for rule in rulesByRating where rule.status.isOpen {
            for executive in executives(rule) { groups[executive, default: []].append(rule) }
        }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    private func lowerFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension Severity {
    /// High first.
    var rank: Int {
        switch self {
        case .high: return 0
        case .medium: return 1
        case .low: return 2
        }
    }
}
