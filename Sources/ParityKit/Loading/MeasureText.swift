/// Numbers as the figures in YAML and CSV write them.
enum MeasureText {
    /// `14.5`, `14.5%`, `-13.6`, `1,820`: a finite decimal, or nil. Exponents, `nan` and
    /// `inf` are refused: no published figure is written that way, so they are typing errors.
    static func number(_ raw: String) -> Double? {
        var text = raw.trimmingWhitespace
        if text.hasSuffix("%") { text.removeLast() }
        guard let plain = withoutThousandsSeparators(text) else { return nil }
        text = plain
        guard !text.isEmpty else { return nil }
        var digits = 0, points = 0
        for (offset, character) in text.enumerated() {
            switch character {
            case "0"..."9": digits += 1
            case ".": points += 1
            case "-" where offset == 0, "+" where offset == 0: break
            default: return nil
            }
        }
        guard digits > 0, points <= 1, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The largest figure parity reads: beyond any headcount or percentage, and small
    /// enough that every figure prints exactly.
    static let largest = 1e12

    /// A whole, non-negative count: `4610` or `4,610`.
    static func count(_ raw: String) -> Int? {
        guard let text = withoutThousandsSeparators(raw.trimmingWhitespace),
              !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text) ?? Int.max  // all digits but too many: "too large" below
    }

    /// `4,610` → `4610`; nil for a comma anywhere but between groups of three digits,
    /// since `1,14` is a decimal comma (1.14) that must not be read as 114.
    static func withoutThousandsSeparators(_ text: String) -> String? {
        guard text.contains(",") else { return text }
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        // "1.234,5" is a European decimal comma, not a thousands separator.
        guard parts.count == 1 || !parts[1].contains(",") else { return nil }
        let whole = parts[0]
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return text.filter { $0 != "," }
    }

    /// Why `raw` is not a number, when the reason is worth saying.
    static func hint(_ raw: String) -> String {
        raw.contains(",") && withoutThousandsSeparators(raw.trimmingWhitespace.filter { $0 != "%" }) == nil
            ? "; write decimals with a point (1.14), not a comma" : ""
    }

    static func hasPercentSign(_ raw: String) -> Bool {
        raw.trimmingWhitespace.hasSuffix("%")
    }
}
