/// One pack's RAG counts as a stacked bar, for the Word paper's summary table: red
/// hatched, amber dotted, green solid and N/A cross-hatched, as the board pack draws them,
/// so the bar reads in black and white; each count is written on its segment.
struct RAGBarPNG {
    let counts: Counts

    static let width = 480, height = 48

    static let red: PNGImage.Colour = (0xC6, 0x28, 0x28), amber: PNGImage.Colour = (0xF2, 0xB3, 0x00)
    static let green: PNGImage.Colour = (0x00, 0x7A, 0x33), grey: PNGImage.Colour = (0x76, 0x86, 0x92)

    func render() -> [UInt8] {
        var image = PNGImage(width: Self.width, height: Self.height)
        let segments: [(Int, PNGImage.Colour, ((Int, Int) -> Bool)?, PNGImage.Colour)] = [
            (counts.red, Self.red, { x, y in (x + y) % 8 < 2 }, (255, 255, 255)),
            (counts.amber, Self.amber, { x, y in x % 6 < 2 && y % 6 < 2 }, (0, 0, 0)),
            (counts.green, Self.green, nil, (255, 255, 255)),
            (counts.grey, Self.grey, { x, y in (x + y) % 8 < 1 || (x - y + 800) % 8 < 1 }, (255, 255, 255)),
        ]
        let total = max(1, segments.map(\.0).reduce(0, +))
        var left = 0
        let scale = 4
        for (count, colour, pattern, ink) in segments where count > 0 {
            let width = max(Self.numberWidth(count, scale) + 8, Self.width * count / total)
            let w = min(width, Self.width - left)
            image.fill(x: left, y: 0, width: w, height: Self.height, colour, pattern: pattern, ink: ink)
            // The count on a plain patch, so the pattern never hides the digits.
            let text = String(count), textWidth = PNGImage.numberWidth(text, scale: scale)
            let patch = (x: left + (w - textWidth) / 2 - 3, y: (Self.height - 5 * scale) / 2 - 3)
            image.fill(x: patch.x, y: patch.y, width: textWidth + 6, height: 5 * scale + 6, (255, 255, 255))
            image.draw(number: text, x: patch.x + 3, y: patch.y + 3, scale: scale, (0, 0, 0))
            left += w
        }
        return image.png
    }

    private static func numberWidth(_ count: Int, _ scale: Int) -> Int {
        PNGImage.numberWidth(String(count), scale: scale)
    }
}
