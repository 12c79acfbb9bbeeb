/// The plain English a leaf explains itself in.
enum LeafWords {
    /// What the leaf looks for: its `describe`, or words built from its constraints.
    static func sought(_ leaf: EvidenceLeaf, rule: Rule) -> String {
        if let describe = leaf.describe { return describe }
        let noun = leaf.selection.kinds.isEmpty ? "item" : or(leaf.selection.kinds)
        let adjective = leaf.statuses.isEmpty ? "" : or(leaf.statuses.map(\.rawValue)) + " "
        let phrase = adjective + noun
        var words = leaf.minCount > 1 ? "at least \(leaf.minCount) \(adjective)\(plural(noun))" : article(phrase) + " " + phrase
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
        if !qualifiers.isEmpty { words += ", " + qualifiers.joined(separator: ", ") }
        return words
    }

    /// One item as evidence found: "POL-003 Dignity at Work Policy (policy, approved 2023-11-14 by People Committee)".
    static func found(_ item: EvidenceItem) -> String {
        var facts = [item.kind]
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

    static func or(_ words: [String]) -> String { join(words, "or") }
    static func and(_ words: [String]) -> String { join(words, "and") }

    private static func join(_ words: [String], _ conjunction: String) -> String {
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
        }
    }

    private static func article(_ phrase: String) -> String {
        guard let first = phrase.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    private static func plural(_ noun: String) -> String {
        noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
    }
}
