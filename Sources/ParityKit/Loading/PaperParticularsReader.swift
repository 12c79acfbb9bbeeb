/// Reads a board paper's particulars: the `paper:` section of `parity.yaml`, or a file of
/// the same keys given with `--paper` (for one run, or for rollup's system paper).
import Foundation

public enum PaperParticularsReader {
    static let keys = ["meeting", "meeting_date", "agenda_item", "title", "executive_lead", "author", "purpose",
                       "strategic_objectives", "baf_risks", "previously_considered", "implications", "accountable"]
    static let implicationKeys = ["equality", "quality", "financial", "legal", "workforce"]

    /// A `--paper` file, named as the user gave it: errors carry that path, line and column.
    public static func read(path: String) throws -> PaperParticulars {
        try load(text: YAMLDocument.readText(at: URL(fileURLWithPath: path), displayPath: path), file: path)
    }

    /// A `--paper` file: its root mapping holds the keys of `paper:`.
    static func load(text: String, file: String) throws -> PaperParticulars {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ParityError("the paper file is empty; it holds the keys of parity.yaml's paper: section (\(keys.joined(separator: ", ")))", at: .file(file))
        }
        return try read(root)
    }

    static func read(_ value: YAMLValue) throws -> PaperParticulars {
        let map = try value.mapping("paper (the board paper's particulars)")
        try map.checkKeys(keys)
        var paper = PaperParticulars(location: map.location)
        paper.meeting = try map["meeting"]?.string("meeting")
        paper.meetingDate = try map["meeting_date"]?.date("meeting_date")
        paper.agendaItem = try map["agenda_item"]?.string("agenda_item")
        paper.title = try map["title"]?.string("title")
        paper.executiveLead = try map["executive_lead"].map { try person($0, "executive_lead") }
        paper.author = try map["author"].map { try person($0, "author") }
        paper.purpose = try map["purpose"]?.oneOf(PaperParticulars.Purpose.self, "purpose")
        paper.strategicObjectives = try map["strategic_objectives"]?.strings("strategic_objectives") ?? []
        paper.risks = try map["baf_risks"]?.list("baf_risks").map(risk) ?? []
        paper.previouslyConsidered = try map["previously_considered"]?.list("previously_considered").map(consideration) ?? []
        if let value = map["implications"] {
            let implications = try value.mapping("implications")
            try implications.checkKeys(implicationKeys)
            paper.implications = PaperParticulars.Implications(
                equality: try implications["equality"]?.string("equality"),
                quality: try implications["quality"]?.string("quality"),
                financial: try implications["financial"]?.string("financial"),
                legal: try implications["legal"]?.string("legal"),
                workforce: try implications["workforce"]?.string("workforce"))
        }
        if let value = map["accountable"] {
            for pair in try value.mapping("accountable (owner role: accountable executive, or contributor)").pairs {
                let role = try pair.keyValue.string("an owner role")
                let who = try pair.value.string("the executive accountable for \(role)")
                paper.accountable[role] = who.lowercased() == "contributor" ? .contributor : .executive(who)
            }
        }
        return paper
    }

    /// A person as a name alone, or as `{name: …, role: …}`.
    private static func person(_ value: YAMLValue, _ what: String) throws -> PaperParticulars.Person {
        if value.isScalar { return PaperParticulars.Person(name: try value.string(what)) }
        let map = try value.mapping("\(what) (name and role)")
        try map.checkKeys(["name", "role"])
        return PaperParticulars.Person(name: try map.required("name").string("name"), role: try map["role"]?.string("role"))
    }

    /// A BAF risk as a reference alone, or as `{reference: …, title: …}`.
    private static func risk(_ value: YAMLValue) throws -> PaperParticulars.Risk {
        if value.isScalar { return PaperParticulars.Risk(reference: try value.string("a BAF risk")) }
        let map = try value.mapping("a BAF risk (reference and title)")
        try map.checkKeys(["reference", "title"])
        return PaperParticulars.Risk(reference: try map.required("reference").string("reference"), title: try map["title"]?.string("title"))
    }

    /// A body alone, or `{body: …, date: …}`.
    private static func consideration(_ value: YAMLValue) throws -> PaperParticulars.Consideration {
        if value.isScalar { return PaperParticulars.Consideration(body: try value.string("a body that considered the paper")) }
        let map = try value.mapping("a body that considered the paper (body and date)")
        try map.checkKeys(["body", "date"])
        return PaperParticulars.Consideration(body: try map.required("body").string("body"), date: try map["date"]?.date("date"))
    }
}
