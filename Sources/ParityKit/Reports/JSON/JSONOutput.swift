/// The one JSON writer every machine format uses: pretty, sorted keys, unescaped slashes,
/// and a final newline, byte for byte as Foundation's `JSONEncoder` writes them with
/// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes` (and `.convertToSnakeCase`).
/// `ReportEncoder` builds the tree and `JSONText` writes it: on a 10,000-document
/// repository Foundation's encoder spent a quarter of `gap --format json`.
enum JSONOutput {
    static func render(_ value: some Encodable, snakeCase: Bool = true) -> String {
        JSONText.document(ReportEncoder.node(for: value, snakeCase: snakeCase))
    }
}
