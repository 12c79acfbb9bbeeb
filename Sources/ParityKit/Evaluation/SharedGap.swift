import Foundation

/// A gap sentence in words any organisation could share. A trust's gap names its own
/// documents ("does not qualify: ACT-002 Reduction targets … 2024/25 to 2026/27"): another
/// trust with the same gap holds a document of another id and title, so the rollup would
/// see two gaps where there is one, and its paper would quote one trust's document as the
/// system's problem. Here the documents give way to what the gap is about.
enum SharedGap {
    /// One of the organisation's documents: its id and title as its gap sentences name it.
    struct Document: Hashable, Sendable {
        var id: String
        /// The title, or, from a finding ("POL-004 Disciplinary Policy: status is draft, …"),
        /// the title with what was wrong after it: the gap names the title alone, which
        /// `words` finds by cutting at each ": ".
        var title: String

        /// The document a finding on one of the rule's items names.
        static func finding(item: String, message: String) -> Document {
            Document(id: item, title: message.hasPrefix(item + " ") ? String(message.dropFirst(item.count + 1)) : "")
        }
    }

    /// The documents a rule's gaps may name: the report's evidence items and the items of
    /// the rule's findings, which a report lists only there when they do not qualify.
    static func documents(items: [(id: String, title: String)], findings: [(item: String, message: String)]) -> [Document] {
        var seen: Set<Document> = []
        return (items.map { Document(id: $0.id, title: $0.title) } + findings.map { Document.finding(item: $0.item, message: $0.message) })
            .filter { seen.insert($0).inserted }
    }

    /// `title`, then each shorter reading of it cut before a ": ", longest first.
    private static func readings(_ title: String) -> [String] {
        var readings = [title], rest = Substring(title)
        while let colon = rest.range(of: ": ", options: .backwards) {
            rest = rest[..<colon.lowerBound]
            readings.append(String(rest))
        }
        return readings.filter { !$0.isEmpty }
    }

    /// What stands for a document while the sentence is rewritten; never in the result.
    private static let marker = "\u{1}"

    /// `gap` with every document of `documents` it names generalised: a list of documents
    /// that fall short ("does not qualify: A, B", "A and B do not qualify") reads "the
    /// documents held do not qualify", a document named in brackets is left out, and one
    /// named anywhere else reads "a document held".
    static func words(_ gap: String, documents: [Document]) -> String {
        guard !documents.isEmpty else { return gap }
        var text = gap
        // Longest ids first, so "POL-10" is replaced before "POL-1" could match inside it.
        let ordered = documents.sorted { $0.id.count != $1.id.count ? $0.id.count > $1.id.count : $0.id < $1.id }
        for document in ordered where !document.id.isEmpty && text.contains(document.id) {
            for title in readings(document.title) where text.contains(document.id + " " + title) {
                text = replacing(document.id + " " + title, with: marker, in: text)
            }
            text = replacing(" (" + document.id + ")", with: "", in: text)
            text = replacing("(" + document.id + ")", with: "", in: text)
            text = replacing(document.id, with: marker, in: text)
        }
        guard text.contains(marker) else { return text }
        let list = marker + "(?:, " + marker + ")*(?:,? and " + marker + ")?"
        text = text.replacingOccurrences(of: "; does not qualify: " + list, with: "; the documents held do not qualify",
                                         options: .regularExpression)
        text = text.replacingOccurrences(of: list + " (?:does|do) not qualify", with: "the documents held do not qualify",
                                         options: .regularExpression)
        text = text.replacingOccurrences(of: list, with: "a document held", options: .regularExpression)
        // A sentence that began with a document begins with a capital still.
        for phrase in ["the documents held", "a document held"] {
            let capital = phrase.prefix(1).uppercased() + phrase.dropFirst()
            if text.hasPrefix(phrase) { text = capital + text.dropFirst(phrase.count) }
            text = text.replacingOccurrences(of: ". " + phrase, with: ". " + capital)
        }
        return text
    }

    /// Replaces `target` where it stands as a whole: not inside a longer id or word.
    private static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        guard !target.isEmpty else { return text }
        var result = "", rest = Substring(text)
        while let range = rest.range(of: target) {
            let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : nil
            let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
            // Only an edge that is itself part of an id can run on into a longer one.
            let whole = !(joins(target.first!) && (before.map(joins) ?? false))
                && !(joins(target.last!) && (after.map(joins) ?? false))
            result += rest[..<range.lowerBound]
            result += whole ? replacement : String(rest[range])
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// A character that would make an id part of a longer one.
    private static func joins(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }
}
