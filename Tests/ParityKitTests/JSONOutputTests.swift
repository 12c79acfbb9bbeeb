import Foundation
import Testing
@testable import ParityKit

/// parity writes JSON with its own encoder for speed; these pin it to the bytes
/// Foundation's `JSONEncoder` writes with the options parity used before, on values that
/// exercise every rule it copies. The golden reports check the real report types.
@Suite struct JSONOutputTests {
    struct Tricky: Encodable {
        var someKey = 1
        var myURLProperty = "https://example.org/a/b"
        var value9B = 2
        var x2y = 3
        var already_snake = 4
        var ALLCAPS = 5
        var dueSoonDays = 6
        var dictionary = ["camelKey": 1, "URLThing": 2, "b": 3, "a": 4, "B": 5, "é": 6]
        var doubles: [Double] = [1, 0.5, -0.5, 62.5, 44.7, 1e-05, 1e20, 0.1 + 0.2, 1_234_567.891, -0.0]
        var floats: [Float] = [0.1, 2, 3.25]
        var integers: [Int] = [0, -3, Int.max]
        var flags = [true, false]
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var text = "quote \" backslash \\ slash / newline \n tab \t return \r bell \u{7} unit \u{1F} del \u{7F} é 😀"
        var nested: [[String: [Int]]] = [["k": []], [:]]
        var absent: Int? = nil
        @NullEncoded var explicitNull: CivilDate? = nil
        @NullEncoded var date: CivilDate? = CivilDate(iso: "2024-03-31")
        var deeper = Inner()
    }

    struct Inner: Encodable {
        var innerKey: [String] = ["x", ""]
        var moreInner: [String: [String: Double]] = ["z": ["y": 2.0]]
    }

    func foundation(_ value: some Encodable, snakeCase: Bool) throws -> String {
        let encoder = JSONEncoder()
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test(arguments: [true, false]) func theBytesAreFoundationsBytes(snakeCase: Bool) throws {
        let ours = JSONOutput.render(Tricky(), snakeCase: snakeCase)
        let theirs = try foundation(Tricky(), snakeCase: snakeCase)
        #expect(ours == theirs, "\(unifiedDiff(from: theirs, to: ours, names: ("JSONEncoder", "JSONOutput")))")
    }

    /// Keys chosen at run time, so Foundation can be asked how it converts any of them.
    struct Keys: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        let names: [String]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (index, name) in names.enumerated() { try container.encode(index, forKey: Key(stringValue: name)) }
        }
    }

    @Test func snakeCaseSplitsWordsAsFoundationDoes() throws {
        let names = ["someKey", "myURLProperty", "value9B", "URL", "a", "dueSoonDays", "isHTTPSOn", "x2Y3z",
                     "ABc", "aB", "already_snake", "withTrailingCAPS", "schemaVersion", "partialFingerprints", "endColumn"]
        let theirs = try JSONSerialization.jsonObject(with: Data(foundation(Keys(names: names), snakeCase: true).utf8)) as! [String: Int]
        for (index, name) in names.enumerated() {
            let converted = SnakeCase.converted(name)
            #expect(theirs[converted] == index, "\(name) → \(converted); Foundation: \(theirs.first { $0.value == index }?.key ?? "?")")
        }
    }
}
