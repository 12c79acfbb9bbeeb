import Foundation

/// The assessment as JSON with snake_case keys in sorted order, so the same input always
/// gives the same bytes. The README documents every field.
struct JSONReport {
    func render(_ assessment: Assessment) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value in an assessment is encodable; a failure here is a programming error.
        let data = try! encoder.encode(assessment)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
