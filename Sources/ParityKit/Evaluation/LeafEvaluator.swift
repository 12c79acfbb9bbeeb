/// Judges one leaf: which items it selects, which of them pass every constraint, and why
/// the others fail, naming the field and its value.
struct LeafEvaluator {
    let rule: Rule
    let asOf: CivilDate
    let deadline: CivilDate?

    /// - Parameters:
    ///   - items: the items the leaf may select (a superset, in inventory order).
    ///   - responses: for `responds_to`, the items it may answer (a superset likewise).
    func evaluate(_ leaf: EvidenceLeaf, items: [EvidenceItem], responses: [EvidenceItem] = []) -> ConditionOutcome {
        let selected = items.filter { selects(leaf.selection, $0) }
        var outcome = ConditionOutcome(status: .notMet)
        outcome.selected = Set(selected.map(\.id))
        let latestFirst = leaf.respondsTo.map { answerable($0, among: responses) } ?? []
        var passed: [EvidenceItem] = []
        for item in selected {
            let failures = check(leaf, item, answerable: latestFirst)
            if failures.isEmpty {
                passed.append(item)
            } else {
                outcome.findings.append(contentsOf: failures)
            }
        }
        let sought = LeafWords.sought(leaf, rule: rule)
        if passed.count >= leaf.minCount {
            outcome.status = .met
            outcome.found = passed.map { LeafWords.found($0) }
            outcome.used = passed.map(\.id)
        } else if !selected.isEmpty {
            outcome.status = .partial
            outcome.found = passed.map { LeafWords.found($0) }
            outcome.used = passed.map(\.id)
            let have = leaf.minCount > 1 ? " (\(passed.count) of \(leaf.minCount) found)" : ""
            let passedIDs = Set(passed.map(\.id))
            let failing = selected.filter { !passedIDs.contains($0.id) }.map { "\($0.id) \($0.title)" }
            let why = failing.isEmpty ? "" : "; does not qualify: " + failing.joined(separator: ", ")
            outcome.gaps = ["Needs \(sought)\(have)\(why)."]
        } else {
            outcome.gaps = ["No evidence of \(sought)."]
        }
        return outcome
    }

    func selects(_ selection: EvidenceSelection, _ item: EvidenceItem) -> Bool {
        if !selection.kinds.isEmpty, !selection.kinds.contains(item.kind) { return false }
        if !selection.tags.isEmpty, !selection.tags.contains(where: item.tags.contains) { return false }
        switch selection.claims {
        case nil: return true
        case .thisRule?: return item.satisfies.contains(rule.id)
        case .rule(let id)?: return item.satisfies.contains(id)
        }
    }

    /// Every constraint the item fails, each naming the field and its value.
    func check(_ leaf: EvidenceLeaf, _ item: EvidenceItem, answerable: [Answerable]) -> [Finding] {
        var failures: [Finding] = []
        func fail(_ field: String, _ message: String) {
            failures.append(Finding(item: item.id, field: field, message: "\(item.id) \(item.title): \(message)", location: item.location(of: field)))
        }
        if item.status == .retired {
            fail("status", "status is retired; retired items do not count")
        } else if !leaf.statuses.isEmpty, !leaf.statuses.contains(item.status) {
            fail("status", "status is \(item.status.rawValue), needs \(LeafWords.or(leaf.statuses.map(\.rawValue)))")
        }
        if !leaf.approvedBy.isEmpty {
            if let body = item.approvedBy {
                if !leaf.approvedBy.contains(where: { $0.caseInsensitiveCompare(body) == .orderedSame }) {
                    fail("approved_by", "approved_by is \(body), needs \(LeafWords.or(leaf.approvedBy))")
                }
            } else {
                fail("approved_by", "has no approved_by, needs approval by \(LeafWords.or(leaf.approvedBy))")
            }
        }
        if let period = leaf.approvedWithin {
            let earliest = period.before(asOf)
            if let approved = item.approvedOn {
                if approved < earliest {
                    fail("approved_on", "approved_on \(approved) is more than \(period.words) before \(asOf)")
                }
            } else {
                fail("approved_on", "has no approved_on as of \(asOf), needs approval within \(period.words)")
            }
        }
        if let period = leaf.reviewedWithin {
            let earliest = period.before(asOf)
            if let reviewed = item.lastReviewOrApproval {
                if reviewed < earliest {
                    let field = item.lastReviewed == reviewed ? "last_reviewed" : "approved_on"
                    fail(field, "last approved or reviewed \(reviewed), more than \(period.words) before \(asOf)")
                }
            } else {
                fail("last_reviewed", "has not been approved or reviewed as of \(asOf), needs a review within \(period.words)")
            }
        }
        if leaf.approvedByDeadline, let deadline {
            if let approved = item.approvedOn {
                if approved > deadline { fail("approved_on", "approved_on \(approved) is after the deadline \(deadline)") }
            } else {
                fail("approved_on", "not approved as of \(asOf), needs approval by \(deadline)")
            }
        }
        if leaf.inReviewDate, let due = item.reviewDue, due < asOf {
            fail("review_due", "review_due \(due) is before the as-of date \(asOf); the document is out of review")
        }
        let missingCharacteristics = leaf.characteristics.filter { !item.characteristics.contains($0) }
        if !missingCharacteristics.isEmpty {
            let names = missingCharacteristics.map(\.rawValue)
            fail("characteristics", item.characteristics.isEmpty
                ? "covers no protected characteristics, needs \(LeafWords.characteristics(leaf.characteristics))"
                : "does not cover \(LeafWords.and(names))")
        }
        let missingTopics = leaf.topics.filter { !item.topics.contains($0) }
        if !missingTopics.isEmpty {
            fail("topics", "does not cover \(LeafWords.and(missingTopics))")
        }
        let missingTags = leaf.withTags.filter { !item.tags.contains($0) }
        if !missingTags.isEmpty {
            fail("tags", "is not tagged \(LeafWords.and(missingTags)); one item must be all of \(LeafWords.and(leaf.withTags))")
        }
        if let response = leaf.respondsTo, let problem = answers(response, item, answerable: answerable) {
            fail("approved_on", problem)
        }
        return failures
    }

    /// An item a `responds_to` leaf may answer, with the day it was agreed or dated.
    struct Answerable {
        let item: EvidenceItem
        let on: CivilDate
    }

    /// The items `response` selects that are in force and dated, latest first: worked out
    /// once per leaf, since every item it judges answers the same latest one.
    func answerable(_ response: EvidenceResponse, among items: [EvidenceItem]) -> [Answerable] {
        items
            .filter { $0.status != .retired && selects(response.selection, $0) }
            .compactMap { other in (other.approvedOn ?? other.date ?? other.lastReviewed).map { Answerable(item: other, on: $0) } }
            .sorted { ($0.on, $0.item.id) > ($1.on, $1.item.id) }
    }

    /// Why an item does not answer the latest item it responds to, or nil when it does:
    /// agreed on or after that item's date, and within the period of it.
    func answers(_ response: EvidenceResponse, _ item: EvidenceItem, answerable: [Answerable]) -> String? {
        let what = LeafWords.selection(response.selection)
        guard let latest = answerable.first(where: { $0.item.id != item.id }) else {
            return "there is no \(what) as of \(asOf) for it to answer"
        }
        let finding = "\(latest.item.id) \(latest.item.title) (\(latest.on))"
        guard let agreed = item.approvedOn else {
            return "not agreed as of \(asOf); it must answer \(finding) within \(response.within.words)"
        }
        if agreed < latest.on {
            return "approved_on \(agreed) is before \(finding), so it cannot answer it"
        }
        let latestAllowed = response.within.after(latest.on)
        if agreed > latestAllowed {
            return "approved_on \(agreed) is \(latest.on.days(until: agreed)) days after \(finding); steps must be agreed within \(response.within.words) of it"
        }
        return nil
    }
}
