/// A cover sheet's rows in the order NHS cover sheets use, for the trust's paper and the
/// system's alike: the particulars the trust states ("Not stated" where it does not) with
/// the parts each paper generates (summary, recommendation, assurance) in their places.
enum CoverSheet {
    static let notStated = "Not stated"

    /// What a paper generates for its cover sheet; nil leaves the row out.
    struct Generated {
        var date: CivilDate?
        var title: String
        var purpose: String
        var summary: String
        var recommendation: String
        var assurance: String?
        var appendices: String?
    }

    static func rows(_ particulars: PaperParticulars, _ generated: Generated) -> [(label: String, text: String)] {
        var rows: [(label: String, text: String)] = []
        rows.append(("Meeting", particulars.meeting ?? notStated))
        rows.append(("Date", (particulars.meetingDate ?? generated.date).map(ReportText.long) ?? notStated))
        rows.append(("Agenda item", particulars.agendaItem ?? notStated))
        rows.append(("Title", generated.title))
        rows.append(("Executive lead", particulars.executiveLead?.words ?? notStated))
        rows.append(("Author", particulars.author?.words ?? notStated))
        rows.append(("Purpose", generated.purpose))
        rows.append(("Executive summary", generated.summary))
        rows.append(("Recommendation", generated.recommendation))
        if let assurance = generated.assurance { rows.append(("Level of assurance", assurance)) }
        rows.append(("Link to strategic objectives", particulars.strategicObjectives.isEmpty ? notStated : particulars.strategicObjectives.joined(separator: "; ")))
        rows.append(("Board Assurance Framework risks", particulars.risks.isEmpty ? notStated : particulars.risks.map(\.words).joined(separator: "; ")))
        for line in particulars.implications.lines {
            rows.append(("Implications: \(line.heading.lowercased())", line.text ?? notStated))
        }
        rows.append(("Previously considered by", particulars.previouslyConsidered.isEmpty ? "None"
            : particulars.previouslyConsidered.map { $0.body + ($0.date.map { ", \(ReportText.long($0))" } ?? "") }.joined(separator: "; ")))
        if let appendices = generated.appendices { rows.append(("Appendices", appendices)) }
        return rows
    }
}
