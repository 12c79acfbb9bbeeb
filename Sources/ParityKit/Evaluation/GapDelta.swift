/// How one rule's gaps moved between two points.
struct GapDelta {
    var closed: [String] = []
    var opened: [String] = []
    var changed: [GapChange.Wording] = []

    /// `from` and `to` are the two sides' as-of dates: a gap is compared by its
    /// `GapIdentity`, so wording that only says which day it was judged on moves nothing.
    init(before: RuleAssessment?, after: RuleAssessment, from: CivilDate, to: CivilDate) {
        let was = (before?.gaps ?? []).map { (text: $0, identity: GapIdentity($0, asOf: from)) }
        let now = after.gaps.map { (text: $0, identity: GapIdentity($0, asOf: to)) }
        let wasIdentities = Set(was.map(\.identity)), nowIdentities = Set(now.map(\.identity))
        var gone = was.filter { !nowIdentities.contains($0.identity) }
        var new: [String] = []
        // A gap that names the same requirement in other words, or the same sentence with
        // other figures (a year's data later), is the same gap, changed.
        for gap in now where !wasIdentities.contains(gap.identity) {
            let match = gone.firstIndex { Self.requirement($0.identity.text) == Self.requirement(gap.identity.text) }
                ?? gone.firstIndex { Self.shape($0.identity.text) == Self.shape(gap.identity.text) }
            if let match {
                changed.append(GapChange.Wording(before: gone.remove(at: match).text, after: gap.text))
            } else {
                new.append(gap.text)
            }
        }
        // A rule that stops being judged (not applicable, say) has no gaps because it is
        // excused, not because they closed.
        closed = RepositoryDiff.statusRank[after.status] == nil ? [] : gone.map(\.text)
        opened = new
    }

    /// The requirement a gap sentence is about, without what was found short of it:
    /// "No evidence of X." and "Needs X; does not qualify: Y." are both about X, and
    /// "R is not met." and "R is only partly met." both about R.
    static func requirement(_ gap: String) -> String {
        var text = Substring(gap)
        for prefix in ["No evidence of ", "Needs "] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        if let cut = text.range(of: "; ") { text = text[..<cut.lowerBound] }
        for suffix in [" is only partly met.", " is not met."] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
            break
        }
        while text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }

    /// The sentence with its numbers masked, identifiers kept: "WRES.2 (white vs BME) 1.41
    /// in 2022/23 is above the range 0.80–1.25." and the same with 1.35 in 2023/24 share a
    /// shape, while WRES.2 and WRES.3 do not.
    static func shape(_ sentence: String) -> String {
        sentence.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let outer: (Character) -> Bool = { !$0.isLetter && !$0.isNumber }
            let leading = word.drop(while: outer)
            let core = leading.dropLast(leading.reversed().prefix(while: outer).count)
            let isIdentifier = core.first?.isLetter == true && (core.contains(".") || core.contains("-"))
            guard !isIdentifier, word.contains(where: \.isNumber) else { return String(word) }
            var masked = "", inNumber = false
            for character in word {
                if character.isNumber || (inNumber && (character == "." || character == ",")) {
                    if !inNumber { masked.append("#") }
                    inNumber = true
                } else {
                    inNumber = false
                    masked.append(character)
                }
            }
            return masked
        }.joined(separator: " ")
    }
}
