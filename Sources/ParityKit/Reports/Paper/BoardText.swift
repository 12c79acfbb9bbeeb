/// The board's words for what the evaluator writes for tools: a paper writes dates as
/// "15 April 2024", never as ISO dates, whatever sentence they sit in.
enum BoardText {
    /// The text with every ISO date (YYYY-MM-DD) written in words.
    static func plain(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = nextDate(in: rest) {
            out += rest[rest.startIndex..<range.lowerBound]
            let parts = rest[range].split(separator: "-").compactMap { Int($0) }
            if let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]) {
                out += ReportText.long(date)
            } else {
                out += rest[range]
            }
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// The first run of four digits, dash, two digits, dash, two digits that is not part
    /// of a longer number.
    private static func nextDate(in text: Substring) -> Range<Substring.Index>? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10 else { return nil }
        func digit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i] >= 48 && scalars[i] <= 57 }
        var i = 0
        while i + 10 <= scalars.count {
            if digit(i), digit(i + 1), digit(i + 2), digit(i + 3), scalars[i + 4] == 45, digit(i + 5), digit(i + 6),
               scalars[i + 7] == 45, digit(i + 8), digit(i + 9), !digit(i - 1), !digit(i + 10) {
                let start = text.utf8.index(text.startIndex, offsetBy: i)
                let end = text.utf8.index(start, offsetBy: 10)
                return start..<end
            }
            i += 1
        }
        return nil
    }
}
