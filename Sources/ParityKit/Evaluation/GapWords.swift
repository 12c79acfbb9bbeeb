/// The one renderer of gaps: every surface that shows what a rule lacks (the assessment's
/// gaps, so every report, `check`, `explain` and rollup's recurring gaps) reads these
/// sentences. Alternatives are joined as noun phrases ("either A or B"), never as
/// sentences, and what a `not:` found is stated as a fact, never as "must not have".
enum GapWords {
    /// One sentence (or a short run of them) per gap, in order.
    static func sentences(_ gaps: [Gap]) -> [String] {
        gaps.map(sentence)
    }

    static func sentence(_ gap: Gap) -> String {
        switch gap {
        case .absent(let sought, let due):
            return "No " + evidenceOf(sought) + dueWords(due) + "."

        case .unqualified(let sought, let passed, let needed, let refused, let due):
            let have = needed > 1 ? " (\(passed) of \(needed) found)" : ""
            return "Needs \(sought)\(have)\(dueWords(due))." + refusalWords(refused)

        case .forbidden(let what, let items, let partly):
            return "\(fact(what, items, partly)); the rule cannot be met while that stands."

        case .alternatives(let branches):
            // A branch that fails on something found is ruled out by a fact: say the fact,
            // then what the branches still open need.
            let ruledOut = branches.filter { $0.contains(where: \.isForbidden) }
            let open = branches.filter { !$0.contains(where: \.isForbidden) }
            let facts = ruledOut.flatMap { $0.compactMap(\.forbiddenFact) }
            var words = ""
            if !facts.isEmpty {
                words = unique(facts).joined(separator: ". ")
                if open.isEmpty { return words + "; the rule cannot be met while that stands." }
                words += ". So it needs "
            } else {
                words = "Needs "
            }
            words += open.count == 1 ? need(ofAll: open[0]) : choice(open.map(need(ofBranch:)))
            return words + "." + detailWords(open.flatMap { $0 })

        case .atLeast(let needed, let total, let met, let parts):
            let missing = parts.map(need(ofAll:)).joined(separator: "; ")
            let lead = met == 0
                ? "Needs at least \(needed) of these \(total), none of which is in place: "
                : "Needs at least \(needed) of these \(total), of which \(met) \(met == 1 ? "is" : "are") in place; still missing: "
            return lead + missing + "." + detailWords(parts.flatMap { $0 })

        case .stated(let sentence, _):
            return sentence
        }
    }

    /// What a gap asks for as a noun phrase, for a place inside a larger sentence.
    static func need(_ gap: Gap) -> String {
        switch gap {
        case .absent(let sought, let due): return sought + dueWords(due)
        case .unqualified(let sought, let passed, let needed, _, let due):
            return sought + (needed > 1 ? " (\(passed) of \(needed) found)" : "") + dueWords(due)
        case .forbidden(let what, let items, let partly):
            return "\(what) no longer found (\(LeafWords.and(items.map(\.id) + partly.map(\.id))))"
        case .alternatives(let branches): return choice(branches.map(need(ofBranch:)))
        case .atLeast(let needed, _, _, let parts): return "at least \(needed) of " + and(parts.map(need(ofAll:)))
        case .stated(let sentence, let need): return need ?? sentence.trimmingSuffix(".")
        }
    }

    /// Everything one branch needs: "A and B".
    static func need(ofAll gaps: [Gap]) -> String {
        and(gaps.map(need))
    }

    /// One alternative among others: "both A and B", so "A; or both B and C" cannot be
    /// read as "(A or B) and C".
    static func need(ofBranch gaps: [Gap]) -> String {
        switch gaps.count {
        case 1: return need(gaps[0])
        case 2: return "both \(need(gaps[0])) and \(need(gaps[1]))"
        default: return "all of " + and(gaps.map(need))
        }
    }

    /// What follows a sentence built from noun phrases: why items do not qualify, and the
    /// figures' own sentences, which the phrases only name.
    static func detailWords(_ gaps: [Gap]) -> String {
        var said: [String] = []
        func collect(_ gap: Gap) {
            switch gap {
            case .stated(let sentence, let need?) where need != sentence: said.append(" " + sentence)
            case .alternatives(let branches): branches.joined().forEach(collect)
            case .atLeast(_, _, _, let parts): parts.joined().forEach(collect)
            default: break
            }
        }
        gaps.forEach(collect)
        return refusalWords(gaps.flatMap(\.refusals)) + unique(said).joined()
    }

    /// "either A or B"; "one of A; B; or C" when the parts carry commas of their own.
    private static func choice(_ needs: [String]) -> String {
        switch needs.count {
        case 0: return ""
        case 1: return needs[0]
        case 2 where !needs.contains(where: { $0.contains(",") }): return "either \(needs[0]) or \(needs[1])"
        default: return "one of these: " + needs.dropLast().joined(separator: "; ") + "; or " + needs.last!
        }
    }

    private static func and(_ needs: [String]) -> String {
        needs.contains(where: { $0.contains(",") }) && needs.count > 1
            ? needs.dropLast().joined(separator: "; ") + "; and " + needs.last!
            : LeafWords.and(needs)
    }

    /// "evidence of a policy", but "evidence that staff were told" stays as written.
    static func evidenceOf(_ sought: String) -> String {
        sought.lowercased().hasPrefix("evidence ") ? sought : "evidence of " + sought
    }

    /// "F1 Review of 2025-02-10 is a data review that found an inconsistency".
    static func fact(_ what: String, _ items: [Gap.Sighting], _ partly: [Gap.Refusal]) -> String {
        if !items.isEmpty {
            let named = LeafWords.and(items.map { item in "\(item.id) \(item.title)" + (item.on.map { " of \($0)" } ?? "") })
            return "\(named) \(items.count == 1 ? "is" : "are") \(what)"
        }
        if !partly.isEmpty {
            let named = partly.map { "\($0.id) \($0.title)" + ($0.reasons.isEmpty ? "" : " (\($0.reasons.joined(separator: "; ")))") }
            return "\(LeafWords.and(named)) \(partly.count == 1 ? "is" : "are") partly \(what)"
        }
        // Figures have no document to name.
        return "Found: \(what)"
    }

    private static func dueWords(_ due: CivilDate?) -> String {
        due.map { " (due by \($0))" } ?? ""
    }

    /// " P1 Policy does not qualify.": the items that fall short, by name. Why is each
    /// item's finding, said once beside the gap; kept out of the gap, the sentence stays
    /// the same in every organisation with the same documents, so rollup sees it recur.
    static func refusalWords(_ refused: [Gap.Refusal]) -> String {
        let named = unique(refused.map { "\($0.id) \($0.title)" })
        guard !named.isEmpty else { return "" }
        return " " + LeafWords.and(named) + (named.count == 1 ? " does not qualify." : " do not qualify.")
    }

    private static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { seen.insert($0).inserted }
    }
}

extension Gap {
    var isForbidden: Bool {
        if case .forbidden = self { return true }
        return false
    }

    var forbiddenFact: String? {
        if case .forbidden(let what, let items, let partly) = self { return GapWords.fact(what, items, partly) }
        return nil
    }

    /// The items refused at this level, said once after the sentence they belong to.
    var refusals: [Refusal] {
        switch self {
        case .unqualified(_, _, _, let refused, _): return refused
        case .alternatives(let branches): return branches.flatMap { $0.flatMap(\.refusals) }
        case .atLeast(_, _, _, let parts): return parts.flatMap { $0.flatMap(\.refusals) }
        case .absent, .forbidden, .stated: return []
        }
    }
}
