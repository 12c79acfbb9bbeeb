/// The inventory's items as read, indexed once by kind, tag and claimed rule, so a leaf
/// looks only at the items it could select instead of every item for every rule. The
/// index does not depend on the as-of date (no date changes an item's kind, tags or
/// claims), so every date judged shares it.
struct EvidencePool: Sendable {
    let items: [EvidenceItem]
    private let byKind: [String: [Int]]
    private let byTag: [String: [Int]]
    private let byClaim: [String: [Int]]

    init(_ items: [EvidenceItem]) {
        self.items = items
        var byKind: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        var byClaim: [String: [Int]] = [:]
        for (position, item) in items.enumerated() {
            byKind[item.kind, default: []].append(position)
            // An item lists a tag or a rule once in the index, however often it repeats it.
            for tag in Set(item.tags) { byTag[tag, default: []].append(position) }
            for rule in Set(item.satisfies) { byClaim[rule, default: []].append(position) }
        }
        self.byKind = byKind
        self.byTag = byTag
        self.byClaim = byClaim
    }

    /// Positions, in inventory order, of the items that can match `selection` for the rule
    /// `ruleID`: those of the narrowest constraint it names. A superset: the leaf's own
    /// test decides.
    func candidates(_ selection: EvidenceSelection, ruleID: String) -> [Int] {
        var narrowest: [Int]?
        func consider(_ positions: [Int]) {
            if narrowest == nil || positions.count < narrowest!.count { narrowest = positions }
        }
        if !selection.kinds.isEmpty { consider(union(selection.kinds.map { byKind[$0] ?? [] })) }
        if !selection.tags.isEmpty { consider(union(selection.tags.map { byTag[$0] ?? [] })) }
        switch selection.claims {
        case nil: break
        case .thisRule?: consider(claiming(ruleID))
        case .rule(let id)?: consider(claiming(id))
        }
        return narrowest ?? Array(items.indices)
    }

    /// Positions, in inventory order, of the items that list `ruleID` in `satisfies`.
    func claiming(_ ruleID: String) -> [Int] {
        byClaim[ruleID] ?? []
    }

    private func union(_ lists: [[Int]]) -> [Int] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.count <= 1 { return nonEmpty.first ?? [] }
        return Array(Set(nonEmpty.joined())).sorted()
    }
}
