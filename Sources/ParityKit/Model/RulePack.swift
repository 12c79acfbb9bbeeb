/// One expectation a trust is held to.
public struct Rule: Hashable, Sendable {
    public var id: String
    public var pack: String
    public var title: String
    public var desiredState: String
    public var owners: [String]
    public var deadline: Deadline
    public var severity: Severity
    public var source: String
    public var evidence: Condition
    public var remediation: String
    /// Small repositories with the verdict the rule must give on each.
    public var examples: [RuleExample]
    public var location: SourceLocation

    public init(
        id: String, pack: String, title: String, desiredState: String, owners: [String],
        deadline: Deadline, severity: Severity, source: String, evidence: Condition,
        remediation: String, examples: [RuleExample] = [], location: SourceLocation
    ) {
        self.examples = examples
        self.id = id
        self.pack = pack
        self.title = title
        self.desiredState = desiredState
        self.owners = owners
        self.deadline = deadline
        self.severity = severity
        self.source = source
        self.evidence = evidence
        self.remediation = remediation
        self.location = location
    }
}

/// A set of rules with the owner and kind vocabularies they draw on.
public struct RulePack: Hashable, Sendable {
    public var id: String
    public var title: String
    public var revision: String
    public var source: String
    public var owners: [String]
    public var kinds: [String]
    public var rules: [Rule]
    /// Measures the pack's rules (or any applied pack's) may judge figures by.
    public var indicators: [Indicator]
    /// The file it was read from: `rules/hia6.yaml` for a built-in pack.
    public var file: String
    public var isBuiltin: Bool

    public init(
        id: String, title: String, revision: String, source: String, owners: [String],
        kinds: [String], rules: [Rule], indicators: [Indicator] = [], file: String, isBuiltin: Bool
    ) {
        self.indicators = indicators
        self.id = id
        self.title = title
        self.revision = revision
        self.source = source
        self.owners = owners
        self.kinds = kinds
        self.rules = rules
        self.file = file
        self.isBuiltin = isBuiltin
    }
}
