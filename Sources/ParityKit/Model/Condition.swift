/// A rule's evidence condition: combinators over leaves that select and constrain
/// evidence items. Pure data; `ConditionEvaluator` gives it meaning.
public indirect enum Condition: Hashable, Sendable {
    case all([Condition], at: SourceLocation)
    case any([Condition], at: SourceLocation)
    case not(Condition, at: SourceLocation)
    case atLeast(Int, of: [Condition], at: SourceLocation)
    /// Met when another rule is met; how a plan phase rests on its activities.
    case rule(String, at: SourceLocation)
    case evidence(EvidenceLeaf)
    case measure(MeasureLeaf)

    public var location: SourceLocation {
        switch self {
        case .all(_, let at), .any(_, let at), .not(_, let at), .atLeast(_, _, let at), .rule(_, let at):
            return at
        case .evidence(let leaf):
            return leaf.location
        case .measure(let leaf):
            return leaf.location
        }
    }

    /// Every leaf, in order, for checks such as "which items does this rule look at".
    public var leaves: [EvidenceLeaf] {
        switch self {
        case .all(let children, _), .any(let children, _), .atLeast(_, let children, _):
            return children.flatMap(\.leaves)
        case .not(let child, _):
            return child.leaves
        case .rule, .measure:
            return []
        case .evidence(let leaf):
            return [leaf]
        }
    }

    /// The rule ids this condition rests on.
    public var referencedRules: [(id: String, location: SourceLocation)] {
        switch self {
        case .all(let children, _), .any(let children, _), .atLeast(_, let children, _):
            return children.flatMap(\.referencedRules)
        case .not(let child, _):
            return child.referencedRules
        case .rule(let id, let at):
            return [(id, at)]
        case .evidence, .measure:
            return []
        }
    }

    /// Every condition over figures, in order.
    public var measureLeaves: [MeasureLeaf] {
        switch self {
        case .all(let children, _), .any(let children, _), .atLeast(_, let children, _):
            return children.flatMap(\.measureLeaves)
        case .not(let child, _):
            return child.measureLeaves
        case .rule, .evidence:
            return []
        case .measure(let leaf):
            return [leaf]
        }
    }
}

/// Which items a leaf looks at. An item must match every criterion given.
public struct EvidenceSelection: Hashable, Sendable {
    public enum Claim: Hashable, Sendable {
        /// The item lists the rule being evaluated in `satisfies`.
        case thisRule
        /// The item lists this rule id in `satisfies`.
        case rule(String)
    }

    public var kinds: [String]
    public var tags: [String]
    public var claims: Claim?

    public init(kinds: [String] = [], tags: [String] = [], claims: Claim? = nil) {
        self.kinds = kinds
        self.tags = tags
        self.claims = claims
    }
}

/// An item that must answer another: agreed on or after the latest item it answers (a
/// finding), and within a period of it. How "immediate steps" are tied to what prompted them.
public struct EvidenceResponse: Hashable, Sendable {
    /// The items answered, such as data reviews tagged inconsistency-found.
    public var selection: EvidenceSelection
    public var within: Period

    public init(selection: EvidenceSelection, within: Period) {
        self.selection = selection
        self.within = within
    }
}

/// A leaf condition: select items, then require enough of them to pass every constraint.
public struct EvidenceLeaf: Hashable, Sendable {
    public var selection: EvidenceSelection
    /// Tags the one item must carry together (a selection's tags need only one of them).
    public var withTags: [String] = []
    public var respondsTo: EvidenceResponse?
    public var statuses: [ItemStatus]
    public var approvedBy: [String]
    public var approvedWithin: Period?
    public var reviewedWithin: Period?
    public var approvedByDeadline: Bool
    public var inReviewDate: Bool
    public var characteristics: [ProtectedCharacteristic]
    public var topics: [String]
    public var minCount: Int
    public var describe: String?
    public var location: SourceLocation

    public init(
        selection: EvidenceSelection,
        statuses: [ItemStatus] = [],
        approvedBy: [String] = [],
        approvedWithin: Period? = nil,
        reviewedWithin: Period? = nil,
        approvedByDeadline: Bool = false,
        inReviewDate: Bool = false,
        characteristics: [ProtectedCharacteristic] = [],
        topics: [String] = [],
        minCount: Int = 1,
        describe: String? = nil,
        location: SourceLocation
    ) {
        self.selection = selection
        self.statuses = statuses
        self.approvedBy = approvedBy
        self.approvedWithin = approvedWithin
        self.reviewedWithin = reviewedWithin
        self.approvedByDeadline = approvedByDeadline
        self.inReviewDate = inReviewDate
        self.characteristics = characteristics
        self.topics = topics
        self.minCount = minCount
        self.describe = describe
        self.location = location
    }
}
