/// Escaping for every markup format parity writes (JUnit XML, SVG, the HTML board pack).
enum XML {
    /// Escapes `& < > " '` for text and attributes alike, and drops the control characters
    /// neither XML 1.0 nor HTML may hold (tab, newline and carriage return stay). `'`
    /// becomes `&#39;`, which XML and every HTML parser read.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
