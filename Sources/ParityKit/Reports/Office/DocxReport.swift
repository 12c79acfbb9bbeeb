import Foundation

/// The board paper as a Word document, in the board pack's order: the cover and summary
/// with the RAG counts by pack (a table, with each pack's bar as a picture), the decisions
/// asked of the board, current state → gap → desired state per rule with its owners,
/// deadline, findings and action plan, the open gaps by owner, the plan timeline, and the
/// appendix of evidence, packs and how RAG is decided.
///
/// Real Word structure: Title and Heading 1–3 styles (so the navigation pane and a table
/// of contents work), tables with their header row repeated on each page, RAG written as
/// a word on its colour, a header naming the paper and page numbers in the footer. A
/// trust's template replaces the styles, theme, header and footer (`--template`).
struct DocxReport {
    var plan: PlanProgress?
    var template: WordTemplate?

    /// The text width of an A4 page with 2 cm margins, in twentieths of a point.
    private static let textWidth = 9638

    func render(_ assessment: Assessment) -> Data {
        package(assessment).zipped(on: assessment.asOf)
    }

    func package(_ assessment: Assessment) -> OfficePackage {
        var body: [String] = []
        var images: [(name: String, png: [UInt8])] = []
        body += cover(assessment, images: &images)
        body += decisions(assessment)
        body += gaps(assessment)
        body += owners(assessment)
        body += timeline(assessment)
        body += appendix(assessment)

        let title = "Equality gap analysis: \(assessment.organisation)"
        var package = OfficePackage()
        let templateParts = template?.parts ?? [:]
        package.add("[Content_Types].xml", xml: WordML.contentTypes(images: !images.isEmpty || templateParts.keys.contains { $0.hasPrefix("word/media/") },
                                                           template: templateParts))
        package.add("_rels/.rels", xml: WordML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: title, date: assessment.asOf))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("word/document.xml", xml: OfficePackage.declaration
            + "<w:document \(WordML.namespaces)><w:body>" + body.joined() + WordML.section + "</w:body></w:document>")
        package.add("word/_rels/document.xml.rels", xml: WordML.documentRelationships(images: images.map(\.name), template: templateParts))
        package.add("word/styles.xml", xml: WordML.styles)
        package.add("word/numbering.xml", xml: WordML.numbering)
        package.add("word/settings.xml", xml: WordML.settings)
        package.add("word/header1.xml", xml: WordML.header("\(assessment.organisation) · Equality gap analysis as of \(ReportText.long(assessment.asOf))"))
        package.add("word/footer1.xml", xml: WordML.footer("Prepared with parity"))
        for image in images {
            package.add("word/media/\(image.name)", data: Data(image.png))
        }
        // The trust's template wins over parity's own styles, header and footer.
        for (path, data) in templateParts.sorted(by: { $0.key < $1.key }) {
            package.add(path, data: data)
        }
        return package
    }

    // MARK: 1. Cover and summary

    private func cover(_ assessment: Assessment, images: inout [(name: String, png: [UInt8])]) -> [String] {
        let summary = assessment.summary, counts = summary.counts
        var out: [String] = []
        out.append(WordML.text("Board paper · Equality, diversity and inclusion", style: "Subtitle"))
        out.append(WordML.text("Equality gap analysis: \(assessment.organisation)", style: "Title"))
        out.append(WordML.text("As of \(ReportText.long(assessment.asOf)). Prepared with parity from the trust's policy repository.", style: "Subtitle"))
        out.append(WordML.heading("1. Summary", level: 1))
        out.append(WordML.text(ReportText.summary(assessment)))
        if let plan = ReportText.planMonth(assessment) { out.append(WordML.text(plan)) }
        let overdueActions = ReportText.overdueActions(assessment).count
        out.append(WordML.text("RAG: \(counts.red) red, \(counts.amber) amber, \(counts.green) green\(counts.grey > 0 ? ", \(counts.grey) not applicable or waived" : ""). \(summary.overdue) \(summary.overdue == 1 ? "rule" : "rules") past deadline and not met; \(overdueActions) overdue \(overdueActions == 1 ? "action" : "actions"); score \(ReportText.score(summary.score)).", bold: true))

        out.append(WordML.heading("RAG ratings and scores by pack", level: 2))
        var rows: [[WordML.Cell]] = []
        for (index, pack) in assessment.packs.enumerated() {
            let c = pack.counts
            let name = "parity-rag-\(index + 1).png"
            images.append((name, RAGBarPNG(counts: c).render()))
            let words = "\(pack.info.title): \(c.red) red, \(c.amber) amber, \(c.green) green, \(c.grey) not applicable"
            let drawing = WordML.picture(relationship: "rIdImage\(images.count)", id: images.count, name: name,
                                         description: words, widthEMU: 1_440_000, heightEMU: 144_000)
            rows.append([WordML.Cell(pack.info.title), WordML.Cell(String(pack.rules)), WordML.Cell(String(c.red)),
                         WordML.Cell(String(c.amber)), WordML.Cell(String(c.green)), WordML.Cell(String(c.grey)),
                         WordML.Cell(ReportText.score(pack.score)), .picture(drawing)])
        }
        rows.append([WordML.Cell("All packs", bold: true), WordML.Cell(String(summary.rules), bold: true),
                     WordML.Cell(String(counts.red), bold: true), WordML.Cell(String(counts.amber), bold: true),
                     WordML.Cell(String(counts.green), bold: true), WordML.Cell(String(counts.grey), bold: true),
                     WordML.Cell(ReportText.score(summary.score), bold: true), WordML.Cell("")])
        out.append(WordML.table(header: ["Pack", "Rules", "Red", "Amber", "Green", "N/A", "Score", "RAG"],
                                rows: rows, widths: [3038, 700, 700, 800, 800, 700, 900, 2000]))
        out.append(WordML.text("Each bar counts the pack's rules by rating: red hatched, amber dotted, green solid, N/A cross-hatched; the numbers are on the bars and in the table.", style: "Caption"))

        let overdue = assessment.rules.filter { $0.daysOverdue != nil }
        out.append(WordML.heading("Past their deadline and not met", level: 2))
        if overdue.isEmpty {
            out.append(WordML.text("Nothing is past its deadline."))
        } else {
            out.append(WordML.table(
                header: ["Rule", "Expectation", "RAG", "Owners", "Deadline", "Overdue by"],
                rows: overdue.map { rule in
                    let days = rule.daysOverdue ?? 0
                    return [WordML.Cell(rule.id, bold: true), WordML.Cell(rule.title), .rag(rule.rag),
                            WordML.Cell(rule.owners.joined(separator: ", ")),
                            WordML.Cell(rule.deadline.map { ReportText.long($0) } ?? "–"), WordML.Cell("\(days) day\(days == 1 ? "" : "s")")]
                },
                widths: [1100, 3738, 900, 1700, 1300, 900]))
        }
        let waivers = assessment.rules.filter { $0.waiver != nil }
        if !waivers.isEmpty {
            out.append(WordML.heading("Waivers", level: 2))
            out.append(WordML.table(
                header: ["Rule", "Expectation", "RAG", "Waiver"],
                rows: waivers.map { [WordML.Cell($0.id, bold: true), WordML.Cell($0.title), .rag($0.rag), WordML.Cell(waiverWords($0.waiver!))] },
                widths: [1100, 3738, 900, 3900]))
        }
        return out
    }

    // MARK: 2. Decisions

    private func decisions(_ assessment: Assessment) -> [String] {
        var asks = ["Note the position as of \(ReportText.long(assessment.asOf)): \(ReportText.summary(assessment))"]
        let overdue = assessment.rules.filter { $0.daysOverdue != nil }
        if !overdue.isEmpty {
            let owners = Array(Set(overdue.flatMap(\.owners))).sorted()
            asks.append("Seek assurance from \(owners.joined(separator: ", ")) on the \(overdue.count) \(overdue.count == 1 ? "expectation" : "expectations") past \(overdue.count == 1 ? "its" : "their") deadline (\(overdue.map(\.id).joined(separator: ", "))), and agree the date by which each will be met.")
        }
        let overdueActions = ReportText.overdueActions(assessment)
        if !overdueActions.isEmpty {
            asks.append("Note the \(overdueActions.count) \(overdueActions.count == 1 ? "action" : "actions") past \(overdueActions.count == 1 ? "its" : "their") due date, listed under each expectation in section 3, and ask \(overdueActions.count == 1 ? "its owner" : "their owners") for revised dates.")
        }
        let waived = assessment.rules.filter { $0.waiver != nil }
        if !waived.isEmpty {
            asks.append("Note the \(waived.count) \(waived.count == 1 ? "waiver" : "waivers") recorded and when each expires.")
        }
        return [WordML.heading("2. Decisions asked of the board", level: 1), WordML.text("The board is asked to:")] + WordML.bullets(asks)
    }

    // MARK: 3. Current state, gap and desired state

    private func gaps(_ assessment: Assessment) -> [String] {
        var out = [WordML.heading("3. Current state, gap and desired state", level: 1)]
        for pack in assessment.packs {
            out.append(WordML.heading(pack.info.title, level: 2))
            out.append(WordML.text("Pack \(pack.info.id), revision \(pack.info.revision). Score \(ReportText.score(pack.score)). Source: \(pack.info.source).", style: "Caption"))
            for rule in assessment.rules where rule.pack == pack.info.id {
                out += self.rule(rule)
            }
        }
        return out
    }

    private func rule(_ rule: RuleAssessment) -> [String] {
        var out = [WordML.heading("\(rule.id) \(rule.title)", level: 3)]
        var deadline = rule.timingWords
        if rule.deadlineBasis.hasPrefix("plan") { deadline += " (\(rule.deadlineBasis))" }
        out.append(WordML.table(header: ["RAG", "Status", "Owners", "Deadline", "Severity"],
                                rows: [[.rag(rule.rag), WordML.Cell(rule.status.words), WordML.Cell(rule.owners.joined(separator: ", ")),
                                        WordML.Cell(deadline), WordML.Cell(rule.severity.rawValue)]],
                                widths: [900, 1300, 2400, 4038, 1000]))
        if let reason = rule.notApplicableReason { out.append(WordML.text("Not applicable: \(reason)")) }
        if let waiver = rule.waiver { out.append(WordML.text("Waiver: \(waiverWords(waiver))")) }
        if !rule.measures.isEmpty {
            out.append(WordML.text("Figures", bold: true))
            out += WordML.bullets(rule.measures.map { measure in
                "\(measure.indicator) (\(measure.group)) \(measure.title): \(measure.words).\(measure.breakdownWords.map { " \($0)." } ?? "") Series: \(measure.seriesWords)."
            })
        }
        out.append(WordML.text("Current state", bold: true))
        out += rule.currentState.isEmpty ? [WordML.text(ReportText.nothingQualifies(rule))] : WordML.bullets(rule.currentState)
        out.append(WordML.text("Gap", bold: true))
        switch rule.status {
        case .notApplicable: out.append(WordML.text("None: the rule does not apply to this trust."))
        case .met: out.append(WordML.text("None: the evidence condition holds."))
        case .waived: out.append(WordML.text("Waived\(rule.waiver.map { " until \(ReportText.long($0.expires))" } ?? ""): the gap below is accepted for now."))
        case .partial, .notMet: break
        }
        out += WordML.bullets(rule.gaps)
        if !rule.findings.isEmpty {
            out.append(WordML.text("Evidence that does not qualify:"))
            out += WordML.bullets(rule.findings.map { "\($0.message) (\($0.location))" })
        }
        out.append(WordML.text("Desired state", bold: true))
        out.append(WordML.text(rule.desiredState))
        if rule.status.isOpen || !rule.actions.isEmpty {
            out.append(WordML.text("Action plan", bold: true))
        }
        if rule.status.isOpen {
            out.append(WordML.paragraph(WordML.run("Recommended: ", bold: true) + WordML.run(rule.remediation)))
        }
        if !rule.actions.isEmpty {
            out.append(WordML.table(
                header: ["Action", "Owner", "Due", "Status", "From"],
                rows: rule.actions.map { action in
                    [WordML.Cell(action.what), WordML.Cell(action.owner ?? "No owner"),
                     WordML.Cell(action.due.map { ReportText.long($0) } ?? "No due date"),
                     WordML.Cell(actionStatus(action), bold: action.daysOverdue != nil && action.status == .open), WordML.Cell(action.item)]
                },
                widths: [3838, 1600, 1400, 1600, 1200]))
        }
        out.append(WordML.text("Source: \(rule.source).", style: "Caption"))
        return out
    }

    // MARK: 4. Owners

    private func owners(_ assessment: Assessment) -> [String] {
        var out = [WordML.heading("4. Open gaps by owner", level: 1),
                   WordML.text("Each owner named on a rule that is not yet met, with the rules they must act on, red first.")]
        if assessment.owners.isEmpty { out.append(WordML.text("No open gaps.")) }
        for owner in assessment.owners {
            out.append(WordML.heading(owner.owner, level: 2))
            out.append(WordML.table(
                header: ["Rule", "Expectation", "RAG", "Status", "Deadline"],
                rows: owner.gaps.map { [WordML.Cell($0.rule, bold: true), WordML.Cell($0.title), .rag($0.rag), WordML.Cell($0.status.words), WordML.Cell($0.timing)] },
                widths: [1100, 4238, 900, 1300, 2100]))
        }
        return out
    }

    // MARK: 5. Timeline

    private func timeline(_ assessment: Assessment) -> [String] {
        var out = [WordML.heading("5. One-year plan timeline", level: 1)]
        if let month = ReportText.planMonth(assessment) { out.append(WordML.text(month)) }
        guard let plan else {
            out.append(WordML.text(assessment.planStart == nil
                ? "The timeline is not available: this repository sets no plan start (plan_start in parity.yaml), so there is no one-year plan to draw."
                : "The timeline is not available in this report."))
            return out
        }
        out.append(WordML.text(PhaseWords.headline(plan)))
        out.append(WordML.table(
            header: ["Phase", "Window", "Status", "Done"],
            rows: plan.phases.map { phase in
                [WordML.Cell("\(phase.id) \(phase.title)", bold: phase.id == plan.expectedPhase), WordML.Cell(PhaseWords.window(phase)),
                 WordML.Cell(PhaseWords.status(phase.status)), WordML.Cell(PhaseWords.counts(phase))]
            },
            widths: [3638, 2600, 1600, 1800]))
        return out
    }

    // MARK: 6. Appendix

    private func appendix(_ assessment: Assessment) -> [String] {
        var out = [WordML.pageBreak, WordML.heading("6. Appendix", level: 1), WordML.heading("A. Evidence items used", level: 2)]
        if assessment.evidenceItems.isEmpty {
            out.append(WordML.text("No rule in this report rests on an evidence item."))
        } else {
            out.append(WordML.text("The items the met requirements rest on, as they stood on \(ReportText.long(assessment.asOf)). Evidence dated after the as-of date is not counted."))
            func day(_ date: CivilDate?) -> String { date.map { ReportText.long($0) } ?? "–" }
            out.append(WordML.table(
                header: ["Item", "Title", "Kind", "Approved", "Review due", "Relied on for"],
                rows: assessment.evidenceItems.map { item in
                    var approved = item.approvedOn == nil ? item.status.rawValue : day(item.approvedOn)
                    if item.approvedOn != nil, let by = item.approvedBy { approved += " by \(by)" }
                    return [WordML.Cell(item.id, bold: true), WordML.Cell(item.title), WordML.Cell(item.kind), WordML.Cell(approved),
                            WordML.Cell(day(item.reviewDue)), WordML.Cell(item.rules.joined(separator: ", "))]
                },
                widths: [1100, 2938, 1000, 1900, 1300, 1400]))
        }
        out.append(WordML.heading("B. Rule packs", level: 2))
        out.append(WordML.table(
            header: ["Pack", "Title", "Revision", "Rules", "Source"],
            rows: assessment.packs.map { [WordML.Cell($0.info.id, bold: true), WordML.Cell($0.info.title), WordML.Cell($0.info.revision),
                                          WordML.Cell(String($0.rules)), WordML.Cell("\($0.info.source) (\($0.info.file))")] },
            widths: [1500, 3038, 1000, 700, 3400]))
        out.append(WordML.heading("C. How RAG is decided", level: 2))
        out.append(WordML.text("Each rule gets a status from its evidence and a timing from its deadline and the as-of date; the RAG rating follows from both. An advisory rule (severity low) is at most amber. A pack's score is (met + ½ × partly met) ÷ the rules that apply and are not waived."))
        let timings: [(Timing.State, String)] = [(.noDeadline, "No deadline"), (.notYetDue, "Not yet due"), (.dueSoon, "Due soon"), (.passed, "Passed")]
        out.append(WordML.table(
            header: ["Status"] + timings.map(\.1),
            rows: RuleStatus.allCases.map { status in
                [WordML.Cell(status.words, bold: true)] + timings.map { .rag(RAG.rating(status: status, timing: $0.0)) }
            },
            widths: [2038, 1900, 1900, 1900, 1900]))
        return out
    }

    // MARK: Helpers

    private func actionStatus(_ action: PlannedAction) -> String {
        if action.status == .done { return "Done" + (action.doneOn.map { " \(ReportText.long($0))" } ?? "") }
        if let days = action.daysOverdue { return "OVERDUE by \(days) day\(days == 1 ? "" : "s")" }
        return "Open"
    }

    private func waiverWords(_ waiver: WaiverStatus) -> String {
        waiver.words + (waiver.selfApproved ? " Approved by an owner of the rule it waives." : "")
    }
}
