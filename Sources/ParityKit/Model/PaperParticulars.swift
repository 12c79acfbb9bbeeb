/// What a board paper's cover sheet says about the paper itself: the meeting it goes to,
/// who leads and wrote it, what the board is asked to do with it, and how it links to the
/// trust's objectives and risks. Read from the `paper:` section of `parity.yaml` (or a
/// `--paper` file); every part is optional, and the paper says "not stated" for what is
/// left out rather than inventing it.
public struct PaperParticulars: Hashable, Sendable {
    /// Why the paper comes to the board, as NHS cover sheets classify it.
    public enum Purpose: String, CaseIterable, Hashable, Sendable {
        case approval, assurance, discussion, information
    }

    /// A named person and their role: "Dr A. Patel, Director of People".
    public struct Person: Hashable, Sendable {
        public var name: String
        public var role: String?

        public init(name: String, role: String? = nil) {
            self.name = name
            self.role = role
        }

        public var words: String { role.map { "\(name), \($0)" } ?? name }
    }

    /// A Board Assurance Framework risk the paper bears on.
    public struct Risk: Hashable, Sendable {
        public var reference: String
        public var title: String?

        public init(reference: String, title: String? = nil) {
            self.reference = reference
            self.title = title
        }

        public var words: String { title.map { "\(reference): \($0)" } ?? reference }
    }

    /// A body that saw the paper before the board, and when.
    public struct Consideration: Hashable, Sendable {
        public var body: String
        public var date: CivilDate?

        public init(body: String, date: CivilDate? = nil) {
            self.body = body
            self.date = date
        }
    }

    /// The implications a cover sheet states, one line each; nil is "not stated".
    public struct Implications: Hashable, Sendable {
        public var equality: String?
        public var quality: String?
        public var financial: String?
        public var legal: String?
        public var workforce: String?

        public init(equality: String? = nil, quality: String? = nil, financial: String? = nil,
                    legal: String? = nil, workforce: String? = nil) {
            self.equality = equality
            self.quality = quality
            self.financial = financial
            self.legal = legal
            self.workforce = workforce
        }

        /// In the order cover sheets list them, with their headings.
        public var lines: [(heading: String, text: String?)] {
            [("Equality and diversity", equality), ("Quality and patient safety", quality), ("Financial", financial),
             ("Legal and regulatory", legal), ("Workforce", workforce)]
        }
    }

    /// Who answers to the board for work owned by a role named in the packs: an
    /// accountable executive, or a group that contributes but is not accountable (staff
    /// networks, staff side), from whom the board does not seek assurance.
    public enum Accountability: Hashable, Sendable {
        case executive(String)
        case contributor
    }

    public var meeting: String?
    /// The meeting's date; the paper uses the as-of date when it is not set.
    public var meetingDate: CivilDate?
    public var agendaItem: String?
    public var title: String?
    public var executiveLead: Person?
    public var author: Person?
    /// Set by the trust, or derived: approval when the paper asks a decision, else assurance.
    public var purpose: Purpose?
    public var strategicObjectives: [String]
    public var risks: [Risk]
    public var previouslyConsidered: [Consideration]
    public var implications: Implications
    /// Owner roles as the packs name them ("HR/OD") → who is accountable for them.
    public var accountable: [String: Accountability]
    public var location: SourceLocation?

    public init(meeting: String? = nil, meetingDate: CivilDate? = nil, agendaItem: String? = nil, title: String? = nil,
                executiveLead: Person? = nil, author: Person? = nil, purpose: Purpose? = nil,
                strategicObjectives: [String] = [], risks: [Risk] = [], previouslyConsidered: [Consideration] = [],
                implications: Implications = Implications(), accountable: [String: Accountability] = [:],
                location: SourceLocation? = nil) {
        self.meeting = meeting
        self.meetingDate = meetingDate
        self.agendaItem = agendaItem
        self.title = title
        self.executiveLead = executiveLead
        self.author = author
        self.purpose = purpose
        self.strategicObjectives = strategicObjectives
        self.risks = risks
        self.previouslyConsidered = previouslyConsidered
        self.implications = implications
        self.accountable = accountable
        self.location = location
    }

    /// These particulars with every part `other` sets taken from it: the command line's
    /// options over the file's.
    public func overridden(by other: PaperParticulars) -> PaperParticulars {
        var result = self
        result.meeting = other.meeting ?? meeting
        result.meetingDate = other.meetingDate ?? meetingDate
        result.agendaItem = other.agendaItem ?? agendaItem
        result.title = other.title ?? title
        result.executiveLead = other.executiveLead ?? executiveLead
        result.author = other.author ?? author
        result.purpose = other.purpose ?? purpose
        if !other.strategicObjectives.isEmpty { result.strategicObjectives = other.strategicObjectives }
        if !other.risks.isEmpty { result.risks = other.risks }
        if !other.previouslyConsidered.isEmpty { result.previouslyConsidered = other.previouslyConsidered }
        let mine = implications, theirs = other.implications
        result.implications = Implications(equality: theirs.equality ?? mine.equality, quality: theirs.quality ?? mine.quality,
                                           financial: theirs.financial ?? mine.financial, legal: theirs.legal ?? mine.legal,
                                           workforce: theirs.workforce ?? mine.workforce)
        result.accountable.merge(other.accountable) { _, new in new }
        return result
    }

    /// Who is accountable for an owner role, matched without regard to case.
    public func accountability(of owner: String) -> Accountability? {
        if let exact = accountable[owner] { return exact }
        return accountable.first { $0.key.caseInsensitiveCompare(owner) == .orderedSame }?.value
    }
}
