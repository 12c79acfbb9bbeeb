import Foundation

/// The one JSON writer every machine format uses: pretty, sorted keys, unescaped slashes,
/// and a final newline.
enum JSONOutput {
    static func render(_ value: some Encodable, snakeCase: Bool = true) -> String {
        let encoder = JSONEncoder()
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Report values hold only strings, numbers, dates as strings and arrays of them, so
        // encoding cannot fail; a failure would be a programming error.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
