/// The rollup as one table: a `cell` row per organisation × rule (the matrix, long form),
/// a `rule` row per rule with its counts, a `recurring_gap` row per recurring gap, a
/// `figure` row per organisation × indicator and an `indicator` row per indicator with the
/// system's median and spread. Same quoting, formula guard and byte-order mark as the gap CSV.
struct RollupCSVReport {
    var bom = true

    static let columns = [
        "kind", "organisation", "as_of", "pack", "revision", "id", "title", "status", "rag", "days_overdue",
        "counted", "pack_score", "met", "met_by_deadline", "with_deadline", "overdue", "median_days_overdue",
        "worst_days_overdue", "period", "value", "change", "position", "median", "lowest", "highest", "note",
    ]

    func render(_ rollup: Rollup) -> String {
        var rows: [[String: String]] = []
        let organisations = Dictionary(rollup.organisations.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in rollup.rules {
            for cell in rule.cells {
                let organisation = organisations[cell.organisation]
                rows.append([
                    "kind": "cell", "organisation": cell.organisation, "as_of": organisation.map { "\($0.asOf)" } ?? "",
                    "pack": rule.pack, "revision": cell.revision ?? "", "id": rule.id, "title": rule.title,
                    "status": cell.status?.rawValue ?? "not_applied", "rag": cell.rag?.rawValue ?? "",
                    "days_overdue": cell.daysOverdue.map(String.init) ?? "", "counted": cell.compared ? "yes" : "no",
                    "pack_score": RollupWords.score(organisation?.packs.first { $0.pack == rule.pack }?.score),
                ])
            }
            rows.append([
                "kind": "rule", "pack": rule.pack, "id": rule.id, "title": rule.title, "counted": String(rule.compared),
                "met": String(rule.met), "met_by_deadline": String(rule.metByDeadline), "with_deadline": String(rule.withDeadline),
                "overdue": String(rule.overdue), "median_days_overdue": rule.medianDaysOverdue.map(RollupWords.number) ?? "",
                "worst_days_overdue": rule.worstDaysOverdue.map(String.init) ?? "", "note": rule.note ?? "",
            ])
        }
        for gap in rollup.recurringGaps {
            rows.append(["kind": "recurring_gap", "organisation": gap.organisations.joined(separator: "; "), "id": gap.rule,
                         "title": gap.owners.joined(separator: "; "), "counted": String(gap.organisations.count), "note": gap.gap])
        }
        for indicator in rollup.indicators {
            let title = "\(indicator.title) (\(indicator.group))"
            for figure in indicator.figures {
                rows.append([
                    "kind": "figure", "organisation": figure.organisation, "id": indicator.id, "title": title,
                    "period": figure.period ?? "",
                    "value": figure.suppressed ? RollupWords.suppressed(indicator) : figure.value.map { RollupWords.format($0, indicator) } ?? "",
                    "change": figure.change.map { RollupWords.signed($0, indicator) } ?? "", "position": figure.position ?? "",
                ])
            }
            rows.append([
                "kind": "indicator", "id": indicator.id, "title": title, "counted": String(indicator.counted),
                "median": indicator.median.map { RollupWords.median($0, indicator) } ?? "",
                "lowest": indicator.lowest.map { RollupWords.format($0, indicator) } ?? "",
                "highest": indicator.highest.map { RollupWords.format($0, indicator) } ?? "",
                "note": indicator.reference.map { RollupWords.reference($0, indicator) } ?? "",
            ])
        }
        var lines = [Self.columns.map(CSVReport.cell).joined(separator: ",")]
        for row in rows {
            lines.append(Self.columns.map { CSVReport.cell(row[$0] ?? "") }.joined(separator: ","))
        }
        return (bom ? CSVReport.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
    }
}
