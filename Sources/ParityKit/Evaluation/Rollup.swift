import Foundation

/// Many organisations' assessments side by side, for an integrated care board, a region or
/// a community of practice: the matrix of organisations × rules, per-rule counts, the gaps
/// that recur across organisations, the indicators against the system's median and the
/// national series, and what moved since an earlier rollup. Pure: built from decoded
/// assessments (`RollupMember`), it reads no file and no clock. Encodes to the JSON of
/// `parity rollup --format json` as it is.
public struct Rollup: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public struct Options: Sendable {
        /// Roll up reports of different as-of dates, showing each organisation's date.
        public var allowMixedDates: Bool
        /// Label organisations A, B, C… and keep their names out of every figure and sentence.
        public var anonymise: Bool
        /// The packs shared by every trust (parity's built-in packs). Anonymised, only these
        /// are rolled up: a trust's own pack is usually named for it (ids, titles, indicators).
        public var sharedPacks: Set<String>

        public init(allowMixedDates: Bool = false, anonymise: Bool = false, sharedPacks: Set<String> = []) {
            self.allowMixedDates = allowMixedDates
            self.anonymise = anonymise
            self.sharedPacks = sharedPacks
        }
    }

    /// What the rollup knows of each indicator beyond the reports: the pack's `min_cases`
    /// and its reference series.
    public struct IndicatorFacts: Sendable {
        public var minCases: Int
        public var reference: IndicatorReference?
        /// The pack that declares the indicator.
        public var pack: String

        public init(minCases: Int, reference: IndicatorReference?, pack: String) {
            self.minCases = minCases
            self.reference = reference
            self.pack = pack
        }
    }

    public struct PackScore: Hashable, Codable, Sendable {
        public var pack: String
        public var revision: String
        @NullEncoded public var score: Double?
    }

    public struct Organisation: Hashable, Codable, Sendable {
        /// The organisation's name, or its letter when anonymised.
        public var label: String
        public var asOf: CivilDate
        public var packs: [PackScore]
    }

    public struct Pack: Hashable, Codable, Sendable {
        public var id: String
        public var title: String
        /// Every revision of the pack the organisations' reports were made with.
        public var revisions: [String]
        public var rules: [String]
    }

    public struct Cell: Hashable, Codable, Sendable {
        public var organisation: String
        /// nil when the organisation does not apply the rule's pack.
        @NullEncoded public var status: RuleStatus?
        @NullEncoded public var rag: RAG?
        @NullEncoded public var daysOverdue: Int?
        /// The pack revision the organisation's verdict was made with.
        @NullEncoded public var revision: String?
        /// False when the rule reads differently in this organisation's pack revision, so
        /// its verdict is shown but left out of the rule's counts.
        public var compared: Bool
    }

    public struct Rule: Hashable, Codable, Sendable {
        public var id: String
        public var pack: String
        public var title: String
        /// One per organisation, in the organisations' order.
        public var cells: [Cell]
        /// Organisations whose verdict is counted: they apply the pack and their revision
        /// states the rule as the compared one does.
        public var compared: Int
        public var met: Int
        /// Of the counted organisations with a deadline for the rule, how many met it by then.
        public var withDeadline: Int
        public var metByDeadline: Int
        public var overdue: Int
        @NullEncoded public var medianDaysOverdue: Double?
        @NullEncoded public var worstDaysOverdue: Int?
        /// Why some verdicts are not counted, when the rule differs between revisions.
        @NullEncoded public var note: String?
    }

    /// The same gap sentence under the same rule in two or more organisations: a system
    /// problem rather than one trust's.
    public struct RecurringGap: Hashable, Codable, Sendable {
        public var rule: String
        public var owners: [String]
        public var gap: String
        public var organisations: [String]
    }

    public struct Figure: Hashable, Codable, Sendable {
        public var organisation: String
        @NullEncoded public var period: String?
        /// nil when suppressed or not computed.
        @NullEncoded public var value: Double?
        @NullEncoded public var previousPeriod: String?
        /// value − the figure of the year before, when both are shown.
        @NullEncoded public var change: Double?
        /// below, within or above the band.
        @NullEncoded public var position: String?
        /// True when the figure rests on fewer cases than the indicator's `min_cases`: it
        /// is shown as "fewer than N" and left out of the median.
        public var suppressed: Bool
        /// "fewer than 10 cases" for a suppressed figure.
        @NullEncoded public var note: String?
    }

    public struct Indicator: Hashable, Codable, Sendable {
        public var id: String
        public var title: String
        public var group: String
        public var unit: String
        public var decimals: Int
        public var better: String
        @NullEncoded public var band: [Double]?
        public var minCases: Int
        /// One per organisation that reports the indicator, in the organisations' order.
        public var figures: [Figure]
        /// How many figures the median and spread rest on (suppressed ones left out).
        public var counted: Int
        @NullEncoded public var median: Double?
        @NullEncoded public var lowest: Double?
        @NullEncoded public var highest: Double?
        @NullEncoded public var reference: IndicatorReference?
    }

    public struct Move: Hashable, Codable, Sendable {
        public var organisation: String
        public var rule: String
        @NullEncoded public var fromStatus: RuleStatus?
        @NullEncoded public var fromRAG: RAG?
        @NullEncoded public var toStatus: RuleStatus?
        @NullEncoded public var toRAG: RAG?

        enum CodingKeys: String, CodingKey {
            case organisation, rule
            case fromStatus = "from_status", fromRAG = "from_rag", toStatus = "to_status", toRAG = "to_rag"
        }
    }

    public struct ScoreChange: Hashable, Codable, Sendable {
        public var organisation: String
        public var pack: String
        @NullEncoded public var from: Double?
        @NullEncoded public var to: Double?
    }

    /// What moved between an earlier rollup and this one.
    public struct Changes: Hashable, Codable, Sendable {
        /// The earlier rollup's as-of date; nil when its reports had mixed dates.
        @NullEncoded public var from: CivilDate?
        public var moves: [Move]
        public var scores: [ScoreChange]
        /// Organisations in only one of the two rollups.
        public var joined: [String]
        public var left: [String]
    }

    public var schemaVersion: Int
    /// The one as-of date of every report; nil when they differ (`--allow-mixed-dates`).
    @NullEncoded public var asOf: CivilDate?
    public var anonymised: Bool
    public var organisations: [Organisation]
    public var packs: [Pack]
    public var rules: [Rule]
    public var recurringGaps: [RecurringGap]
    public var indicators: [Indicator]
    @NullEncoded public var changes: Changes?
    /// Pack revisions that differ between organisations, and what that means for the counts.
    public var notes: [String]

    /// A rollup of `members`, checked: one report per organisation, one as-of date unless
    /// allowed, and, with `previous`, what moved since those reports.
    public static func build(_ members: [RollupMember], previous: [RollupMember]? = nil,
                             facts: [String: IndicatorFacts] = [:], options: Options = Options()) throws -> Rollup {
        guard !members.isEmpty else { throw ParityError("no reports to roll up") }
        var current = try checked(members, options: options, what: "")
        var earlier = try previous.map { try checked($0, options: options, what: "--from ") }
        var ownRules = 0
        if options.anonymise, !options.sharedPacks.isEmpty {
            func shared(_ member: RollupMember) -> RollupMember {
                var member = member
                member.packs = member.packs.filter { options.sharedPacks.contains($0.id) }
                member.rules = member.rules.filter { options.sharedPacks.contains($0.pack) }
                member.figures = member.figures.filter { facts[$0.indicator].map { options.sharedPacks.contains($0.pack) } ?? false }
                return member
            }
            ownRules = Set(current.flatMap { $0.rules.filter { !options.sharedPacks.contains($0.pack) }.map(\.id) }).count
            current = current.map(shared)
            earlier = earlier?.map(shared)
        }
        let entries = labelled(current, earlier: earlier, anonymise: options.anonymise)
        let labels = Dictionary(entries.map { (key($0.organisation), $0.label) }, uniquingKeysWith: { first, _ in first })
        // Longest first, so a name inside another is replaced after it.
        let names = entries.map(\.organisation).sorted { $0.count > $1.count }
        func label(_ member: RollupMember) -> String { labels[key(member.organisation)]! }
        // Looked up once per organisation: the matrix asks for each label once per rule.
        let memberLabels = current.map(label)
        func scrub(_ text: String) -> String {
            guard options.anonymise else { return text }
            var text = text
            for name in names where !name.isEmpty {
                text = text.replacingOccurrences(of: name, with: labels[key(name)]!, options: .caseInsensitive)
            }
            return text
        }

        let dates = Set(current.map(\.asOf))
        var rollup = Rollup(schemaVersion: schemaVersion, asOf: dates.count == 1 ? dates.first : nil,
                            anonymised: options.anonymise, organisations: [], packs: [], rules: [],
                            recurringGaps: [], indicators: [], changes: nil, notes: [])
        if ownRules > 0 {
            rollup.notes.append("Anonymised: the organisations' own packs (\(ownRules) rule\(ownRules == 1 ? "" : "s")) are left out, since a trust's own pack and its indicators usually name it; only parity's built-in packs are rolled up.")
        }
        rollup.organisations = current.map { member in
            Organisation(label: label(member), asOf: member.asOf,
                         packs: member.packs.map { PackScore(pack: $0.id, revision: $0.revision, score: $0.score) })
        }

        // Packs and rules in the order the reports list them.
        var packOrder: [String] = [], packTitles: [String: String] = [:], rulesOfPack: [String: [String]] = [:]
        var ruleInfo: [String: RollupMember.Rule] = [:]
        for member in current {
            for pack in member.packs where packTitles[pack.id] == nil {
                packOrder.append(pack.id)
                packTitles[pack.id] = pack.title
            }
            for rule in member.rules where ruleInfo[rule.id] == nil {
                ruleInfo[rule.id] = rule
                if packTitles[rule.pack] == nil {
                    packOrder.append(rule.pack)
                    packTitles[rule.pack] = rule.pack
                }
                rulesOfPack[rule.pack, default: []].append(rule.id)
            }
        }
        let rulesByMember = current.map { member in Dictionary(member.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        let revisionByMember = current.map { member in Dictionary(member.packs.map { ($0.id, $0.revision) }, uniquingKeysWith: { first, _ in first }) }

        var recurring: [RecurringGap] = []
        for pack in packOrder {
            let revisions = Set(revisionByMember.compactMap { $0[pack] }).sorted()
            rollup.packs.append(Pack(id: pack, title: scrub(packTitles[pack]!), revisions: revisions, rules: rulesOfPack[pack] ?? []))
            if revisions.count > 1 {
                let who = current.indices.compactMap { index in
                    revisionByMember[index][pack].map { "\(memberLabels[index]) \($0)" }
                }
                rollup.notes.append("\(scrub(packTitles[pack]!)) is at different revisions: \(who.joined(separator: ", ")). A rule that reads differently between revisions is counted only across the organisations on the revision most of them use.")
            }
            for id in rulesOfPack[pack] ?? [] {
                let verdicts = current.indices.map { rulesByMember[$0][id] }
                // The revision whose wording is compared: the one most organisations use.
                let definitions = Set(verdicts.compactMap { $0?.definition })
                var comparedRevision: String?
                if definitions.count > 1 {
                    var tally: [String: Int] = [:]
                    for index in current.indices where verdicts[index] != nil {
                        tally[revisionByMember[index][pack] ?? "", default: 0] += 1
                    }
                    comparedRevision = tally.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key
                }
                var rule = Rule(id: id, pack: pack, title: scrub(ruleInfo[id]!.title), cells: [], compared: 0, met: 0,
                                withDeadline: 0, metByDeadline: 0, overdue: 0, medianDaysOverdue: nil,
                                worstDaysOverdue: nil, note: nil)
                var overdueDays: [Int] = []
                var gapOrganisations: [String: [String]] = [:], gapOrder: [String] = [], owners: [String] = []
                for index in current.indices {
                    let revision = revisionByMember[index][pack]
                    guard let verdict = verdicts[index] else {
                        rule.cells.append(Cell(organisation: memberLabels[index], status: nil, rag: nil, daysOverdue: nil,
                                               revision: revision, compared: false))
                        continue
                    }
                    let compared = comparedRevision == nil || revision == comparedRevision
                    rule.cells.append(Cell(organisation: memberLabels[index], status: verdict.status, rag: verdict.rag,
                                           daysOverdue: verdict.daysOverdue, revision: revision, compared: compared))
                    guard compared else { continue }
                    rule.compared += 1
                    if verdict.status == .met { rule.met += 1 }
                    if verdict.deadline != nil {
                        rule.withDeadline += 1
                        if verdict.status == .met && verdict.metOn == nil { rule.metByDeadline += 1 }
                    }
                    if let days = verdict.daysOverdue {
                        rule.overdue += 1
                        overdueDays.append(days)
                    }
                    if verdict.status.isOpen {
                        for owner in verdict.owners where !owners.contains(owner) { owners.append(owner) }
                        var seenGaps: Set<String> = []
                        for gap in verdict.gaps.map(scrub) where seenGaps.insert(gap).inserted {
                            if gapOrganisations[gap] == nil { gapOrder.append(gap) }
                            gapOrganisations[gap, default: []].append(memberLabels[index])
                        }
                    }
                }
                if let comparedRevision {
                    let left = rule.cells.filter { $0.status != nil && !$0.compared }.map(\.organisation)
                    rule.note = "\(id) reads differently between revisions of \(scrub(packTitles[pack]!)); counted only for revision \(comparedRevision), not for \(left.joined(separator: ", "))."
                }
                rule.medianDaysOverdue = median(overdueDays.map(Double.init))
                rule.worstDaysOverdue = overdueDays.max()
                rollup.rules.append(rule)
                for gap in gapOrder where gapOrganisations[gap]!.count > 1 {
                    recurring.append(RecurringGap(rule: id, owners: owners, gap: gap, organisations: gapOrganisations[gap]!))
                }
            }
        }
        // Most widespread first; within a count, in the order of the rules.
        rollup.recurringGaps = recurring.enumerated().sorted {
            $0.element.organisations.count != $1.element.organisations.count
                ? $0.element.organisations.count > $1.element.organisations.count : $0.offset < $1.offset
        }.map(\.element)
        rollup.indicators = indicators(current, label: label, facts: facts).map { indicator in
            var indicator = indicator
            indicator.title = scrub(indicator.title)
            return indicator
        }
        if let earlier {
            rollup.changes = changes(from: earlier, to: current, label: label)
        }
        return rollup
    }

    /// Which label stands for which organisation: what `--key-file` writes.
    public struct KeyEntry: Hashable, Codable, Sendable {
        public var label: String
        public var organisation: String
        public var source: String
    }

    /// The key of the rollup `build` makes of the same members.
    public static func key(_ members: [RollupMember], previous: [RollupMember]? = nil, options: Options = Options()) throws -> [KeyEntry] {
        let current = try checked(members, options: options, what: "")
        let earlier = try previous.map { try checked($0, options: options, what: "--from ") }
        return labelled(current, earlier: earlier, anonymise: options.anonymise)
    }

    /// Names, or letters in the order of the names, with the earlier rollup's leavers after.
    static func labelled(_ current: [RollupMember], earlier: [RollupMember]?, anonymise: Bool) -> [KeyEntry] {
        let everyone = current + (earlier ?? []).filter { old in !current.contains { same($0.organisation, old.organisation) } }
        return everyone.enumerated().map { index, member in
            KeyEntry(label: anonymise ? letters(index) : member.organisation, organisation: member.organisation, source: member.source)
        }
    }

    // MARK: - Checks

    /// Members sorted by name, refused when an organisation appears twice or, unless
    /// allowed, when the as-of dates differ.
    static func checked(_ members: [RollupMember], options: Options, what: String) throws -> [RollupMember] {
        let sorted = members.sorted { key($0.organisation) != key($1.organisation) ? key($0.organisation) < key($1.organisation) : $0.source < $1.source }
        var errors: [ParityError] = []
        for (index, member) in sorted.enumerated() where index > 0 && same(sorted[index - 1].organisation, member.organisation) {
            errors.append(ParityError("\(what)\(member.source) is a second report for \(member.organisation), after \(sorted[index - 1].source); roll up one report per organisation"))
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        var tally: [CivilDate: Int] = [:]
        for member in sorted { tally[member.asOf, default: 0] += 1 }
        if tally.count > 1, !options.allowMixedDates {
            let usual = tally.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let odd = sorted.filter { $0.asOf != usual }.map { "\($0.source) (\($0.organisation)) is as of \($0.asOf)" }
            throw ParityError("\(what)reports are not all as of the same date: most are as of \(usual), but \(odd.joined(separator: "; ")). Make them as of one date (parity gap --as-of), or give --allow-mixed-dates to roll them up with each organisation's date shown")
        }
        return sorted
    }

    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func same(_ lhs: String, _ rhs: String) -> Bool { key(lhs) == key(rhs) }

    /// A, B, … Z, AA, AB, …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var index = index, text = ""
        repeat {
            text = String(alphabet[index % 26]) + text
            index = index / 26 - 1
        } while index >= 0
        return text
    }

    /// The middle value, or the mean of the two middle values; nil for none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    // MARK: - Indicators

    static func indicators(_ members: [RollupMember], label: (RollupMember) -> String,
                           facts: [String: IndicatorFacts]) -> [Indicator] {
        var order: [String] = []
        var byKey: [String: Indicator] = [:]
        for member in members {
            for figure in member.figures {
                let key = figure.indicator + "\u{0}" + figure.group
                let minCases = facts[figure.indicator]?.minCases ?? 10
                if byKey[key] == nil {
                    order.append(key)
                    byKey[key] = Indicator(id: figure.indicator, title: figure.title, group: figure.group, unit: figure.unit,
                                           decimals: figure.decimals, better: figure.better, band: figure.band,
                                           minCases: minCases, figures: [], counted: 0, median: nil, lowest: nil,
                                           highest: nil, reference: facts[figure.indicator]?.reference)
                }
                let latest = figure.latest
                let suppressed = latest?.lowConfidence ?? false
                let previousShown = figure.previous.map { !$0.lowConfidence } ?? false
                let value = suppressed ? nil : latest?.value
                var change: Double?
                if let value, previousShown, let old = figure.previous?.value {
                    change = MeasureNumber.round(value - old, decimals: figure.decimals)
                }
                byKey[key]!.figures.append(Figure(organisation: label(member), period: latest?.period,
                                                  value: value, previousPeriod: figure.previous?.period,
                                                  change: change, position: suppressed ? nil : figure.position,
                                                  suppressed: suppressed,
                                                  note: suppressed ? "fewer than \(minCases) cases" : nil))
            }
        }
        return order.map { key in
            var indicator = byKey[key]!
            let values = indicator.figures.compactMap(\.value)
            indicator.counted = values.count
            indicator.median = median(values).map { MeasureNumber.round($0, decimals: indicator.decimals + 1) }
            indicator.lowest = values.min()
            indicator.highest = values.max()
            return indicator
        }.sorted { String.ruleOrder($0.id, $1.id) || ($0.id == $1.id && $0.group < $1.group) }
    }

    // MARK: - Changes

    static func changes(from earlier: [RollupMember], to current: [RollupMember], label: (RollupMember) -> String) -> Changes {
        let dates = Set(earlier.map(\.asOf))
        var changes = Changes(from: dates.count == 1 ? dates.first : nil, moves: [], scores: [], joined: [], left: [])
        for member in current {
            guard let old = earlier.first(where: { same($0.organisation, member.organisation) }) else {
                changes.joined.append(label(member))
                continue
            }
            let oldRules = Dictionary(old.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var seen: Set<String> = []
            for rule in member.rules {
                seen.insert(rule.id)
                let before = oldRules[rule.id]
                if before?.status != rule.status || before?.rag != rule.rag {
                    changes.moves.append(Move(organisation: label(member), rule: rule.id, fromStatus: before?.status,
                                              fromRAG: before?.rag, toStatus: rule.status, toRAG: rule.rag))
                }
            }
            for rule in old.rules where !seen.contains(rule.id) {
                changes.moves.append(Move(organisation: label(member), rule: rule.id, fromStatus: rule.status,
                                          fromRAG: rule.rag, toStatus: nil, toRAG: nil))
            }
            let oldScores = Dictionary(old.packs.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })
            for pack in member.packs where oldScores[pack.id] != .some(pack.score) {
                changes.scores.append(ScoreChange(organisation: label(member), pack: pack.id, from: oldScores[pack.id] ?? nil, to: pack.score))
            }
        }
        for old in earlier where !current.contains(where: { same($0.organisation, old.organisation) }) {
            changes.left.append(label(old))
        }
        return changes
    }
}
