/// A piece of work the trust has to show for itself: a policy, minutes, a survey.
///
/// A value, stored once behind a reference (copy on write): the evaluator hands items
/// from index to leaf to finding, and a copy of eighteen fields cost eighteen reference
/// counts where this costs one.
public struct EvidenceItem: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        var id: String
        var title: String
        var kind: String
        var owner: String?
        var status: ItemStatus
        var approvedBy: String?
        var approvedOn: CivilDate?
        var lastReviewed: CivilDate?
        var reviewDue: CivilDate?
        var date: CivilDate?
        var satisfies: [String]
        var characteristics: [ProtectedCharacteristic]
        var topics: [String]
        var tags: [String]
        var actions: [ActionItem]
        var path: String
        var location: SourceLocation
        var fieldLocations: [String: SourceLocation]
    }

    // Mutated only through `update`, which copies it first unless this value is its only owner.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    public static func == (lhs: EvidenceItem, rhs: EvidenceItem) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    public var id: String {
        get { storage.fields.id }
        set { update { $0.id = newValue } }
    }
    public var title: String {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var kind: String {
        get { storage.fields.kind }
        set { update { $0.kind = newValue } }
    }
    public var owner: String? {
        get { storage.fields.owner }
        set { update { $0.owner = newValue } }
    }
    public var status: ItemStatus {
        get { storage.fields.status }
        set { update { $0.status = newValue } }
    }
    public var approvedBy: String? {
        get { storage.fields.approvedBy }
        set { update { $0.approvedBy = newValue } }
    }
    public var approvedOn: CivilDate? {
        get { storage.fields.approvedOn }
        set { update { $0.approvedOn = newValue } }
    }
    public var lastReviewed: CivilDate? {
        get { storage.fields.lastReviewed }
        set { update { $0.lastReviewed = newValue } }
    }
    public var reviewDue: CivilDate? {
        get { storage.fields.reviewDue }
        set { update { $0.reviewDue = newValue } }
    }
    public var date: CivilDate? {
        get { storage.fields.date }
        set { update { $0.date = newValue } }
    }
    public var satisfies: [String] {
        get { storage.fields.satisfies }
        set { update { $0.satisfies = newValue } }
    }
    public var characteristics: [ProtectedCharacteristic] {
        get { storage.fields.characteristics }
        set { update { $0.characteristics = newValue } }
    }
    public var topics: [String] {
        get { storage.fields.topics }
        set { update { $0.topics = newValue } }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { update { $0.tags = newValue } }
    }
    public var actions: [ActionItem] {
        get { storage.fields.actions }
        set { update { $0.actions = newValue } }
    }
    /// The document itself: a Markdown file or a manifest entry's `path`.
    public var path: String {
        get { storage.fields.path }
        set { update { $0.path = newValue } }
    }
    /// Where the item is defined: front matter or a manifest entry.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { update { $0.location = newValue } }
    }
    /// Where each field's value sits, so a finding can point at the failing field.
    public var fieldLocations: [String: SourceLocation] {
        get { storage.fields.fieldLocations }
        set { update { $0.fieldLocations = newValue } }
    }

    public init(
        id: String, title: String, kind: String, owner: String? = nil, status: ItemStatus,
        approvedBy: String? = nil, approvedOn: CivilDate? = nil, lastReviewed: CivilDate? = nil,
        reviewDue: CivilDate? = nil, date: CivilDate? = nil, satisfies: [String] = [],
        characteristics: [ProtectedCharacteristic] = [], topics: [String] = [], tags: [String] = [],
        actions: [ActionItem] = [], path: String, location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        storage = Storage(Fields(
            id: id, title: title, kind: kind, owner: owner, status: status, approvedBy: approvedBy,
            approvedOn: approvedOn, lastReviewed: lastReviewed, reviewDue: reviewDue, date: date,
            satisfies: satisfies, characteristics: characteristics, topics: topics, tags: tags,
            actions: actions, path: path, location: location, fieldLocations: fieldLocations))
    }

    /// The location of a field's value, or of the item when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? location
    }

    /// The most recent date the item was approved or reviewed.
    public var lastReviewOrApproval: CivilDate? {
        [approvedOn, lastReviewed].compactMap { $0 }.max()
    }

    /// The item as it stood on `day`, or nil if it did not exist yet. Evidence counts
    /// only from its own date: an approval, review or completed action after `day` had
    /// not happened on `day`.
    public func asOf(_ day: CivilDate) -> EvidenceItem? {
        if let date, date > day { return nil }
        var item = self
        if let approvedOn, approvedOn > day {
            // Without a `date` we cannot tell whether a draft existed on `day`.
            guard date != nil else { return nil }
            item.status = .draft
            item.approvedOn = nil
            item.approvedBy = nil
            item.lastReviewed = nil
        }
        if let reviewed = item.lastReviewed, reviewed > day {
            item.lastReviewed = nil
        }
        // Most items hold nothing later than the day: keep their actions as they are,
        // without a copy, since large repositories ask this of every item on many days.
        if actions.contains(where: { $0.doneOn.map { $0 > day } ?? false }) {
            item.actions = actions.map { $0.asOf(day) }
        }
        return item
    }
}

/// A piece of work in progress recorded against an item.
public struct ActionItem: Hashable, Sendable {
    /// The action's id: its own `id:` in front matter, or, when it has none, its item's id
    /// and its place among the item's actions (`ACT-102/2`), which no other item changes.
    public var id: String
    public var what: String
    public var owner: String?
    public var due: CivilDate?
    public var status: ActionStatus
    public var doneOn: CivilDate?
    /// The due date before it was first revised, kept when an owner moves `due`.
    public var wasDue: CivilDate?
    /// The Board Assurance Framework risk the action answers, as the trust writes it.
    public var bafReference: String?
    /// Owners' progress notes, oldest first.
    public var updates: [ActionUpdate]
    public var location: SourceLocation
    /// The fingerprint of the action as written in the repository, kept when the action
    /// is viewed as it stood on an earlier day.
    public private(set) var writtenFingerprint = ""

    public init(id: String = "", what: String, owner: String? = nil, due: CivilDate? = nil, status: ActionStatus,
                doneOn: CivilDate? = nil, wasDue: CivilDate? = nil, bafReference: String? = nil,
                updates: [ActionUpdate] = [], location: SourceLocation) {
        self.id = id
        self.what = what
        self.owner = owner
        self.due = due
        self.status = status
        self.doneOn = doneOn
        self.wasDue = wasDue
        self.bafReference = bafReference
        self.updates = updates
        self.location = location
        writtenFingerprint = fingerprint
    }

    /// The derived id of the action at `position` (from 1) among an item's actions.
    public static func derivedID(item: String, position: Int) -> String {
        "\(item)/\(position)"
    }

    /// A short hash of everything the action states, as written: the tracker records it
    /// so that `parity import tracker` can tell an owner's edit from a change made in the
    /// repository since the tracker was written.
    public var fingerprint: String {
        var text = [id, what, owner ?? "", due?.description ?? "", status.rawValue, doneOn?.description ?? "",
                    wasDue?.description ?? "", bafReference ?? ""].joined(separator: "\u{1F}")
        for update in updates {
            text += "\u{1E}" + [update.date.description, update.by ?? "", update.note].joined(separator: "\u{1F}")
        }
        return StableHash.hex(text)
    }

    func asOf(_ day: CivilDate) -> ActionItem {
        guard status == .done, let doneOn, doneOn > day else { return self }
        var action = self
        action.status = .open
        action.doneOn = nil
        return action
    }

    public func isOverdue(on day: CivilDate) -> Bool {
        guard status == .open, let due else { return false }
        return due < day
    }
}

/// One progress note on an action: when, by whom and what.
public struct ActionUpdate: Hashable, Sendable, Codable {
    public var date: CivilDate
    @NullEncoded public var by: String?
    public var note: String

    public init(date: CivilDate, by: String?, note: String) {
        self.date = date
        self.by = by
        self.note = note
    }
}
