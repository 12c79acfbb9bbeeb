/// The order rules are judged in: every rule after the rules its condition refers to, so
/// a `rule:` leaf reads a verdict already made. Loading refuses cycles, so the order exists.
enum EvaluationOrder {
    /// Rules in evaluation order: every rule after the rules it refers to.
    static func order(_ rules: [Rule]) -> [Rule] {
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var done: Set<String> = []
        var order: [Rule] = []
        func visit(_ rule: Rule, depth: Int) {
            guard !done.contains(rule.id), depth <= rules.count else { return }
            for reference in rule.evidence.referencedRules {
                if let dependency = byID[reference.id] { visit(dependency, depth: depth + 1) }
            }
            if done.insert(rule.id).inserted { order.append(rule) }
        }
        for rule in rules { visit(rule, depth: 0) }
        return order
    }

    /// The rule `id` and every rule it rests on, directly or through others, in `order`
    /// (an evaluation order): what judging `id` alone on another date needs.
    static func needed(for id: String, in order: [Rule]) -> [Rule] {
        let byID = Dictionary(order.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var needed: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard needed.insert(next).inserted, let rule = byID[next] else { continue }
            pending += rule.evidence.referencedRules.map(\.id)
        }
        return order.filter { needed.contains($0.id) }
    }
}
