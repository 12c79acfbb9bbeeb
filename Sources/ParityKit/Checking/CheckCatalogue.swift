/// The checks `parity check` runs besides the rules, with the words SARIF and the README
/// show for each.
public enum CheckCatalogue {
    public struct Entry: Sendable {
        public let id: String
        public let title: String
        public let help: String
    }

    public static let entries: [Entry] = [
        Entry(id: "invalid-yaml", title: "The file is not valid YAML",
              help: "Fix the YAML syntax at the position given; indent with spaces, not tabs."),
        Entry(id: "duplicate-key", title: "A key appears twice in one mapping",
              help: "Keep one of the two values; YAML parsers disagree on which one wins."),
        Entry(id: "unknown-key", title: "A key parity does not know",
              help: "Correct the spelling (the message suggests the nearest known key) or remove the key."),
        Entry(id: "invalid-input", title: "A value of the wrong type or form",
              help: "Give the value in the form the message names: dates as YYYY-MM-DD, lists in [ ], one of the listed words."),
        Entry(id: "invalid-text", title: "The file is not UTF-8 text",
              help: "Save the file as UTF-8."),
        Entry(id: "file-too-large", title: "The file is larger than parity reads",
              help: "Policy metadata never needs this much; split the file or move data into a CSV listed in inventory.yaml."),
        Entry(id: "unreadable-file", title: "The file cannot be read",
              help: "Check the file's permissions."),
        Entry(id: "front-matter", title: "Front matter that never closes",
              help: "End the front matter with a line holding only ---."),
        Entry(id: "duplicate-id", title: "Two evidence items share an id",
              help: "Give each document a unique id; rules and reports refer to items by id."),
        Entry(id: "unknown-kind", title: "A kind no applied pack declares",
              help: "Use one of the kinds the packs declare, or declare the kind in a pack of your own."),
        Entry(id: "unknown-rule", title: "satisfies names a rule no applied pack defines",
              help: "Correct the rule id, or apply the pack that defines it in parity.yaml."),
        Entry(id: "manifest-path", title: "A manifest path that does not exist",
              help: "Correct the path in inventory.yaml, relative to the repository root, or add the file."),
        Entry(id: "path-outside-repository", title: "A path that leads outside the repository",
              help: "Keep every document inside the repository; parity never reads outside it."),
        Entry(id: "out-of-review", title: "A document past its review date",
              help: "Review the document, then set last_reviewed and a new review_due."),
        Entry(id: "approved-after-as-of", title: "A date after the as-of date",
              help: "A document cannot be approved or reviewed in the future; correct the date."),
        Entry(id: "action-incomplete", title: "An action item without an owner or a due date",
              help: "Give every open action an owner and a due date, so that it can be followed up."),
        Entry(id: "action-overdue", title: "An open action past its due date",
              help: "Complete the action (status: done, done_on: DATE) or agree and record a new due date."),
        Entry(id: "invalid-waiver", title: "A waiver parity cannot accept",
              help: "A waiver names a rule that exists, gives a reason, who approved it and when, and expires within waiver_max_months (default 12) of its approval."),
        Entry(id: "waiver-lapsed", title: "A waiver that has expired",
              help: "Close the gap, or record a new waiver approved by someone who does not own the rule."),
        Entry(id: "waiver-self-approved", title: "A waiver approved by an owner of the rule it waives",
              help: "Have the waiver approved by a body that does not own the gap, such as the Board or a board committee."),
        Entry(id: "limit-exceeded", title: "A file beyond one of parity's limits",
              help: "See the README's Limits and safety: split the file, or remove the aliases that expand without end."),
    ]

    public static func entry(_ id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}
