/// Finding what a user named on the command line, with a "did you mean" when they slip,
/// so every command answers a typo the same way `Suggestion` answers one in a file.
public enum Lookup {
    /// A rule by id. `scope` says where parity looked ("among the built-in packs"); `advice`
    /// closes the message.
    public static func rule(_ id: String, in rules: [Rule], scope: String, advice: String? = nil) throws -> Rule {
        if let rule = rules.first(where: { $0.id == id }) { return rule }
        let ids = rules.map(\.id)
        // A guess at one id helps a slip; the family helps someone who guessed a number,
        // where a guess would only pick one of several ids as near as each other.
        let family = family(of: id, among: ids)
        var message = "no rule '\(id)' \(scope)\(unique(id, among: ids) ? Suggestion.didYouMean(id, among: ids) : "")"
        if !family.isEmpty { message += "; rules with that prefix: \(family.prefix(20).joined(separator: ", "))" }
        if let advice { message += "; \(advice)" }
        throw ParityError(message)
    }

    /// The ids sharing the most dotted prefix with `id`: PLAN.2.9 finds PLAN.2.1 to PLAN.2.3.
    private static func family(of id: String, among ids: [String]) -> [String] {
        var parts = id.split(separator: ".", omittingEmptySubsequences: false).dropLast()
        while !parts.isEmpty {
            let prefix = parts.joined(separator: ".") + "."
            let family = ids.filter { $0.hasPrefix(prefix) }
            if !family.isEmpty { return family }
            parts = parts.dropLast()
        }
        return []
    }

    private static func unique(_ word: String, among candidates: [String]) -> Bool {
        guard let best = Suggestion.nearest(word, among: candidates) else { return false }
        let distance = { (candidate: String) in Suggestion.distance(word.lowercased(), candidate.lowercased()) }
        return candidates.filter { distance($0) == distance(best) }.count == 1
    }

    /// A built-in pack by id.
    public static func builtinPack(_ id: String) throws -> RulePack {
        if let pack = try BuiltinPacks.load(id: id) { return pack }
        let ids = BuiltinPacks.ids
        throw ParityError("no built-in pack '\(id)'\(Suggestion.didYouMean(id, among: ids)); the built-in packs are \(ids.joined(separator: ", "))")
    }
}
