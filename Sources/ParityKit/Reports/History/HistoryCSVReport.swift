/// The table for spreadsheets: a header of point labels, rows for each point's commit and
/// as-of date, a score row per pack and for all packs (numbers, percent), then a status
/// row per rule. RFC 4180, with formula-like cells made inert.
struct HistoryCSVReport {
    func render(_ history: StatusHistory) -> String {
        var rows: [[String]] = [["row", "pack", "rule", "title"] + history.points.map(\.label)]
        if history.points.contains(where: { $0.commit != nil }) {
            rows.append(["commit", "", "", ""] + history.points.map { $0.commit ?? "" })
        }
        rows.append(["as_of", "", "", ""] + history.points.map(\.asOf.description))
        rows.append(["score", "", "", "All packs"] + history.points.map { number($0.summary.score) })
        for pack in history.packs {
            rows.append(["score", pack.id, "", pack.title] + pack.scores.map(number))
        }
        for rule in history.rules {
            rows.append(["status", rule.pack, rule.id, rule.title] + rule.statuses.map { $0?.rawValue ?? "" })
        }
        return rows.map { $0.map(CSVReport.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private func number(_ score: Double?) -> String {
        guard let score else { return "" }
        return score == score.rounded() ? String(Int(score)) : String(score)
    }
}
