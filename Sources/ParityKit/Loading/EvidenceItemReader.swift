/// Reads one evidence item from a front matter or manifest mapping. Kinds and rule ids
/// are checked later, against the packs the trust applies.
enum EvidenceItemReader {
    static let fields = [
        "id", "title", "kind", "owner", "status", "approved_by", "approved_on", "last_reviewed",
        "review_due", "date", "satisfies", "characteristics", "topics", "tags", "actions",
    ]

    static func read(_ map: YAMLMapping, path: String, extraKeys: [String] = []) throws -> EvidenceItem {
        try map.checkKeys(fields + extraKeys)
        var locations: [String: SourceLocation] = [:]
        for (key, location) in map.valueLocations { locations[key] = location }

        let status = try map.required("status").oneOf(ItemStatus.self, "status")
        var item = EvidenceItem(
            id: try map.required("id").string("id"),
            title: try map.required("title").string("title"),
            kind: try map.required("kind").string("kind"),
            status: status,
            path: path,
            location: map.location,
            fieldLocations: [:]
        )
        item.owner = try map["owner"]?.string("owner")
        item.approvedBy = try map["approved_by"]?.string("approved_by")
        item.approvedOn = try map["approved_on"]?.date("approved_on")
        item.lastReviewed = try map["last_reviewed"]?.date("last_reviewed")
        item.reviewDue = try map["review_due"]?.date("review_due")
        item.date = try map["date"]?.date("date")
        for claim in try map["satisfies"]?.scalarOrList("satisfies") ?? [] {
            let id = try claim.string("a rule id in satisfies")
            item.satisfies.append(id)
            locations["satisfies:\(id)"] = claim.location
        }
        item.fieldLocations = locations
        item.characteristics = try map["characteristics"].map(characteristics) ?? []
        item.topics = try map["topics"]?.strings("topics").map { $0.lowercased() } ?? []
        item.tags = try map["tags"]?.strings("tags") ?? []
        item.actions = try map["actions"]?.list("actions").enumerated().map { index, value in
            try action(value, item: item.id, position: index + 1)
        } ?? []

        if status == .approved, item.approvedOn == nil {
            throw map.error("item '\(item.id)' is approved but has no approved_on date")
        }
        if let approvedOn = item.approvedOn, let reviewed = item.lastReviewed, reviewed < approvedOn {
            throw ParityError("last_reviewed \(reviewed) is before approved_on \(approvedOn)", at: item.location(of: "last_reviewed"))
        }
        return item
    }

    /// `all`, or a list of the nine protected characteristics.
    static func characteristics(_ value: YAMLValue) throws -> [ProtectedCharacteristic] {
        if value.isScalar, try value.string("characteristics") == "all" {
            return ProtectedCharacteristic.allCases
        }
        let values = try value.list("characteristics: 'all' or").map {
            try $0.oneOf(ProtectedCharacteristic.self, "protected characteristic")
        }
        return ProtectedCharacteristic.allCases.filter(values.contains)
    }

    static let actionFields = ["id", "what", "owner", "due", "status", "done_on", "was_due", "baf_reference", "updates"]

    /// The action at `position` (from 1) among the actions of item `item`.
    static func action(_ value: YAMLValue, item: String, position: Int) throws -> ActionItem {
        let map = try value.mapping("an action item")
        try map.checkKeys(actionFields)
        let status = try map["status"]?.oneOf(ActionStatus.self, "action status") ?? .open
        let doneOn = try map["done_on"]?.date("done_on")
        if doneOn != nil, status != .done {
            throw ParityError("done_on is set but status is not 'done'", at: map.keyLocation("done_on") ?? map.location)
        }
        return ActionItem(
            id: try map["id"]?.string("id") ?? ActionItem.derivedID(item: item, position: position),
            what: try map.required("what").string("what"),
            owner: try map["owner"]?.string("owner"),
            due: try map["due"]?.date("due"),
            status: status,
            doneOn: doneOn,
            wasDue: try map["was_due"]?.date("was_due"),
            bafReference: try map["baf_reference"]?.string("baf_reference"),
            updates: try map["updates"]?.list("updates").map(update) ?? [],
            location: map.location
        )
    }

    /// One entry of an action's `updates:` list: `{date, by, note}`.
    static func update(_ value: YAMLValue) throws -> ActionUpdate {
        let map = try value.mapping("an action update")
        try map.checkKeys(["date", "by", "note"])
        return ActionUpdate(date: try map.required("date").date("date"), by: try map["by"]?.string("by"),
                            note: try map.required("note").string("note"))
    }
}

extension YAMLMapping {
    func error(_ message: String) -> ParityError {
        ParityError(message, at: location)
    }
}
