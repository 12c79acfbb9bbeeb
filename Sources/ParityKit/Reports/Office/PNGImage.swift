/// A small RGB image parity draws itself (bars and digits, no fonts) and writes as PNG,
/// so Word shows the charts that the HTML board pack draws in SVG: Word before 2016 does
/// not read SVG. The PNG's zlib stream uses stored blocks; the package's ZIP deflates it.
struct PNGImage {
    let width: Int, height: Int
    private var pixels: [UInt8]

    typealias Colour = (r: UInt8, g: UInt8, b: UInt8)

    init(width: Int, height: Int, background: Colour = (255, 255, 255)) {
        self.width = width
        self.height = height
        pixels = Array(repeating: 0, count: width * height * 3)
        fill(x: 0, y: 0, width: width, height: height, background)
    }

    mutating func set(_ x: Int, _ y: Int, _ colour: Colour) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = (y * width + x) * 3
        pixels[i] = colour.r
        pixels[i + 1] = colour.g
        pixels[i + 2] = colour.b
    }

    /// A rectangle, solid or with a pattern deciding pixel by pixel which colour it takes.
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, _ colour: Colour,
                       pattern: ((Int, Int) -> Bool)? = nil, ink: Colour = (0, 0, 0)) {
        for row in y..<(y + h) {
            for column in x..<(x + w) {
                set(column, row, pattern?(column, row) == true ? ink : colour)
            }
        }
    }

    /// A number drawn with a 3×5 pixel font, each pixel `scale` wide, its top left at x, y.
    mutating func draw(number text: String, x: Int, y: Int, scale: Int, _ colour: Colour) {
        var left = x
        for character in text {
            guard let glyph = Self.digits[character] else { left += 4 * scale; continue }
            for (row, bits) in glyph.enumerated() {
                for column in 0..<3 where bits & (0b100 >> column) != 0 {
                    fill(x: left + column * scale, y: y + row * scale, width: scale, height: scale, colour)
                }
            }
            left += 4 * scale
        }
    }

    /// How wide `draw(number:)` draws `text`.
    static func numberWidth(_ text: String, scale: Int) -> Int { max(0, text.count * 4 - 1) * scale }

    private static let digits: [Character: [UInt8]] = [
        "0": [0b111, 0b101, 0b101, 0b101, 0b111], "1": [0b010, 0b110, 0b010, 0b010, 0b111],
        "2": [0b111, 0b001, 0b111, 0b100, 0b111], "3": [0b111, 0b001, 0b111, 0b001, 0b111],
        "4": [0b101, 0b101, 0b111, 0b001, 0b001], "5": [0b111, 0b100, 0b111, 0b001, 0b111],
        "6": [0b111, 0b100, 0b111, 0b101, 0b111], "7": [0b111, 0b001, 0b010, 0b010, 0b010],
        "8": [0b111, 0b101, 0b111, 0b101, 0b111], "9": [0b111, 0b101, 0b111, 0b001, 0b111],
    ]

    // MARK: PNG

    var png: [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width * 3 + 1) * height)
        for row in 0..<height {
            raw.append(0)  // filter: none
            raw.append(contentsOf: pixels[(row * width * 3)..<((row + 1) * width * 3)])
        }
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit RGB, deflate, adaptive filters, no interlace
        out += Self.chunk("IHDR", header)
        out += Self.chunk("IDAT", Self.zlibStored(raw))
        out += Self.chunk("IEND", [])
        return out
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let size = min(65_535, data.count - offset)
            let last: UInt8 = offset + size >= data.count ? 1 : 0
            out.append(last)
            out += [UInt8(size & 0xFF), UInt8(size >> 8), UInt8(~size & 0xFF), UInt8((~size >> 8) & 0xFF)]
            out += data[offset..<(offset + size)]
            offset += size
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
