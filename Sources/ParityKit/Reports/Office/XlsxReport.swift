import Foundation

/// The action tracker workbook, an action log that goes to owners before each committee:
/// a sheet of actions, one row per action under its stable id, with the columns owners
/// type their updates into (a drop-down for status, dates only in date columns, overdue
/// rows in red); a sheet of rules and one of figures, in words, RAG as a word on its
/// fill; and a hidden sheet, `parity`, with the as-of date, the repository's revision and
/// each action's fingerprint, which `parity import tracker` reads back. Every sheet prints
/// landscape, one page wide, its header on every page. Every string is an inline string,
/// never a formula.
struct XlsxReport {
    /// The git commit the repository was at, when it is in git.
    var revision: String?

    typealias Header = ActionLog.Header

    /// What an owner may choose in Status (owner), as `ActionStatus` spells them.
    static let ownerStatuses = ActionStatus.allCases.map(\.word)

    func render(_ assessment: Assessment) -> Data {
        package(assessment).zipped(on: assessment.asOf)
    }

    func package(_ assessment: Assessment) -> OfficePackage {
        var package = OfficePackage()
        let sheets = [actions(assessment), rules(assessment), figures(assessment)]
        let count = sheets.count + 1
        package.add("[Content_Types].xml", xml: SpreadsheetML.contentTypes(sheets: count))
        package.add("_rels/.rels", xml: SpreadsheetML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: "Action log: \(assessment.organisation) as of \(assessment.asOf)", date: assessment.asOf))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("xl/workbook.xml", xml: SpreadsheetML.workbook(sheets: sheets, hidden: [ActionLog.hiddenSheet]))
        package.add("xl/_rels/workbook.xml.rels", xml: SpreadsheetML.workbookRelationships(sheets: count))
        package.add("xl/styles.xml", xml: SpreadsheetML.styles)
        for (index, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", xml: SpreadsheetML.sheet(sheet))
        }
        package.add("xl/worksheets/sheet\(count).xml", xml: SpreadsheetML.dataSheet(record(assessment)))
        return package
    }

    /// What each printed page is headed with: the trust, the date and the RAG counts.
    private func title(_ assessment: Assessment, _ sheet: String) -> String {
        let c = assessment.summary.counts
        return "\(assessment.organisation) · \(sheet) as of \(ReportText.long(assessment.asOf)) · RAG: \(c.red) red, \(c.amber) amber, \(c.green) green"
    }

    /// Each action once, with every rule it serves (an action on an item that claims two
    /// rules appears under both in the assessment) and the worst RAG among them.
    static func log(_ assessment: Assessment) -> [(action: PlannedAction, rules: [String], rag: RAG)] {
        var order: [String] = []
        var byID: [String: (action: PlannedAction, rules: [String], rag: RAG)] = [:]
        for rule in assessment.rules {
            for action in rule.actions {
                if var entry = byID[action.id] {
                    if !entry.rules.contains(rule.id) { entry.rules.append(rule.id) }
                    entry.rag = min(entry.rag, rule.rag)
                    byID[action.id] = entry
                } else {
                    order.append(action.id)
                    byID[action.id] = (action, [rule.id], rule.rag)
                }
            }
        }
        return order.map { byID[$0]! }
    }

    private func actions(_ assessment: Assessment) -> SpreadsheetML.Sheet {
        typealias Column = SpreadsheetML.Column
        let columns = [
            Column(header: Header.id, width: 10), Column(header: "Action", width: 30, wraps: true),
            Column(header: "Rules", width: 8, wraps: true), Column(header: "Document", width: 18, wraps: true),
            Column(header: "Owner", width: 12, wraps: true), Column(header: "Due", width: 12),
            Column(header: "Status", width: 7), Column(header: "Done on", width: 12),
            Column(header: "Days overdue", width: 8), Column(header: "RAG", width: 7),
            Column(header: Header.update, width: 24, owners: true), Column(header: Header.revisedDue, width: 12, owners: true, date: true),
            Column(header: Header.ownerStatus, width: 9, owners: true), Column(header: Header.ownerDoneOn, width: 12, owners: true, date: true),
            Column(header: Header.updatedBy, width: 10, owners: true), Column(header: Header.baf, width: 9, owners: true),
        ]
        let rows: [[SpreadsheetML.Cell]] = Self.log(assessment).map { entry in
            let action = entry.action
            return [.text(action.id), .text(action.what), .text(entry.rules.joined(separator: ", ")),
                    .text("\(action.itemTitle) (\(action.item))"), .text(action.owner ?? ""),
                    action.due.map { .date($0) } ?? .empty, .text(action.status.word),
                    action.doneOn.map { .date($0) } ?? .empty,
                    action.daysOverdue.map { .number(Double($0)) } ?? .empty, .rag(entry.rag),
                    .empty, .empty, .empty, .empty, .empty, action.bafReference.map { .text($0) } ?? .empty]
        }
        // Red while open and past due, unless its owner marked it done or moved it to a
        // date not yet past: TODAY() keeps the colour true while the log circulates.
        let highlight = "AND($G2=\"\(ActionStatus.open.word)\",$M2<>\"\(ActionStatus.done.word)\",N($F2)>0,IF(N($L2)>0,$L2,$F2)<TODAY())"
        return SpreadsheetML.Sheet(
            name: ActionLog.actionsSheet, columns: columns, rows: rows, title: title(assessment, "Action log"),
            lists: [.init(column: 13, values: Self.ownerStatuses, error: "Choose \(Self.ownerStatuses.joined(separator: " or ")).")],
            highlight: highlight)
    }

    private func rules(_ assessment: Assessment) -> SpreadsheetML.Sheet {
        typealias Column = SpreadsheetML.Column
        let columns = [
            Column(header: "Rule", width: 9), Column(header: "Pack", width: 8), Column(header: "Title", width: 34, wraps: true),
            Column(header: "Status", width: 9), Column(header: "RAG", width: 7), Column(header: "Owners", width: 14, wraps: true),
            Column(header: "Deadline", width: 12), Column(header: "Timing", width: 26, wraps: true),
            Column(header: "Days overdue", width: 8), Column(header: "Gaps", width: 34, wraps: true),
            Column(header: "Open actions", width: 7), Column(header: "Overdue actions", width: 8),
            // On screen and in filters, not on paper: the board reads the columns above.
            Column(header: "Severity", width: 9, printed: false), Column(header: "Deadline as the pack states it", width: 24, printed: false),
            Column(header: "Evidence", width: 24, printed: false), Column(header: "Waiver", width: 40, printed: false),
            Column(header: "Remediation", width: 48, printed: false), Column(header: "Desired state", width: 48, printed: false),
            Column(header: "Figures", width: 48, printed: false), Column(header: "Series", width: 48, printed: false),
        ]
        let rows: [[SpreadsheetML.Cell]] = assessment.rules.map { rule in
            let open = rule.actions.filter { $0.status == .open }
            return [.text(rule.id), .text(rule.pack), .text(rule.title), .text(rule.status.words.capitalisedFirst), .rag(rule.rag),
                    .text(rule.owners.joined(separator: "; ")), rule.deadline.map { .date($0) } ?? .empty,
                    .text(rule.timingWords.capitalisedFirst), rule.daysOverdue.map { .number(Double($0)) } ?? .empty,
                    .text(rule.gaps.joined(separator: "\n")), .number(Double(open.count)),
                    .number(Double(open.filter { $0.daysOverdue != nil }.count)),
                    .text(rule.severity.rawValue.capitalisedFirst), .text(rule.deadlineBasis), .text(rule.evidence.joined(separator: " ")),
                    .text(rule.waiver?.words ?? ""), .text(rule.remediation), .text(rule.desiredState),
                    .text(rule.measures.map(\.words).joined(separator: "\n")),
                    .text(rule.measures.map { "\($0.indicator) (\($0.group)): \($0.seriesWords)" }.joined(separator: "\n"))]
        }
        return SpreadsheetML.Sheet(name: "Rules", columns: columns, rows: rows, title: title(assessment, "Rules"))
    }

    private func figures(_ assessment: Assessment) -> SpreadsheetML.Sheet {
        typealias Column = SpreadsheetML.Column
        let columns = [
            Column(header: "Rule", width: 9), Column(header: "Indicator", width: 10), Column(header: "Group", width: 14, wraps: true),
            Column(header: "Title", width: 30, wraps: true), Column(header: "Period", width: 9), Column(header: "Value", width: 8),
            Column(header: "Unit", width: 6), Column(header: "Low confidence", width: 9),
            Column(header: "What the latest figure shows", width: 45, wraps: true),
            Column(header: "Period end", width: 12, printed: false), Column(header: "Counts", width: 30, printed: false),
            Column(header: "Note", width: 30, printed: false),
        ]
        let rows: [[SpreadsheetML.Cell]] = assessment.rules.flatMap { rule in
            rule.measures.flatMap { measure in
                measure.series.map { point in
                    [.text(rule.id), .text(measure.indicator), .text(measure.group), .text(measure.title),
                     .text(point.period.description), point.value.map { .number($0) } ?? .empty, .text(measure.unit),
                     .text(point.lowConfidence ? "Yes" : "No"), .text(point == measure.latest ? measure.words : ""),
                     .date(point.periodEnd), .text(point.counts ?? ""), .text(point.note ?? "")]
                }
            }
        }
        return SpreadsheetML.Sheet(name: "Figures", columns: columns, rows: rows, title: title(assessment, "Figures"))
    }

    /// The hidden sheet: what the log was written from, then each action's id and the
    /// fingerprint of the action as the repository stated it.
    private func record(_ assessment: Assessment) -> [[String]] {
        var rows = [[ActionLog.marker, ParityVersion.current], ["as_of", assessment.asOf.description],
                    ["revision", revision ?? ""], ["organisation", assessment.organisation], ["action", "fingerprint"]]
        rows += Self.log(assessment).map { [$0.action.id, $0.action.fingerprint] }
        return rows
    }
}

extension String {
    /// The text with its first letter in capitals: "partly met" → "Partly met".
    var capitalisedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
