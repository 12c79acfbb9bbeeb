/// A sentence about a rule (a gap, or what was found) as it is compared between two
/// points: its words with the wording that belongs to its own side's date taken out.
/// "No reduction target is set … as of 2024-01-15" on one side and "… as of 2024-04-15"
/// on the other are one gap that stayed open, not one closed and another opened.
///
/// Every date in the sentence is read, in either style reports write ("2024-04-15",
/// "15 April 2024"); those that are the side's own as-of date, and any date said to be
/// the one the sentence is "as of", become a placeholder. Other dates (an approval, a
/// deadline) are facts about the repository and stay, so a document approved again still
/// reads as a change.
struct GapIdentity: Hashable, Sendable {
    let text: String

    init(_ sentence: String, asOf: CivilDate) {
        text = Self.normalised(sentence, asOf: asOf)
    }

    static let placeholder = "⟨as of⟩"

    static let months = ["January", "February", "March", "April", "May", "June",
                         "July", "August", "September", "October", "November", "December"]

    nonisolated(unsafe) static let isoDate = #/([0-9]{4})-([0-9]{2})-([0-9]{2})/#
    nonisolated(unsafe) static let longDate =
        #/([0-9]{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) ([0-9]{4})/#

    static func normalised(_ sentence: String, asOf: CivilDate) -> String {
        // Cheap first: most sentences hold no date at all.
        guard sentence.contains(where: \.isNumber) else { return sentence }
        var text = replaceDates(in: sentence, matching: isoDate, asOf: asOf) { match in
            CivilDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!)
        }
        text = replaceDates(in: text, matching: longDate, asOf: asOf) { match in
            CivilDate(year: Int(match.3)!, month: months.firstIndex(of: String(match.2))! + 1, day: Int(match.1)!)
        }
        return text
    }

    /// `text` with each date `pattern` finds replaced by the placeholder where it is the
    /// side's own as-of date or follows "as of"; a match inside a longer run of digits
    /// (a reference number, say) is not a date.
    private static func replaceDates<Output>(in text: String, matching pattern: Regex<Output>, asOf: CivilDate,
                                             date: (Output) -> CivilDate?) -> String {
        var result = ""
        var rest = text[...]
        while let match = rest.firstMatch(of: pattern) {
            result += rest[..<match.range.lowerBound]
            let found = rest[match.range]
            let standsAlone = !(result.last?.isNumber ?? false)
                && !(rest[match.range.upperBound...].first?.isNumber ?? false)
            let ownDate = standsAlone && date(match.output) == asOf
            let saidAsOf = standsAlone && result.lowercased().hasSuffix("as of ")
            result += ownDate || saidAsOf ? placeholder : String(found)
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}
