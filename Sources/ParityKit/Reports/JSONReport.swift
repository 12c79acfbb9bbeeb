import Foundation

/// The assessment as JSON with snake_case keys in sorted order, so the same input always
/// gives the same bytes. The README documents every field.
struct JSONReport {
    func render(_ assessment: Assessment) -> String {
        JSONOutput.render(assessment)
    }
}
