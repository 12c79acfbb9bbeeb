/// Column widths for a Word table, from what its cells hold, so that no word breaks
/// inside itself: Word and LibreOffice break a word that is wider than its column at any
/// letter ("communic/ation"). Each column gets at least its longest unbreakable piece of
/// text at the table's font size (bold where the cell is bold) plus the cell's margins;
/// the rest of the width goes to the columns whose text would otherwise wrap, in
/// proportion to how much more they would take on one line.
///
/// Widths are measured, not guessed from character counts: Arial's advance widths (the
/// same as Liberation Sans, which LibreOffice substitutes on Linux, and Helvetica's AFM)
/// in thousandths of an em, at TableText's 9 pt. Characters outside ASCII count as a
/// wide letter. All arithmetic is in integers, so the same table gives the same widths.
enum WordColumns {
    /// ParityTable's left and right cell margins together, in dxa.
    static let cellMargins = 160
    /// TableText's font size in half-points (`w:sz`).
    static let halfPoints = 18
    /// A little room for the difference between Arial and the font that stands in for it.
    static let slack = 40

    /// The widths to use: `given` when every column holds its longest word, `given` widened
    /// where it does not (the width taken from the columns with room to spare), or, with
    /// nothing given, widths shared out across `total` from the content.
    ///
    /// Whole words first ("DATA-WRES-2023" on one line); only when the page cannot hold
    /// them all do the columns fall back to breaking after hyphens and dashes.
    static func widths(header: [String], rows: [[WordML.Cell]], given: [Int]?, total: Int) -> [Int] {
        let columns = given?.count ?? header.count
        var whole = Array(repeating: 0, count: columns), broken = whole, natural = whole
        let cells = [header.map { WordML.Cell($0, bold: true) }] + rows
        for row in cells {
            for (column, cell) in row.prefix(columns).enumerated() {
                whole[column] = max(whole[column], minimum(cell, breakingHyphens: false))
                broken[column] = max(broken[column], minimum(cell))
                natural[column] = max(natural[column], self.natural(cell))
            }
        }
        if let given {
            if zip(given, whole).allSatisfy({ $0 >= $1 }) { return given }
            return widen(given, to: whole) ?? (zip(given, broken).allSatisfy { $0 >= $1 } ? given : nil)
                ?? widen(given, to: broken) ?? share(given.reduce(0, +), minimum: broken, natural: natural)
        }
        return share(total, minimum: whole.reduce(0, +) < total ? whole : broken, natural: natural)
    }

    /// The narrowest the cell's column may be: its widest unbreakable piece (a whole word,
    /// or with `breakingHyphens` a piece of one), or its picture's minimum.
    static func minimum(_ cell: WordML.Cell, breakingHyphens: Bool = true) -> Int {
        if let picture = cell.picture { return picture.minimumWidth }
        let words = cell.text.split(whereSeparator: \.isWhitespace)
        let widest = (breakingHyphens ? words.flatMap(pieces) : words).map { width(of: $0, bold: cell.bold) }.max() ?? 0
        return widest + cellMargins + slack
    }

    /// The width at which the cell's longest line fits without wrapping.
    static func natural(_ cell: WordML.Cell) -> Int {
        if let picture = cell.picture { return picture.minimumWidth }
        let widest = cell.text.split(separator: "\n").map { width(of: $0, bold: cell.bold) }.max() ?? 0
        return widest + cellMargins + slack
    }

    /// A word's pieces between the places a line may break inside it: after a hyphen or
    /// an en dash ("bhdv-" "reduction", "2024-" "08-31"), where LibreOffice and Word break
    /// a word too long for its line. Not after "/": "HR/OD" stays whole.
    static func pieces(_ word: Substring) -> [Substring] {
        var out: [Substring] = [], start = word.startIndex
        var index = word.startIndex
        while index < word.endIndex {
            let next = word.index(after: index)
            if word[index] == "-" || word[index] == "–", next < word.endIndex, index > start {
                out.append(word[start..<next])
                start = next
            }
            index = next
        }
        out.append(word[start..<word.endIndex])
        return out
    }

    /// How wide `text` is at the table's font size, in dxa, rounded up.
    static func width<S: StringProtocol>(of text: S, bold: Bool) -> Int {
        let table = bold ? boldWidths : regularWidths
        let units = text.unicodeScalars.reduce(0) { sum, scalar in
            let value = Int(scalar.value)
            return sum + ((32...126).contains(value) ? table[value - 32] : 722)
        }
        // units/1000 em × halfPoints/2 pt × 20 dxa/pt
        return (units * halfPoints * 10 + 999) / 1000
    }

    /// Widens the columns narrower than their minimum, taking the width from the others
    /// in proportion to their room to spare; nil when there is not enough room.
    private static func widen(_ given: [Int], to minimum: [Int]) -> [Int]? {
        let needed = zip(given, minimum).map { max(0, $1 - $0) }.reduce(0, +)
        let spare = zip(given, minimum).map { max(0, $0 - $1) }
        guard spare.reduce(0, +) >= needed else { return nil }
        let taken = apportion(needed, by: spare)
        return given.indices.map { max(given[$0], minimum[$0]) - taken[$0] }
    }

    /// `total` shared out: every column its minimum, then the rest to the columns that
    /// would wrap, up to their one-line width, then anything left in proportion to that width.
    private static func share(_ total: Int, minimum: [Int], natural: [Int]) -> [Int] {
        let floor = minimum.reduce(0, +)
        guard floor < total else {
            // Too many long words for the page: shrink every column alike.
            return apportion(total, by: minimum.map { max(1, $0) })
        }
        let rest = total - floor
        let wants = zip(minimum, natural).map { max(0, $1 - $0) }
        if wants.reduce(0, +) >= rest {
            return zip(minimum, apportion(rest, by: wants)).map(+)
        }
        let leftover = rest - wants.reduce(0, +)
        return zip(natural.indices.map { max(minimum[$0], natural[$0]) }, apportion(leftover, by: natural.map { max(1, $0) })).map(+)
    }

    /// `amount` split in proportion to `weights`, to the unit, largest remainders first
    /// (ties to the left), so the parts add up to `amount` exactly.
    static func apportion(_ amount: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, amount > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { amount * $0 / sum }
        let remainders = weights.enumerated().map { (index: $0.offset, remainder: amount * $0.element % sum) }
            .sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in remainders.prefix(amount - parts.reduce(0, +)) { parts[entry.index] += 1 }
        return parts
    }

    // Advance widths of ASCII 32…126 in thousandths of an em (Helvetica's AFM; Arial's match).
    private static let regularWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    private static let boldWidths: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]
}
