import Foundation

/// A trust's own Word template (`--template FILE.docx`): the parts of it the Word paper
/// takes, by their path in the package (word/styles.xml, word/theme/theme1.xml, the
/// default header and footer with their relationships and pictures).
public struct WordTemplate: Sendable {
    public var parts: [String: Data]

    public init(parts: [String: Data]) {
        self.parts = parts
    }
}
