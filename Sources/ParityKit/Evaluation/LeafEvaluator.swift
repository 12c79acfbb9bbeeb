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
        var refused: [Gap.Refusal] = []
        for item in selected {
            let (failures, reasons) = check(leaf, item, answerable: latestFirst)
            if failures.isEmpty {
                passed.append(item)
            } else {
                outcome.findings.append(contentsOf: failures)
                refused.append(Gap.Refusal(id: item.id, title: item.title, reasons: reasons))
            }
        }
        let sought = LeafWords.sought(leaf, rule: rule)
        // A response is due a period after the latest item it answers.
        let due = leaf.respondsTo.flatMap { response in latestFirst.first.map { response.within.after($0.on) } }
        outcome.found = passed.map { LeafWords.found($0) }
        outcome.used = passed.map(\.id)
        outcome.sightings = passed.map { Gap.Sighting(id: $0.id, title: $0.title, on: $0.approvedOn ?? $0.date ?? $0.lastReviewed) }
        if passed.count >= leaf.minCount {
            outcome.status = .met
        } else if !selected.isEmpty {
            outcome.status = .partial
            outcome.gaps = [.unqualified(sought: sought, passed: passed.count, needed: leaf.minCount, refused: refused,
                                         due: passed.isEmpty ? due : nil)]
        } else {
            outcome.gaps = [.absent(sought: sought, due: due)]
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

    /// Every constraint the item fails, each naming the field and its value for tools, and
    /// saying the same in a board's words.
    /// - Returns: the findings, and the reasons a board is given (without those that
    ///   follow from another).
    func check(_ leaf: EvidenceLeaf, _ item: EvidenceItem, answerable: [Answerable]) -> (findings: [Finding], reasons: [String]) {
        var failures: [Finding] = []
        var reasons: [String] = []
        // What follows from a draft (no approver, no approval date) is not said twice to a board.
        var draft = false
        func fail(_ field: String, _ message: String, plain: String, followsFromDraft: Bool = false) {
            if field == "status" { draft = true }
            if !(followsFromDraft && draft) { reasons.append(plain) }
            failures.append(Finding(item: item.id, field: field, message: "\(item.id) \(item.title): \(message)",
                                    plain: "\(item.id) \(item.title): \(plain)", location: item.location(of: field)))
        }
        if item.status == .retired {
            fail("status", "status is retired; retired items do not count", plain: "withdrawn, so it no longer counts")
        } else if !leaf.statuses.isEmpty, !leaf.statuses.contains(item.status) {
            fail("status", "status is \(item.status.rawValue), needs \(LeafWords.or(leaf.statuses.map(\.rawValue)))",
                 plain: leaf.statuses == [.approved] ? "a draft, not yet approved"
                     : "\(LeafWords.words(item.status)), where \(LeafWords.or(leaf.statuses.map(LeafWords.words))) is needed")
        }
        if !leaf.approvedBy.isEmpty {
            if let body = item.approvedBy {
                if !leaf.approvedBy.contains(where: { $0.caseInsensitiveCompare(body) == .orderedSame }) {
                    fail("approved_by", "approved_by is \(body), needs \(LeafWords.or(leaf.approvedBy))",
                         plain: "approved by \(body), where approval by \(LeafWords.or(leaf.approvedBy)) is needed")
                }
            } else {
                fail("approved_by", "has no approved_by, needs approval by \(LeafWords.or(leaf.approvedBy))",
                     plain: "does not say who approved it; it needs approval by \(LeafWords.or(leaf.approvedBy))", followsFromDraft: true)
            }
        }
        if let period = leaf.approvedWithin {
            let earliest = period.before(asOf)
            if let approved = item.approvedOn {
                if approved < earliest {
                    fail("approved_on", "approved_on \(approved) is more than \(period.words) before \(asOf)",
                         plain: "approved on \(approved), more than \(period.words) ago")
                }
            } else {
                fail("approved_on", "has no approved_on as of \(asOf), needs approval within \(period.words)",
                     plain: "not yet approved; it needs approval within \(period.words)", followsFromDraft: true)
            }
        }
        if let period = leaf.reviewedWithin {
            let earliest = period.before(asOf)
            if let reviewed = item.lastReviewOrApproval {
                if reviewed < earliest {
                    let field = item.lastReviewed == reviewed ? "last_reviewed" : "approved_on"
                    fail(field, "last approved or reviewed \(reviewed), more than \(period.words) before \(asOf)",
                         plain: "last approved or reviewed on \(reviewed), more than \(period.words) ago")
                }
            } else {
                fail("last_reviewed", "has not been approved or reviewed as of \(asOf), needs a review within \(period.words)",
                     plain: "never approved or reviewed; it needs a review at least every \(period.words)", followsFromDraft: true)
            }
        }
        if leaf.approvedByDeadline, let deadline {
            if let approved = item.approvedOn {
                if approved > deadline {
                    fail("approved_on", "approved_on \(approved) is after the deadline \(deadline)",
                         plain: "approved on \(approved), after the deadline of \(deadline)")
                }
            } else {
                fail("approved_on", "not approved as of \(asOf), needs approval by \(deadline)",
                     plain: "not yet approved; it was due by \(deadline)", followsFromDraft: true)
            }
        }
        if leaf.inReviewDate, let due = item.reviewDue, due < asOf {
            fail("review_due", "review_due \(due) is before the as-of date \(asOf); the document is out of review",
                 plain: "past its review date of \(due)")
        }
        let missingCharacteristics = leaf.characteristics.filter { !item.characteristics.contains($0) }
        if !missingCharacteristics.isEmpty {
            let names = missingCharacteristics.map(\.rawValue)
            fail("characteristics", item.characteristics.isEmpty
                ? "covers no protected characteristics, needs \(LeafWords.characteristics(leaf.characteristics))"
                : "does not cover \(LeafWords.and(names))",
                 plain: item.characteristics.isEmpty
                    ? "covers no protected characteristics; it needs to cover \(LeafWords.characteristicWords(leaf.characteristics))"
                    : "does not cover \(LeafWords.characteristicWords(missingCharacteristics))")
        }
        let missingTopics = leaf.topics.filter { !item.topics.contains($0) }
        if !missingTopics.isEmpty {
            fail("topics", "does not cover \(LeafWords.and(missingTopics))",
                 plain: "does not cover \(LeafWords.and(missingTopics.map(LeafWords.plain)))")
        }
        let missingTags = leaf.withTags.filter { !item.tags.contains($0) }
        if !missingTags.isEmpty {
            fail("tags", "is not tagged \(LeafWords.and(missingTags)); one item must be all of \(LeafWords.and(leaf.withTags))",
                 plain: "does not record \(LeafWords.and(missingTags.map(LeafWords.plain)))"
                    + (leaf.withTags.count > 1 ? "; one document must record \(LeafWords.and(leaf.withTags.map(LeafWords.plain))) together" : ""))
        }
        if let response = leaf.respondsTo, let problem = answers(response, item, answerable: answerable) {
            fail("approved_on", problem.message, plain: problem.plain)
        }
        return (failures, reasons)
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
    /// agreed on or after that item's date, and within the period of it. For tools and in
    /// a board's words.
    func answers(_ response: EvidenceResponse, _ item: EvidenceItem, answerable: [Answerable]) -> (message: String, plain: String)? {
        let what = LeafWords.selection(response.selection)
        guard let latest = answerable.first(where: { $0.item.id != item.id }) else {
            return ("there is no \(what) as of \(asOf) for it to answer", "there is no finding yet for it to answer")
        }
        let finding = "\(latest.item.id) \(latest.item.title) (\(latest.on))"
        let findingNamed = "\(latest.item.id), \(latest.on)"
        let plainFinding = "the finding of \(latest.on) (\(latest.item.id))"
        guard let agreed = item.approvedOn else {
            return ("not agreed as of \(asOf); it must answer \(finding) within \(response.within.words)",
                    "not yet agreed; it must answer \(plainFinding) within \(response.within.words)")
        }
        if agreed < latest.on {
            return ("approved_on \(agreed) is before \(finding), so it cannot answer it",
                    "approved on \(agreed), so it predates the finding it must answer (\(findingNamed))")
        }
        let latestAllowed = response.within.after(latest.on)
        if agreed > latestAllowed {
            let days = latest.on.days(until: agreed)
            return ("approved_on \(agreed) is \(days) days after \(finding); steps must be agreed within \(response.within.words) of it",
                    "approved \(days) days after the finding it answers (\(findingNamed)); steps must be agreed within \(response.within.words)")
        }
        return nil
    }
}
