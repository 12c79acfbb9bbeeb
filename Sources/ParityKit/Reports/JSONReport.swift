import Foundation

/// The assessment as JSON with snake_case keys in sorted order, so the same input always
/// gives the same bytes. docs/reports.md documents every field.
struct JSONReport {
    func render(_ assessment: Assessment) -> String {
        JSONOutput.render(assessment)
    }
}
