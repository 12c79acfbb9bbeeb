/// What the top of an ICB paper says, counted from the rollup and nothing else: how many
/// organisations and rules, the ratings across the matrix, the rules most often red, and
/// what moved since the earlier rollup. Pure; the papers put it into sentences
/// (`RollupWords.summary`).
public struct RollupSummary: Hashable, Sendable {
    /// A rule and how many organisations rate it red.
    public struct RedRule: Hashable, Sendable {
        public var id: String
        public var title: String
        public var organisations: Int
    }

    /// A rule and how many organisations moved to a rating since the earlier rollup.
    public struct MovedRule: Hashable, Sendable {
        public var id: String
        public var organisations: Int
    }

    /// The moves between the earlier rollup and this one, by the direction of the RAG.
    public struct Moved: Hashable, Sendable {
        public var from: CivilDate?
        /// Ratings that rose (red to amber or green, amber to green) or fell.
        public var improved = 0
        public var worsened = 0
        /// Moves of status within one rating, or into or out of not applicable or waived.
        public var otherwise = 0
        /// Rules that turned red in some organisations, most organisations first.
        public var newlyRed: [MovedRule] = []
        public var newlyGreen: [MovedRule] = []
        public var scoresUp = 0
        public var scoresDown = 0
        public var joined = 0
        public var left = 0
    }

    public var organisations: Int
    public var packs: Int
    public var rules: Int
    /// Ratings across the matrix: one per organisation and rule of a pack it applies.
    public var red = 0, amber = 0, green = 0, grey = 0
    /// Rules past their deadline, unmet, in at least one organisation.
    public var overdueRules = 0
    /// The three rules red in the most organisations, in the rules' order within a count.
    public var mostRed: [RedRule] = []
    public var recurringGaps: Int
    public var moved: Moved?

    /// How many rules `mostRed` names at most.
    public static let mostRedCount = 3

    public init(_ rollup: Rollup) {
        organisations = rollup.organisations.count
        packs = rollup.packs.count
        rules = rollup.rules.count
        recurringGaps = rollup.recurringGaps.count
        var reds: [(rule: Rollup.Rule, count: Int, order: Int)] = []
        for (order, rule) in rollup.rules.enumerated() {
            var redHere = 0
            for cell in rule.cells {
                switch cell.rag {
                case .red?: red += 1; redHere += 1
                case .amber?: amber += 1
                case .green?: green += 1
                case .grey?: grey += 1
                case nil: break
                }
            }
            if rule.overdue > 0 { overdueRules += 1 }
            if redHere > 0 { reds.append((rule, redHere, order)) }
        }
        mostRed = reds.sorted { $0.count != $1.count ? $0.count > $1.count : $0.order < $1.order }
            .prefix(Self.mostRedCount)
            .map { RedRule(id: $0.rule.id, title: $0.rule.title, organisations: $0.count) }
        moved = rollup.changes.map { Self.moved($0, rules: rollup.rules) }
    }

    /// Red below amber below green; not applicable, waived or not assessed have no rank.
    static func rank(_ rag: RAG?) -> Int? {
        switch rag {
        case .red?: return 0
        case .amber?: return 1
        case .green?: return 2
        default: return nil
        }
    }

    static func moved(_ changes: Rollup.Changes, rules: [Rollup.Rule]) -> Moved {
        var moved = Moved(from: changes.from)
        var red: [String: Int] = [:], green: [String: Int] = [:]
        for move in changes.moves {
            if let before = rank(move.fromRAG), let after = rank(move.toRAG), before != after {
                if after > before { moved.improved += 1 } else { moved.worsened += 1 }
            } else {
                moved.otherwise += 1
            }
            if move.toRAG == .red, move.fromRAG != .red { red[move.rule, default: 0] += 1 }
            if move.toRAG == .green, move.fromRAG != .green { green[move.rule, default: 0] += 1 }
        }
        let order = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func ranked(_ tally: [String: Int]) -> [MovedRule] {
            tally.map { MovedRule(id: $0.key, organisations: $0.value) }.sorted {
                if $0.organisations != $1.organisations { return $0.organisations > $1.organisations }
                let (left, right) = (order[$0.id] ?? Int.max, order[$1.id] ?? Int.max)
                return left != right ? left < right : $0.id < $1.id
            }
        }
        moved.newlyRed = ranked(red)
        moved.newlyGreen = ranked(green)
        for score in changes.scores {
            guard let from = score.from, let to = score.to else { continue }
            if to > from { moved.scoresUp += 1 } else if to < from { moved.scoresDown += 1 }
        }
        moved.joined = changes.joined.count
        moved.left = changes.left.count
        return moved
    }
}
