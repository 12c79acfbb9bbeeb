import Foundation

/// The rollup as an Excel workbook for the people who keep the ICB's tracker: a Matrix
/// sheet (a row per rule, a column per organisation, each rating as a word on its fill,
/// then the counts), a Recurring gaps sheet, and an Indicators sheet (a row per
/// organisation × indicator, suppressed figures as "fewer than N cases", and the system's
/// median and spread). Built with the action tracker's SpreadsheetML pieces: inline strings,
/// never formulas.
struct RollupXlsxReport {
    func render(_ rollup: Rollup) -> Data {
        package(rollup).zipped(on: Self.date(rollup))
    }

    /// The package's date: the one as-of date, or the latest when they differ.
    static func date(_ rollup: Rollup) -> CivilDate {
        rollup.asOf ?? rollup.organisations.map(\.asOf).max() ?? CivilDate(year: 1980, month: 1, day: 1)!
    }

    func package(_ rollup: Rollup) -> OfficePackage {
        var package = OfficePackage()
        let title = RollupWords.heading(rollup)
        let sheets = [matrix(rollup, title: title), recurring(rollup, title: title), indicators(rollup, title: title)]
        package.add("[Content_Types].xml", xml: SpreadsheetML.contentTypes(sheets: sheets.count))
        package.add("_rels/.rels", xml: SpreadsheetML.packageRelationships)
        package.add("docProps/core.xml", xml: WordML.core(title: title, date: Self.date(rollup)))
        package.add("docProps/app.xml", xml: WordML.app("parity \(ParityVersion.current)"))
        package.add("xl/workbook.xml", xml: SpreadsheetML.workbook(sheets: sheets, hidden: []))
        package.add("xl/_rels/workbook.xml.rels", xml: SpreadsheetML.workbookRelationships(sheets: sheets.count))
        package.add("xl/styles.xml", xml: SpreadsheetML.styles)
        for (index, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", xml: SpreadsheetML.sheet(sheet))
        }
        return package
    }

    private func matrix(_ rollup: Rollup, title: String) -> SpreadsheetML.Sheet {
        let organisations = rollup.organisations.map(\.label)
        var rows: [[SpreadsheetML.Cell]] = []
        for pack in rollup.packs {
            for rule in rollup.rules where rule.pack == pack.id {
                let cells: [SpreadsheetML.Cell] = rule.cells.map { cell in
                    guard let rag = cell.rag else { return .text("—") }
                    return cell.compared ? .rag(rag) : .text(RollupWords.cell(cell))
                }
                rows.append([.text(rule.pack), .text(rule.id), .text(rule.title)] + cells + [
                    .number(Double(rule.met)), .number(Double(rule.compared)), .number(Double(rule.metByDeadline)),
                    .number(Double(rule.withDeadline)), .number(Double(rule.overdue)),
                    rule.medianDaysOverdue.map { .number($0) } ?? .empty,
                    rule.worstDaysOverdue.map { .number(Double($0)) } ?? .empty, .text(rule.note ?? ""),
                ])
            }
            let scores: [SpreadsheetML.Cell] = rollup.organisations.map { organisation in
                organisation.packs.first { $0.pack == pack.id }?.score.map { .number($0) } ?? .empty
            }
            rows.append([.text(pack.id), .text("score"), .text("\(pack.title) (revisions \(pack.revisions.joined(separator: ", ")))")] + scores)
        }
        let header = ["pack", "rule", "title"] + organisations
            + ["met", "counted", "met_by_deadline", "with_deadline", "overdue", "median_days_overdue", "worst_days_overdue", "note"]
        return Self.sheet("Matrix", header: header, rows: rows,
                                   widths: [14, 10, 48] + organisations.map { _ in 10 } + [8, 8, 8, 8, 8, 10, 10, 40],
                                   title: title + " · Matrix")
    }

    private func recurring(_ rollup: Rollup, title: String) -> SpreadsheetML.Sheet {
        let rows: [[SpreadsheetML.Cell]] = rollup.recurringGaps.map { gap in
            [.text(gap.rule), .text(gap.owners.joined(separator: "; ")), .number(Double(gap.organisations.count)),
             .text(gap.organisations.joined(separator: "; ")), .text(gap.gap)]
        }
        return Self.sheet("Recurring gaps", header: ["rule", "owners", "organisations", "which", "gap"], rows: rows,
                                   widths: [10, 24, 8, 40, 80], title: title + " · Recurring gaps")
    }

    private func indicators(_ rollup: Rollup, title: String) -> SpreadsheetML.Sheet {
        var rows: [[SpreadsheetML.Cell]] = []
        for indicator in rollup.indicators {
            for figure in indicator.figures {
                let value: SpreadsheetML.Cell = figure.suppressed
                    ? .text(RollupWords.suppressed(indicator)) : figure.value.map { .number($0) } ?? .empty
                rows.append([.text(indicator.id), .text(indicator.group), .text(figure.organisation), .text(figure.period ?? ""),
                             value, figure.change.map { .number($0) } ?? .empty, .text(figure.position ?? ""), .text("")])
            }
            rows.append([.text(indicator.id), .text(indicator.group), .text("system"), .text(""),
                         indicator.median.map { .number($0) } ?? .empty, .empty, .text(""),
                         .text(RollupWords.system(indicator) + (indicator.reference.map { ". " + RollupWords.reference($0, indicator) } ?? ""))])
        }
        return Self.sheet("Indicators", header: ["indicator", "group", "organisation", "period", "value", "change", "position", "note"],
                                   rows: rows, widths: [12, 16, 30, 10, 10, 10, 10, 80], title: title + " · Indicators")
    }

    /// A sheet whose columns of 40 characters or more wrap their text.
    private static func sheet(_ name: String, header: [String], rows: [[SpreadsheetML.Cell]], widths: [Double], title: String) -> SpreadsheetML.Sheet {
        SpreadsheetML.Sheet(name: name, columns: zip(header, widths).map { SpreadsheetML.Column(header: $0, width: $1, wraps: $1 >= 40) },
                            rows: rows, title: title)
    }
}
