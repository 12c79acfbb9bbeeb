/// The plain English a leaf explains itself in.
enum LeafWords {
    /// What the leaf looks for: its `describe`, or words built from its constraints.
    static func sought(_ leaf: EvidenceLeaf, rule: Rule) -> String {
        if let describe = leaf.describe { return describe }
        let noun = leaf.selection.kinds.isEmpty ? "item" : or(leaf.selection.kinds)
        let adjective = leaf.statuses.isEmpty ? "" : or(leaf.statuses.map(\.rawValue)) + " "
        let phrase = adjective + noun
        let lead = leaf.selection.kinds.count == 1 && pluralKinds.contains(noun.lowercased()) ? "" : article(phrase) + " "
        var words = leaf.minCount > 1 ? "at least \(leaf.minCount) \(adjective)\(plural(noun))" : lead + phrase
        var qualifiers: [String] = []
        if !leaf.selection.tags.isEmpty { qualifiers.append("tagged \(or(leaf.selection.tags))") }
        switch leaf.selection.claims {
        case .thisRule?: qualifiers.append("claiming \(rule.id)")
        case .rule(let id)?: qualifiers.append("claiming \(id)")
        case nil: break
        }
        if !leaf.approvedBy.isEmpty { qualifiers.append("approved by \(or(leaf.approvedBy))") }
        if let period = leaf.approvedWithin { qualifiers.append("approved in the last \(period.words)") }
        if let period = leaf.reviewedWithin { qualifiers.append("approved or reviewed in the last \(period.words)") }
        if leaf.approvedByDeadline { qualifiers.append("approved by the deadline") }
        if leaf.inReviewDate { qualifiers.append("within its review date") }
        if !leaf.characteristics.isEmpty { qualifiers.append("covering \(characteristics(leaf.characteristics))") }
        if !leaf.topics.isEmpty { qualifiers.append("covering \(and(leaf.topics))") }
        if !leaf.withTags.isEmpty { qualifiers.append("tagged \(and(leaf.withTags)) together") }
        if let response = leaf.respondsTo {
            qualifiers.append("agreed within \(response.within.words) after the latest \(selection(response.selection).split(separator: " ", maxSplits: 1).last ?? "")")
        }
        if !qualifiers.isEmpty { words += ", " + qualifiers.joined(separator: ", ") }
        return words
    }

    /// What a selection picks out, without a leaf's constraints: "a data-review tagged inconsistency-found".
    static func selection(_ selection: EvidenceSelection) -> String {
        let noun = selection.kinds.isEmpty ? "item" : or(selection.kinds)
        let lead = selection.kinds.count == 1 && pluralKinds.contains(noun.lowercased()) ? "" : article(noun) + " "
        return lead + noun + (selection.tags.isEmpty ? "" : " tagged \(or(selection.tags))")
    }

    /// One item as evidence found, in words: "RPT-002 WRES report (data review, approved
    /// 2023-09-28 by People Committee)".
    static func found(_ item: EvidenceItem) -> String {
        var facts = [plain(item.kind)]
        if item.status == .approved, let approved = item.approvedOn {
            facts.append("approved \(approved)" + (item.approvedBy.map { " by \($0)" } ?? ""))
        } else {
            facts.append(item.status.rawValue)
        }
        if let reviewed = item.lastReviewed { facts.append("reviewed \(reviewed)") }
        return "\(item.id) \(item.title) (\(facts.joined(separator: ", ")))"
    }

    static func characteristics(_ list: [ProtectedCharacteristic]) -> String {
        list.count == ProtectedCharacteristic.allCases.count
            ? "all nine protected characteristics"
            : and(list.map(\.rawValue))
    }

    /// The characteristics as a board writes them: "sexual orientation", not "sexual-orientation".
    static func characteristicWords(_ list: [ProtectedCharacteristic]) -> String {
        list.count == ProtectedCharacteristic.allCases.count
            ? "all nine protected characteristics"
            : and(list.map { plain($0.rawValue) })
    }

    /// A front-matter value in words: "inconsistency-found" reads "inconsistency found".
    static func plain(_ value: String) -> String {
        String(value.map { $0 == "-" ? " " : $0 })
    }

    static func words(_ status: ItemStatus) -> String {
        switch status {
        case .draft: return "a draft"
        case .approved: return "approved"
        case .retired: return "withdrawn"
        }
    }

    static func or(_ words: [String]) -> String { join(words, "or") }
    static func and(_ words: [String]) -> String { join(words, "and") }

    private static func join(_ words: [String], _ conjunction: String) -> String {
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
        }
    }

    static func article(_ phrase: String) -> String {
        guard let first = phrase.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// Kinds that are plural nouns take no article: "minutes", not "a minutes".
    static let pluralKinds: Set<String> = ["minutes", "terms-of-reference", "records", "notes"]

    /// A kind with its article: "an action-plan", "a policy", "minutes".
    static func articled(kind: String) -> String {
        pluralKinds.contains(kind.lowercased()) ? kind : article(kind) + " " + kind
    }

    /// An item as a rule's selection sees it: "a policy tagged grievance, harassment".
    static func describe(_ item: EvidenceItem) -> String {
        let tags = item.tags.isEmpty ? " with no tags" : " tagged " + item.tags.joined(separator: ", ")
        return articled(kind: item.kind) + tags
    }

    private static func plural(_ noun: String) -> String {
        if pluralKinds.contains(noun.lowercased()) { return noun }
        return noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
    }
}

extension LeafWords {
    /// What a condition over figures asks for, for `parity explain`.
    static func sought(_ leaf: MeasureLeaf) -> String {
        if let describe = leaf.describe { return describe.prefix(1).uppercased() + describe.dropFirst() }
        let what: String
        switch leaf.selection {
        case .indicator(let id): what = "\(id)\(leaf.group.map { " (\($0))" } ?? "")"
        case .tag(let tag, let withTarget): what = "Each indicator tagged \(tag)\(withTarget ? " that has a reduction target" : "")"
        }
        var needs: [String] = []
        switch leaf.latest {
        case .inBand?: needs.append("latest figure within its non-adverse range")
        case .atMost(let limit)?: needs.append("latest figure at most \(MeasureNumber.format(limit, decimals: 2))")
        case .atLeast(let limit)?: needs.append("latest figure at least \(MeasureNumber.format(limit, decimals: 2))")
        case .between(let low, let high)?: needs.append("latest figure between \(MeasureNumber.format(low, decimals: 2)) and \(MeasureNumber.format(high, decimals: 2))")
        case nil: break
        }
        switch leaf.yearOnYear {
        case .improves?: needs.append("improving year on year")
        case .notWorse?: needs.append("no worse than a year earlier")
        case nil: break
        }
        switch leaf.target {
        case .set?: needs.append("a reduction target with a baseline, a value and a date")
        case .onTrack?: needs.append("on track to its reduction target")
        case nil: break
        }
        if !leaf.brokenDownBy.isEmpty { needs.append("broken down by \(and(leaf.brokenDownBy))") }
        if let window = leaf.currentWithin { needs.append("a figure for a period ending within \(window.words)") }
        let optional = leaf.optional ? " (passed over when there are no figures)" : ""
        return "\(what): \(needs.joined(separator: "; "))\(optional)"
    }
}
