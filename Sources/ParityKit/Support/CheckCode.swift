/// Every kind of problem parity reports besides a rule's own finding. Title, help and
/// default severity live in exhaustive switches, so a code cannot exist without the words
/// SARIF, JUnit and docs/reports.md give it.
public enum CheckCode: String, CaseIterable, Codable, Sendable, Comparable {
    case invalidYAML = "invalid-yaml"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case invalidInput = "invalid-input"
    case invalidText = "invalid-text"
    case fileTooLarge = "file-too-large"
    case unreadableFile = "unreadable-file"
    case frontMatter = "front-matter"
    case duplicateID = "duplicate-id"
    case duplicateFigure = "duplicate-figure"
    case unknownKind = "unknown-kind"
    case unknownRule = "unknown-rule"
    case unknownIndicator = "unknown-indicator"
    case likelyFraction = "likely-fraction"
    case manifestPath = "manifest-path"
    case pathOutsideRepository = "path-outside-repository"
    case outOfReview = "out-of-review"
    case approvedAfterAsOf = "approved-after-as-of"
    case actionIncomplete = "action-incomplete"
    case actionOverdue = "action-overdue"
    case invalidWaiver = "invalid-waiver"
    case waiverLapsed = "waiver-lapsed"
    case waiverSelfApproved = "waiver-self-approved"
    case limitExceeded = "limit-exceeded"
    case ruleExample = "rule-example"

    public var title: String {
        switch self {
        case .invalidYAML: return "The file is not valid YAML"
        case .duplicateKey: return "A key appears twice in one mapping"
        case .unknownKey: return "A key parity does not know"
        case .invalidInput: return "A value of the wrong type or form"
        case .invalidText: return "The file is not UTF-8 text"
        case .fileTooLarge: return "The file is larger than parity reads"
        case .unreadableFile: return "The file cannot be read"
        case .frontMatter: return "Front matter that never closes"
        case .duplicateID: return "Two evidence items share an id"
        case .duplicateFigure: return "A figure or target given twice"
        case .unknownKind: return "A kind no applied pack declares"
        case .unknownRule: return "satisfies names a rule no applied pack defines"
        case .unknownIndicator: return "Figures for an indicator no applied pack declares"
        case .likelyFraction: return "A percentage written as a fraction"
        case .manifestPath: return "A manifest path that does not exist"
        case .pathOutsideRepository: return "A path that leads outside the repository"
        case .outOfReview: return "A document past its review date"
        case .approvedAfterAsOf: return "A date after the as-of date"
        case .actionIncomplete: return "An action item without an owner or a due date"
        case .actionOverdue: return "An open action past its due date"
        case .invalidWaiver: return "A waiver parity cannot accept"
        case .waiverLapsed: return "A waiver that has expired"
        case .waiverSelfApproved: return "A waiver approved by an owner of the rule it waives"
        case .limitExceeded: return "A file beyond one of parity's limits"
        case .ruleExample: return "A rule's example that does not give the verdict it states"
        }
    }

    public var help: String {
        switch self {
        case .invalidYAML: return "Fix the YAML syntax at the position given; indent with spaces, not tabs."
        case .duplicateKey: return "Keep one of the two values; YAML parsers disagree on which one wins."
        case .unknownKey: return "Correct the spelling (the message suggests the nearest known key) or remove the key."
        case .invalidInput: return "Give the value in the form the message names: dates as YYYY-MM-DD, lists in [ ], one of the listed words."
        case .invalidText: return "Save the file as UTF-8."
        case .fileTooLarge: return "Policy metadata never needs this much; split the file or move data into a CSV listed in inventory.yaml."
        case .unreadableFile: return "Check the file's permissions."
        case .frontMatter: return "End the front matter with a line holding only ---."
        case .duplicateID: return "Give each document a unique id; rules and reports refer to items by id."
        case .duplicateFigure: return "Keep one row per indicator, period and group (and one target per indicator, group and set_on); a second would silently replace the first."
        case .unknownKind: return "Use one of the kinds the packs declare, or declare the kind in a pack of your own."
        case .unknownRule: return "Correct the rule id, or apply the pack that defines it in parity.yaml."
        case .unknownIndicator: return "Correct the indicator id, or apply the pack that declares it in parity.yaml (the message names it when a built-in pack does)."
        case .likelyFraction: return "Write a percentage out of 100 (15 or 15%, not 0.15); if the figure really is 1% or less, add fraction_ok: true to the row."
        case .manifestPath: return "Correct the path in inventory.yaml, relative to the repository root, or add the file."
        case .pathOutsideRepository: return "Keep every document inside the repository; parity never reads outside it."
        case .outOfReview: return "Review the document, then set last_reviewed and a new review_due."
        case .approvedAfterAsOf: return "A document cannot be approved or reviewed in the future; correct the date."
        case .actionIncomplete: return "Give every open action an owner and a due date, so that it can be followed up."
        case .actionOverdue: return "Complete the action (status: done, done_on: DATE) or agree and record a new due date."
        case .invalidWaiver: return "A waiver names a rule that exists, gives a reason, who approved it and when, and expires within waiver_max_months (default 12) of its approval."
        case .waiverLapsed: return "Close the gap, or record a new waiver approved by someone who does not own the rule."
        case .waiverSelfApproved: return "Have the waiver approved by a body that does not own the gap, such as the Board or a board committee."
        case .limitExceeded: return "See 'Limits and safety' in docs/rule-language.md: split the file, or remove the aliases that expand without end."
        case .ruleExample: return "An example is the rule's specification: correct the example's items, figures or expected status, or the rule, until the two agree."
        }
    }

    /// Input parity cannot read or trust is an error, since no verdict can rest on it;
    /// the document checks are warnings about a repository that can still be judged.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .invalidYAML, .duplicateKey, .unknownKey, .invalidInput, .invalidText, .fileTooLarge, .unreadableFile,
             .frontMatter, .duplicateID, .duplicateFigure, .unknownKind, .unknownRule, .unknownIndicator,
             .likelyFraction, .manifestPath, .pathOutsideRepository, .invalidWaiver, .limitExceeded, .ruleExample:
            return .error
        case .outOfReview, .approvedAfterAsOf, .actionIncomplete, .actionOverdue, .waiverLapsed, .waiverSelfApproved:
            return .warning
        }
    }

    public static func < (lhs: CheckCode, rhs: CheckCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
