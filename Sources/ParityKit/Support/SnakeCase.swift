/// Swift's camelCase names as the reports write their keys, the way Foundation's
/// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` does: the JSON writer uses it for
/// every key, and `rollup` to name a JSON path in a report the same way.
enum SnakeCase {
    /// Words start at an uppercase letter; a run of capitals is a word of its own, up
    /// to the capital that starts the next lowercase word (`myURLProperty` →
    /// `my_url_property`, `value9B` → `value9_b`).
    static func converted(_ key: String) -> String {
        let characters = Array(key)
        guard !characters.isEmpty else { return key }
        var words: [Range<Int>] = []
        var wordStart = 0
        var search = 1
        while let upper = (search..<characters.count).first(where: { characters[$0].isUppercase }) {
            words.append(wordStart..<upper)
            guard let lower = (upper..<characters.count).first(where: { characters[$0].isLowercase }) else {
                wordStart = upper
                search = characters.count
                break
            }
            if lower == upper + 1 {
                wordStart = upper
            } else {
                words.append(upper..<(lower - 1))
                wordStart = lower - 1
            }
            search = lower + 1
        }
        words.append(wordStart..<characters.count)
        return words.map { String(characters[$0]).lowercased() }.joined(separator: "_")
    }
}
