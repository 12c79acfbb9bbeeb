/// One organisation's assessment as a rollup needs it: who, as of when, which pack
/// revisions, and per rule the verdict, timing, owners and gaps, with the latest figures of
/// each indicator. Built from an `Assessment`, so a trust's JSON report and a repository
/// evaluated on the spot give the same member; it keeps a fraction of the report, so a
/// rollup of hundreds of reports holds little in memory.
public struct RollupMember: Hashable, Codable, Sendable {
    public struct Pack: Hashable, Codable, Sendable {
        public var id: String
        public var title: String
        public var revision: String
        @NullEncoded public var score: Double?
    }

    public struct Rule: Hashable, Codable, Sendable {
        public var id: String
        public var pack: String
        public var title: String
        /// What the rule asks and by when, as the report states it: a rule whose wording
        /// differs between two trusts' reports differs between their pack revisions.
        public var definition: String
        public var status: RuleStatus
        public var rag: RAG
        @NullEncoded public var deadline: CivilDate?
        @NullEncoded public var metOn: CivilDate?
        @NullEncoded public var daysOverdue: Int?
        public var owners: [String]
        public var gaps: [String]
    }

    public struct Figure: Hashable, Codable, Sendable {
        public var indicator: String
        public var title: String
        public var group: String
        public var unit: String
        public var decimals: Int
        public var better: String
        @NullEncoded public var band: [Double]?
        @NullEncoded public var latest: SeriesPoint?
        @NullEncoded public var previous: SeriesPoint?
        @NullEncoded public var position: String?
    }

    public var organisation: String
    public var asOf: CivilDate
    /// The file or folder the member was read from, for messages.
    public var source: String
    public var packs: [Pack]
    public var rules: [Rule]
    public var figures: [Figure]

    public init(_ assessment: Assessment, source: String) {
        organisation = assessment.organisation
        asOf = assessment.asOf
        self.source = source
        packs = assessment.packs.map { Pack(id: $0.info.id, title: $0.info.title, revision: $0.info.revision, score: $0.score) }
        rules = assessment.rules.map { rule in
            Rule(id: rule.id, pack: rule.pack, title: rule.title,
                 definition: [rule.title, rule.desiredState, rule.deadlineBasis, rule.severity.rawValue].joined(separator: "\n"),
                 status: rule.status, rag: rule.rag, deadline: rule.deadline, metOn: rule.metOn,
                 daysOverdue: rule.daysOverdue, owners: rule.owners, gaps: rule.gaps)
        }
        var seen: Set<String> = []
        var figures: [Figure] = []
        for rule in assessment.rules {
            for measure in rule.measures where seen.insert(measure.indicator + "\u{0}" + measure.group).inserted {
                figures.append(Figure(indicator: measure.indicator, title: measure.title, group: measure.group,
                                      unit: measure.unit, decimals: measure.decimals, better: measure.better,
                                      band: measure.band, latest: measure.latest, previous: measure.previous,
                                      position: measure.position))
            }
        }
        self.figures = figures
    }
}
