/// A piece of work the trust has to show for itself: a policy, minutes, a survey.
public struct EvidenceItem: Hashable, Sendable {
    public var id: String
    public var title: String
    public var kind: String
    public var owner: String?
    public var status: ItemStatus
    public var approvedBy: String?
    public var approvedOn: CivilDate?
    public var lastReviewed: CivilDate?
    public var reviewDue: CivilDate?
    public var date: CivilDate?
    public var satisfies: [String]
    public var characteristics: [ProtectedCharacteristic]
    public var topics: [String]
    public var tags: [String]
    public var actions: [ActionItem]
    /// The document itself: a Markdown file or a manifest entry's `path`.
    public var path: String
    /// Where the item is defined: front matter or a manifest entry.
    public var location: SourceLocation
    /// Where each field's value sits, so a finding can point at the failing field.
    public var fieldLocations: [String: SourceLocation]

    public init(
        id: String, title: String, kind: String, owner: String? = nil, status: ItemStatus,
        approvedBy: String? = nil, approvedOn: CivilDate? = nil, lastReviewed: CivilDate? = nil,
        reviewDue: CivilDate? = nil, date: CivilDate? = nil, satisfies: [String] = [],
        characteristics: [ProtectedCharacteristic] = [], topics: [String] = [], tags: [String] = [],
        actions: [ActionItem] = [], path: String, location: SourceLocation,
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.owner = owner
        self.status = status
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.lastReviewed = lastReviewed
        self.reviewDue = reviewDue
        self.date = date
        self.satisfies = satisfies
        self.characteristics = characteristics
        self.topics = topics
        self.tags = tags
        self.actions = actions
        self.path = path
        self.location = location
        self.fieldLocations = fieldLocations
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
    public var what: String
    public var owner: String?
    public var due: CivilDate?
    public var status: ActionStatus
    public var doneOn: CivilDate?
    public var location: SourceLocation

    public init(what: String, owner: String? = nil, due: CivilDate? = nil, status: ActionStatus,
                doneOn: CivilDate? = nil, location: SourceLocation) {
        self.what = what
        self.owner = owner
        self.due = due
        self.status = status
        self.doneOn = doneOn
        self.location = location
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
