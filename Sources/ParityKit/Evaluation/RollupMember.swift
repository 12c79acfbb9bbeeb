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

        public init(id: String, title: String, revision: String, score: Double?) {
            self.id = id
            self.title = title
            self.revision = revision
            self.score = score
        }
    }

    /// A figure of one period: all a rollup needs of a report's series point.
    public struct Point: Hashable, Codable, Sendable {
        /// As the report writes it: "2023", "2023/24", "2023/24 Q3".
        public var period: String
        @NullEncoded public var value: Double?
        /// Computed from fewer cases than the indicator's `min_cases` in some group.
        public var lowConfidence: Bool

        public init(period: String, value: Double?, lowConfidence: Bool) {
            self.period = period
            self.value = value
            self.lowConfidence = lowConfidence
        }

        init(_ point: SeriesPoint) {
            self.init(period: point.period.description, value: point.value, lowConfidence: point.lowConfidence)
        }
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
        /// The rule's gaps in words any organisation could share (`SharedGap`): the same gap
        /// at two trusts reads the same though their documents differ.
        public var gaps: [String]

        public init(id: String, pack: String, title: String, definition: String, status: RuleStatus, rag: RAG,
                    deadline: CivilDate?, metOn: CivilDate?, daysOverdue: Int?, owners: [String], gaps: [String]) {
            self.id = id
            self.pack = pack
            self.title = title
            self.definition = definition
            self.status = status
            self.rag = rag
            self.deadline = deadline
            self.metOn = metOn
            self.daysOverdue = daysOverdue
            self.owners = owners
            self.gaps = gaps
        }

        /// What a rule asks and by when, from the words a report gives it.
        public static func definition(title: String, desiredState: String, deadlineBasis: String, severity: String) -> String {
            [title, desiredState, deadlineBasis, severity].joined(separator: "\n")
        }
    }

    public struct Figure: Hashable, Codable, Sendable {
        public var indicator: String
        public var title: String
        public var group: String
        public var unit: String
        public var decimals: Int
        public var better: String
        @NullEncoded public var band: [Double]?
        @NullEncoded public var latest: Point?
        @NullEncoded public var previous: Point?
        @NullEncoded public var position: String?

        public init(indicator: String, title: String, group: String, unit: String, decimals: Int, better: String,
                    band: [Double]?, latest: Point?, previous: Point?, position: String?) {
            self.indicator = indicator
            self.title = title
            self.group = group
            self.unit = unit
            self.decimals = decimals
            self.better = better
            self.band = band
            self.latest = latest
            self.previous = previous
            self.position = position
        }
    }

    public var organisation: String
    public var asOf: CivilDate
    /// The file or folder the member was read from, for messages.
    public var source: String
    public var packs: [Pack]
    public var rules: [Rule]
    public var figures: [Figure]

    public init(organisation: String, asOf: CivilDate, source: String, packs: [Pack], rules: [Rule], figures: [Figure]) {
        self.organisation = organisation
        self.asOf = asOf
        self.source = source
        self.packs = packs
        self.rules = rules
        self.figures = figures
    }

    public init(_ assessment: Assessment, source: String) {
        organisation = assessment.organisation
        asOf = assessment.asOf
        self.source = source
        packs = assessment.packs.map { Pack(id: $0.info.id, title: $0.info.title, revision: $0.info.revision, score: $0.score) }
        let items = assessment.evidenceItems.map { (id: $0.id, title: $0.title) }
        rules = assessment.rules.map { rule in
            let documents = SharedGap.documents(items: items, findings: rule.findings.map { (item: $0.item, message: $0.message) })
            return Rule(id: rule.id, pack: rule.pack, title: rule.title,
                        definition: Rule.definition(title: rule.title, desiredState: rule.desiredState,
                                                    deadlineBasis: rule.deadlineBasis, severity: rule.severity.rawValue),
                        status: rule.status, rag: rule.rag, deadline: rule.deadline, metOn: rule.metOn,
                        daysOverdue: rule.daysOverdue, owners: rule.owners,
                        gaps: rule.gaps.map { SharedGap.words($0, documents: documents) })
        }
        var seen: Set<String> = []
        var figures: [Figure] = []
        for rule in assessment.rules {
            for measure in rule.measures where seen.insert(measure.indicator + "\u{0}" + measure.group).inserted {
                figures.append(Figure(indicator: measure.indicator, title: measure.title, group: measure.group,
                                      unit: measure.unit, decimals: measure.decimals, better: measure.better,
                                      band: measure.band, latest: measure.latest.map(Point.init), previous: measure.previous.map(Point.init),
                                      position: measure.position))
            }
        }
        self.figures = figures
    }
}
