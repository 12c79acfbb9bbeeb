/// One pack's RAG counts as a stacked bar, for the Word paper's summary table: red
/// hatched, amber dotted, green solid and N/A cross-hatched, as the board pack draws them,
/// so the bar reads in black and white; each count is written on its segment.
///
/// Every segment is at least as wide as its number (and a margin), the rest of the bar
/// shared in proportion to the counts, so a pack with one green rule still shows its "1".
/// The picture takes its cell's width (`WordML.Picture`): at `minimumWidth` the digits are
/// about 2 mm high, as tall as the table's 9 pt figures.
struct RAGBarPNG {
    let counts: Counts

    static let width = 480, height = 72
    /// Digit pixels are `scale` wide: 5 × 6 = 30 of the 72 rows.
    static let scale = 6
    /// The narrowest cell, in dxa, that keeps the digits readable (3 cm less margins).
    static let minimumWidth = 1_700
    /// Room either side of a number on its segment, in pixels.
    static let margin = 10

    static let red: PNGImage.Colour = (0xC6, 0x28, 0x28), amber: PNGImage.Colour = (0xF2, 0xB3, 0x00)
    static let green: PNGImage.Colour = (0x00, 0x7A, 0x33), grey: PNGImage.Colour = (0x76, 0x86, 0x92)

    /// The bar as a picture for a table cell, described in words for screen readers.
    func picture(relationship: String, id: Int, name: String, description: String) -> WordML.Picture {
        WordML.Picture(relationship: relationship, id: id, name: name, description: description,
                       pixelWidth: Self.width, pixelHeight: Self.height, minimumWidth: Self.minimumWidth)
    }

    /// Each drawn segment's count and width in pixels, left to right, adding up to `width`.
    var segments: [(count: Int, width: Int)] {
        let shown = [counts.red, counts.amber, counts.green, counts.grey].filter { $0 > 0 }
        guard !shown.isEmpty else { return [] }
        let least: [Int] = shown.map { PNGImage.numberWidth(String($0), scale: Self.scale) + 2 * Self.margin }
        // Four counts of up to four digits each always fit.
        let extra = WordColumns.apportion(max(0, Self.width - least.reduce(0, +)), by: shown)
        return shown.indices.map { (count: shown[$0], width: least[$0] + extra[$0]) }
    }

    typealias Style = (count: Int, colour: PNGImage.Colour, pattern: ((Int, Int) -> Bool)?, ink: PNGImage.Colour)

    func render() -> [UInt8] {
        var image = PNGImage(width: Self.width, height: Self.height)
        let white: PNGImage.Colour = (255, 255, 255), black: PNGImage.Colour = (0, 0, 0)
        let all: [Style] = [
            (counts.red, Self.red, { x, y in (x + y) % 8 < 2 }, white),
            (counts.amber, Self.amber, { x, y in x % 6 < 2 && y % 6 < 2 }, black),
            (counts.green, Self.green, nil, white),
            (counts.grey, Self.grey, { x, y in (x + y) % 8 < 1 || (x - y + 800) % 8 < 1 }, white),
        ]
        let styles = all.filter { $0.count > 0 }
        var left = 0
        for (style, segment) in zip(styles, segments) {
            let count = style.count, w = min(segment.width, Self.width - left)
            image.fill(x: left, y: 0, width: w, height: Self.height, style.colour, pattern: style.pattern, ink: style.ink)
            // The count on a plain patch, so the pattern never hides the digits.
            let text = String(count), textWidth = PNGImage.numberWidth(text, scale: Self.scale)
            let patch = (x: left + (w - textWidth) / 2 - 4, y: (Self.height - 5 * Self.scale) / 2 - 4)
            image.fill(x: patch.x, y: patch.y, width: textWidth + 8, height: 5 * Self.scale + 8, white)
            image.draw(number: text, x: patch.x + 4, y: patch.y + 4, scale: Self.scale, black)
            left += w
        }
        return image.png
    }
}
