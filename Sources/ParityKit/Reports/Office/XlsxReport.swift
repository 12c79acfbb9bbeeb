import Foundation

/// The action tracker workbook: a sheet of rules (the CSV's columns, RAG as a word on its
/// fill, deadlines as dates), a sheet of actions (owner, due, status, days overdue, rule)
/// and a sheet of figures, each with a frozen header and filters. Every string is an
/// inline string, never a formula.
struct XlsxReport {
    func render(_ assessment: Assessment) -> Data {
        package(assessment).zipped(on: assessment.asOf)
    }

    func package(_ assessment: Assessment) -> OfficePackage {
        var package = OfficePackage()
        let sheets = ["Rules", "Actions", "Figures"]
        package.add("[Content_Types].xml", xml: SpreadsheetML.contentTypes(sheets: sheets.count))
        package.add("_rels/.rels", xml: SpreadsheetML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: "Action tracker: \(assessment.organisation) as of \(assessment.asOf)", date: assessment.asOf))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("xl/workbook.xml", xml: SpreadsheetML.workbook(sheets: sheets))
        package.add("xl/_rels/workbook.xml.rels", xml: SpreadsheetML.workbookRelationships(sheets: sheets.count))
        package.add("xl/styles.xml", xml: SpreadsheetML.styles)
        package.add("xl/worksheets/sheet1.xml", xml: rules(assessment))
        package.add("xl/worksheets/sheet2.xml", xml: actions(assessment))
        package.add("xl/worksheets/sheet3.xml", xml: figures(assessment))
        return package
    }

    /// What each printed page is headed with: the trust, the date and the RAG counts.
    private func title(_ assessment: Assessment, _ sheet: String) -> String {
        let c = assessment.summary.counts
        return "\(assessment.organisation) · \(sheet) as of \(assessment.asOf) · RAG: \(c.red) red, \(c.amber) amber, \(c.green) green"
    }

    private func rules(_ assessment: Assessment) -> String {
        // The CSV's row, with RAG on its fill, the deadline a date and the day counts numbers.
        let rows: [[SpreadsheetML.Cell]] = assessment.rules.map { rule in
            zip(CSVReport.columns, CSVReport.values(rule)).map { column, value -> SpreadsheetML.Cell in
                switch column {
                case "rag": return .rag(rule.rag)
                case "deadline": return CivilDate(iso: value).map { .date($0) } ?? .empty
                case "days_overdue", "open_actions", "overdue_actions": return Double(value).map { .number($0) } ?? .empty
                default: return .text(value)
                }
            }
        }
        return SpreadsheetML.sheet(header: CSVReport.columns, rows: rows,
                                   widths: [14, 10, 48, 12, 8, 24, 9, 12, 14, 30, 8, 24, 60, 8, 8, 30, 48, 48, 48, 48],
                                   title: title(assessment, "Rules"))
    }

    private func actions(_ assessment: Assessment) -> String {
        let rows: [[SpreadsheetML.Cell]] = assessment.rules.flatMap { rule in
            rule.actions.map { action in
                [.text(rule.id), .text(action.item), .text(action.what), .text(action.owner ?? ""),
                 action.due.map { .date($0) } ?? .empty, .text(action.status.rawValue),
                 action.doneOn.map { .date($0) } ?? .empty,
                 action.daysOverdue.map { .number(Double($0)) } ?? .empty, .rag(rule.rag)]
            }
        }
        return SpreadsheetML.sheet(header: ["rule", "item", "action", "owner", "due", "status", "done_on", "days_overdue", "rule_rag"],
                                   rows: rows, widths: [10, 12, 60, 24, 12, 8, 12, 10, 8], title: title(assessment, "Actions"))
    }

    private func figures(_ assessment: Assessment) -> String {
        let rows: [[SpreadsheetML.Cell]] = assessment.rules.flatMap { rule in
            rule.measures.flatMap { measure in
                measure.series.map { point in
                    [.text(rule.id), .text(measure.indicator), .text(measure.group), .text(measure.title),
                     .text(point.period.description), .date(point.periodEnd), point.value.map { .number($0) } ?? .empty,
                     .text(measure.unit), .text(point.counts ?? ""), .text(point.lowConfidence ? "yes" : "no"),
                     .text(point.note ?? ""), .text(point == measure.latest ? measure.words : "")]
                }
            }
        }
        return SpreadsheetML.sheet(
            header: ["rule", "indicator", "group", "title", "period", "period_end", "value", "unit", "counts", "low_confidence", "note", "latest"],
            rows: rows, widths: [10, 12, 16, 40, 10, 12, 10, 6, 30, 8, 30, 60], title: title(assessment, "Figures"))
    }
}
