/// Each rule's status and each pack's score over a series of points: "are we getting
/// better?". Built by `build`, a pure function of the snapshots.
public struct StatusHistory: Hashable, Codable, Sendable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    /// As the latest point names it.
    public var organisation: String
    /// The points, earliest first, each with its summary.
    public var points: [PointSummary]
    /// Each pack's score at each point (null where the pack was not applied).
    public var packs: [PackSeries]
    /// Each rule's status and RAG at each point (null where the rule was not applied).
    public var rules: [RuleSeries]
    /// Tags left out, with the reason: no policy repository there, or one that cannot be read.
    public var skipped: [SkippedPoint]
}

public struct PackSeries: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    public var scores: [Double?]
}

public struct RuleSeries: Hashable, Codable, Sendable {
    public var id: String
    public var pack: String
    public var title: String
    public var statuses: [RuleStatus?]
    public var rags: [RAG?]

    /// Whether the rule's status differs from the point before; false at the first point.
    public func changed(at index: Int) -> Bool {
        index > 0 && statuses[index] != statuses[index - 1]
    }
}

extension StatusHistory {
    /// Lines the snapshots up: packs and rules in the latest point's order, then any that
    /// only earlier points applied.
    public static func build(_ series: RevisionSeries) -> StatusHistory {
        build(series.revisions.map(Snapshot.init), skipped: series.skipped)
    }

    public static func build(_ snapshots: [Snapshot], skipped: [SkippedPoint] = []) -> StatusHistory {
        var packIDs: [String] = [], packTitles: [String: String] = [:]
        var ruleIDs: [String] = [], ruleInfo: [String: (pack: String, title: String)] = [:]
        for snapshot in snapshots.reversed() {
            for pack in snapshot.assessment.packs where packTitles[pack.info.id] == nil {
                packIDs.append(pack.info.id)
                packTitles[pack.info.id] = pack.info.title
            }
            for rule in snapshot.assessment.rules where ruleInfo[rule.id] == nil {
                ruleIDs.append(rule.id)
                ruleInfo[rule.id] = (rule.pack, rule.title)
            }
        }
        // Rules grouped by pack, in pack order, keeping each pack's own rule order.
        let orderedRules = packIDs.flatMap { pack in ruleIDs.filter { ruleInfo[$0]!.pack == pack } }
            + ruleIDs.filter { !packIDs.contains(ruleInfo[$0]!.pack) }

        let byPoint = snapshots.map { snapshot in
            Dictionary(snapshot.assessment.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let packs = packIDs.map { id in
            PackSeries(id: id, title: packTitles[id]!, scores: snapshots.map { snapshot in
                snapshot.assessment.packs.first { $0.info.id == id }?.score
            })
        }
        let rules = orderedRules.map { id in
            RuleSeries(id: id, pack: ruleInfo[id]!.pack, title: ruleInfo[id]!.title,
                       statuses: byPoint.map { $0[id]?.status }, rags: byPoint.map { $0[id]?.rag })
        }
        return StatusHistory(schemaVersion: schemaVersion,
                             organisation: snapshots.last?.assessment.organisation ?? "",
                             points: snapshots.map(PointSummary.init), packs: packs, rules: rules, skipped: skipped)
    }
}
