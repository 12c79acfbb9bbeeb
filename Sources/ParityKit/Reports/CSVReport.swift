import Foundation

/// One row per rule, RFC 4180 (CRLF, quoted where needed), with cells that a spreadsheet
/// would run as a formula made inert. With `bom` (the default) the text opens with a UTF-8
/// byte-order mark: Excel on Windows reads a CSV without one in the system's code page and
/// garbles en-dashes and non-ASCII names; LibreOffice, pandas and Python's `utf-8-sig`
/// read the mark and drop it.
struct CSVReport {
    /// U+FEFF, written in UTF-8 as EF BB BF.
    static let byteOrderMark = "\u{FEFF}"

    var bom = true

    static let columns = [
        "pack", "id", "title", "status", "rag", "owners", "severity", "deadline", "deadline_basis", "timing",
        "days_overdue", "evidence", "gaps", "open_actions", "overdue_actions", "waiver", "remediation", "desired_state",
        "figures", "series",
    ]

    func render(_ assessment: Assessment) -> String {
        var lines = [Self.columns.map(Self.cell).joined(separator: ",")]
        for rule in assessment.rules {
            lines.append(Self.values(rule).map(Self.cell).joined(separator: ","))
        }
        return (bom ? Self.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A rule's row, one value per column as text: the CSV writes it, and the Excel
    /// tracker's Rules sheet types the dates and counts of the same row.
    static func values(_ rule: RuleAssessment) -> [String] {
        let open = rule.actions.filter { $0.status == .open }
        return [
            rule.pack, rule.id, rule.title, rule.status.rawValue, rule.rag.rawValue,
            rule.owners.joined(separator: "; "), rule.severity.rawValue,
            rule.deadline?.description ?? "", rule.deadlineBasis, rule.timingWords,
            rule.daysOverdue.map(String.init) ?? "", rule.evidence.joined(separator: " "),
            rule.gaps.joined(separator: "\n"), String(open.count),
            String(open.filter { $0.daysOverdue != nil }.count), rule.waiver?.words ?? "", rule.remediation, rule.desiredState,
            rule.measures.map { "\($0.indicator) (\($0.group)) \($0.words)" }.joined(separator: "\n"),
            rule.measures.map { "\($0.indicator) (\($0.group)): \($0.seriesWords)" }.joined(separator: "\n"),
        ]
    }

    /// Quotes per RFC 4180 and prefixes `'` to text a spreadsheet would treat as a formula.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
