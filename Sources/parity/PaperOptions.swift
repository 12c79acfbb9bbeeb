import ArgumentParser
import Foundation
import ParityKit

/// The board paper's particulars for one run: a file with the keys of parity.yaml's
/// `paper:` section, and single particulars that override both it and parity.yaml.
struct PaperOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Papers: take the cover sheet's particulars from this YAML file (the keys of parity.yaml's paper: section), over parity.yaml's own.", valueName: "file.yaml"))
    var paper: String?

    @Option(help: ArgumentHelp("Papers: the meeting, e.g. \"Trust Board, meeting in public\".", valueName: "text"))
    var meeting: String?

    @Option(name: .customLong("meeting-date"), help: ArgumentHelp("Papers: the meeting's date (default: the --as-of date).", valueName: "YYYY-MM-DD"))
    var meetingDate: String?

    @Option(name: .customLong("agenda-item"), help: ArgumentHelp("Papers: the agenda item, e.g. 9.2.", valueName: "text"))
    var agendaItem: String?

    @Option(help: ArgumentHelp("Papers: the paper's title.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Papers: what the board is asked to do with the paper: \(PaperParticulars.Purpose.allCases.map(\.rawValue).joined(separator: ", ")) (default: approval when the paper asks a decision, else assurance).", valueName: "purpose"))
    var purpose: PaperParticulars.Purpose?

    @Option(name: .customLong("executive-lead"), help: ArgumentHelp("Papers: the executive lead as \"Name, Role\".", valueName: "text"))
    var executiveLead: String?

    @Option(help: ArgumentHelp("Papers: the author as \"Name, Role\".", valueName: "text"))
    var author: String?

    /// The repository's particulars with the file's and then the options' over them.
    func particulars(over base: PaperParticulars) throws -> PaperParticulars {
        var result = base
        if let paper { result = result.overridden(by: try PaperParticularsReader.read(path: paper)) }
        var given = PaperParticulars()
        given.meeting = meeting
        given.meetingDate = try meetingDate.map { try dateOption($0, flag: "--meeting-date") }
        given.agendaItem = agendaItem
        given.title = title
        given.purpose = purpose
        given.executiveLead = executiveLead.map(Self.person)
        given.author = author.map(Self.person)
        return result.overridden(by: given)
    }

    var isEmpty: Bool {
        paper == nil && meeting == nil && meetingDate == nil && agendaItem == nil && title == nil && purpose == nil
            && executiveLead == nil && author == nil
    }

    /// "Name, Role" → name and role; a name alone has no role.
    static func person(_ text: String) -> PaperParticulars.Person {
        guard let comma = text.firstIndex(of: ",") else { return PaperParticulars.Person(name: text.trimmingCharacters(in: .whitespaces)) }
        return PaperParticulars.Person(name: text[..<comma].trimmingCharacters(in: .whitespaces),
                                       role: text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces))
    }
}

extension PaperParticulars.Purpose: ExpressibleByArgument {}
