/// Checks of evidence items against one another and against the applied packs.
enum InventoryChecks {
    static func check(items: [EvidenceItem], packs: [RulePack]) -> [ParityError] {
        var errors: [ParityError] = []
        let kinds = Array(Set(packs.flatMap(\.kinds))).sorted()
        let ruleIDs = packs.flatMap(\.rules).map(\.id)
        let knownRules = Set(ruleIDs)
        var seen: [String: EvidenceItem] = [:]
        // Action ids name a row of the action log that owners send back: one action each.
        var actions: [String: ActionItem] = [:]
        for item in items.sorted(by: { $0.location < $1.location }) {
            if let earlier = seen[item.id] {
                errors.append(ParityError("item id '\(item.id)' is already used by \(earlier.location)", at: item.location(of: "id"), code: .duplicateID))
            } else {
                seen[item.id] = item
            }
            if !kinds.contains(item.kind) {
                errors.append(ParityError("kind '\(item.kind)' is not declared by any applied pack\(Suggestion.didYouMean(item.kind, among: kinds)); kinds: \(kinds.joined(separator: ", "))", at: item.location(of: "kind"), code: .unknownKind))
            }
            for action in item.actions {
                if let earlier = actions[action.id] {
                    errors.append(ParityError("action id '\(action.id)' is already used by the action at \(earlier.location)", at: action.location, code: .duplicateID))
                } else {
                    actions[action.id] = action
                }
            }
            for id in item.satisfies where !knownRules.contains(id) {
                errors.append(ParityError("satisfies names rule \(id), which no applied pack defines\(Suggestion.didYouMean(id, among: ruleIDs))", at: item.fieldLocations["satisfies:\(id)"] ?? item.location(of: "satisfies"), code: .unknownRule))
            }
        }
        return errors
    }
}
