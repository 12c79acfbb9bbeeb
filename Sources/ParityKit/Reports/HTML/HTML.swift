/// Escaping for the board pack. Every string that comes from the repository or the
/// assessment goes through `escape` before it is written into the HTML, in text and in
/// attributes alike; the output is also well-formed XML, so an XML parser can read it back.
enum HTML {
    /// The markup escape every format shares (`XML.escape`).
    static func escape(_ text: String) -> String {
        XML.escape(text)
    }

    /// A quoted CSS string for `content:` in the print stylesheet. Quotes, backslashes and
    /// the characters that matter to HTML or XML inside `<style>` (`< > & '`) become CSS
    /// hex escapes, so repository text can neither end the string nor the style element.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'":
                out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A fragment id made only of letters, digits, `-`, `_` and `.`, so it is safe in an
    /// attribute and a `#` link without escaping.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        return out
    }

    /// The RAG rating as a badge: the word carries the meaning, the colour repeats it.
    static func rag(_ rag: RAG) -> String {
        "<strong class=\"rag rag-\(rag.rawValue)\">\(rag.label)</strong>"
    }
}
