/// What a leaf needs, in the terms a newcomer writes in front matter ("kind data-review",
/// "status approved"), so `parity explain` and the rule reference say the same thing and a
/// describe sentence never hides the concrete keys a document must carry.
public enum LeafNeeds {
    /// The needs of one node; combinators and rule references have none of their own.
    public static func terms(_ condition: Condition, rule: Rule) -> [String] {
        switch condition {
        case .evidence(let leaf): return terms(leaf, rule: rule)
        case .measure(let leaf): return terms(leaf)
        case .all, .any, .not, .atLeast, .rule: return []
        }
    }

    public static func terms(_ leaf: EvidenceLeaf, rule: Rule) -> [String] {
        var terms: [String] = []
        let selection = leaf.selection
        if !selection.kinds.isEmpty { terms.append("kind \(LeafWords.or(selection.kinds))") }
        // Any one tag selects an item, so a list reads "or", never "and"; tags the item must
        // carry together already say it.
        if !selection.tags.isEmpty, !Set(selection.tags).isSubset(of: leaf.withTags) {
            terms.append("tag \(LeafWords.or(selection.tags))")
        }
        if !leaf.withTags.isEmpty { terms.append("tags \(LeafWords.and(leaf.withTags)), all on the one item") }
        switch selection.claims {
        case .thisRule?: terms.append("satisfies: \(rule.id)")
        case .rule(let id)?: terms.append("satisfies: \(id)")
        case nil: break
        }
        // Retired items never count, so with no statuses listed any other status does.
        terms.append(leaf.statuses.isEmpty ? "any status but retired" : "status \(LeafWords.or(leaf.statuses.map(\.rawValue)))")
        if !leaf.approvedBy.isEmpty { terms.append("approved_by \(LeafWords.or(leaf.approvedBy))") }
        if let period = leaf.approvedWithin { terms.append("approved within \(period.words) (\(period))") }
        if let period = leaf.reviewedWithin { terms.append("approved or reviewed within \(period.words) (\(period))") }
        if leaf.approvedByDeadline { terms.append(approvedByDeadline(rule.deadline)) }
        if let response = leaf.respondsTo {
            // "a data-review tagged …" without its article reads as "the latest data-review tagged …".
            let answered = LeafWords.selection(response.selection).split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            terms.append("approved_on on or after the latest \(answered) and within \(response.within.words) of it (\(response.within))")
        }
        if leaf.inReviewDate { terms.append("within its review date (review_due not passed)") }
        if !leaf.characteristics.isEmpty {
            let all = leaf.characteristics.count == ProtectedCharacteristic.allCases.count
            terms.append("characteristics \(all ? "all" : LeafWords.and(leaf.characteristics.map(\.rawValue)))")
        }
        if !leaf.topics.isEmpty { terms.append("topics \(LeafWords.and(leaf.topics))") }
        if leaf.minCount > 1 { terms.append("at least \(leaf.minCount) such items") }
        return terms
    }

    public static func terms(_ leaf: MeasureLeaf) -> [String] {
        var terms: [String] = []
        switch leaf.selection {
        case .indicator(let id): terms.append("indicator \(id)")
        case .tag(let tag, let withTarget):
            terms.append("each indicator tagged \(tag)" + (withTarget ? " that has a reduction target" : ""))
        }
        if let group = leaf.group { terms.append("group \(group)") }
        switch leaf.latest {
        case .inBand?: terms.append("latest figure within the indicator's band")
        case .atMost(let limit)?: terms.append("latest figure at most \(number(limit))")
        case .atLeast(let limit)?: terms.append("latest figure at least \(number(limit))")
        case .between(let low, let high)?: terms.append("latest figure between \(number(low)) and \(number(high))")
        case nil: break
        }
        switch leaf.yearOnYear {
        case .improves?: terms.append("year on year: improves")
        case .notWorse?: terms.append("year on year: no worse")
        case nil: break
        }
        switch leaf.target {
        case .set?: terms.append("target set (baseline, value and date)")
        case .onTrack?: terms.append("target: on track")
        case nil: break
        }
        if !leaf.brokenDownBy.isEmpty { terms.append("broken down by \(LeafWords.and(leaf.brokenDownBy))") }
        if let window = leaf.currentWithin { terms.append("a figure for a period ending within \(window.words) (\(window))") }
        if leaf.optional { terms.append("passed over when the trust keeps no figures") }
        return terms
    }

    /// A relative deadline is named as such: the reference has no plan start to date it by.
    private static func approvedByDeadline(_ deadline: Deadline) -> String {
        switch deadline {
        case .date(let date): return "approved on or before the deadline (\(date))"
        case .planMonths(_, let to): return "approved on or before the deadline (the end of plan month \(to))"
        // The evaluator has no date to hold an ongoing duty to, so the key asks nothing.
        case .ongoing: return "approved_by_deadline (no effect: the rule is ongoing)"
        }
    }

    private static func number(_ value: Double) -> String {
        MeasureNumber.format(value, decimals: 2)
    }
}
