/// Escaping for every Markdown format parity writes (the board paper, the diff section,
/// the phases paper, the rule reference), beside `HTML` and `XML`.
enum Markdown {
    /// Escapes Markdown punctuation and HTML, and folds line breaks into spaces, so
    /// repository text renders as the text it is and cannot start a heading, a list or a
    /// table row of its own.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!", "~":
                out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for inside a single-backtick code span, where escapes do not work: a backtick
    /// would end the span, so it becomes a quote.
    static func codeSpan(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'")
    }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as
    /// hyphens ("HIA6.1 Review data" → "hia61-review-data").
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return Character(scalar)
            }
            return nil
        })
    }

    /// A heading with the blank lines Markdown wants around it.
    static func heading(_ text: String, level: Int) -> [String] {
        ["", String(repeating: "#", count: level) + " " + text, ""]
    }

    /// A table's header row and its delimiter row.
    static func tableHeader(_ names: [String]) -> [String] {
        ["| " + names.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: names.count)]
    }
}
