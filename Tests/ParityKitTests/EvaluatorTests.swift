import Testing
@testable import ParityKit

/// The evaluator over small hand-made packs and inventories: one behaviour per test.
@Suite struct EvaluatorTests {
    /// A pack with one rule whose deadline and evidence condition are given as YAML.
    func pack(deadline: String = "2024-03-31", evidence: String, extraRules: String = "") throws -> RulePack {
        try RulePackLoader.load(text: TestPack.yaml(owners: ["Board", "HR/OD"], kinds: ["policy", "minutes", "report"], rules: """
              - id: T.1
                title: The rule
                desired_state: Something is true.
                owners: [HR/OD]
                deadline: \(deadline)
                severity: high
                source: test
                evidence:
            \(evidence.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
                remediation: Fix it.
            \(extraRules)
            """), file: "rules/test.yaml", isBuiltin: false)
    }

    func item(_ id: String, kind: String = "policy", status: ItemStatus = .approved, approvedOn: String? = "2023-06-01",
              approvedBy: String? = "Board", lastReviewed: String? = nil, reviewDue: String? = nil, date: String? = nil,
              satisfies: [String] = ["T.1"], characteristics: [ProtectedCharacteristic] = [], topics: [String] = [],
              tags: [String] = [], actions: [ActionItem] = []) -> EvidenceItem {
        EvidenceItem(
            id: id, title: "Item \(id)", kind: kind, status: status, approvedBy: approvedBy,
            approvedOn: approvedOn.map(CivilDate.init), lastReviewed: lastReviewed.map(CivilDate.init),
            reviewDue: reviewDue.map(CivilDate.init), date: date.map(CivilDate.init), satisfies: satisfies,
            characteristics: characteristics, topics: topics, tags: tags, actions: actions,
            path: "\(id).md", location: .file("\(id).md"))
    }

    func assess(_ pack: RulePack, _ items: [EvidenceItem], asOf: String = "2024-02-01",
                overrides: [RuleOverride] = [], dueSoonDays: Int = 60) -> Assessment {
        let config = TrustConfig(organisation: "Test", planStart: CivilDate("2023-09-01"),
                                 packs: [], dueSoonDays: dueSoonDays, overrides: overrides, location: .file("parity.yaml"))
        return Evaluator.evaluate(packs: [pack], inventory: Inventory(config: config, items: items), asOf: CivilDate(asOf))
    }

    func rule(_ assessment: Assessment, _ id: String = "T.1") -> RuleAssessment {
        assessment.rules.first { $0.id == id }!
    }

    // MARK: leaves

    @Test func leafIsMetPartialOrNotMet() throws {
        let p = try pack(evidence: "evidence: { kind: policy, claims: true }\nstatus: approved")
        #expect(rule(assess(p, [item("A")])).status == .met)
        #expect(rule(assess(p, [item("A")])).evidence == ["A"])
        let draft = rule(assess(p, [item("A", status: .draft, approvedOn: nil)]))
        #expect(draft.status == .partial)
        #expect(draft.findings.map(\.message) == ["A Item A: status is draft, needs approved"])
        #expect(rule(assess(p, [])).status == .notMet)
        #expect(rule(assess(p, [])).gaps == ["No evidence of an approved policy, claiming T.1."])
    }

    @Test func selectionByKindTagAndClaim() throws {
        let byTag = try pack(evidence: "evidence: { tag: [survey-results] }")
        #expect(rule(assess(byTag, [item("A", satisfies: [], tags: ["survey-results"])])).status == .met)
        #expect(rule(assess(byTag, [item("A", tags: ["other"])])).status == .notMet)
        let byKind = try pack(evidence: "evidence: { kind: [minutes, report] }")
        #expect(rule(assess(byKind, [item("A", kind: "report", satisfies: [])])).status == .met)
        #expect(rule(assess(byKind, [item("A", kind: "policy")])).status == .notMet)
        let byOtherClaim = try pack(evidence: "evidence: { claims: T.2 }", extraRules: "")
        #expect(rule(assess(byOtherClaim, [item("A", satisfies: ["T.2"])])).status == .met)
    }

    @Test func approvedByIsCaseInsensitiveAndNamesTheBody() throws {
        let p = try pack(evidence: "evidence: { claims: true }\napproved_by: [Board, People Committee]")
        #expect(rule(assess(p, [item("A", approvedBy: "people committee")])).status == .met)
        let wrong = rule(assess(p, [item("A", approvedBy: "Audit Committee")]))
        #expect(wrong.status == .partial)
        #expect(wrong.findings.first?.message == "A Item A: approved_by is Audit Committee, needs Board or People Committee")
        #expect(wrong.findings.first?.field == "approved_by")
    }

    @Test func approvedAndReviewedWithinAPeriod() throws {
        let approved = try pack(evidence: "evidence: { claims: true }\napproved_within: P12M")
        #expect(rule(assess(approved, [item("A", approvedOn: "2023-02-01")])).status == .met)
        #expect(rule(assess(approved, [item("A", approvedOn: "2023-01-31")])).status == .partial)
        let reviewed = try pack(evidence: "evidence: { claims: true }\nreviewed_within: P12M")
        #expect(rule(assess(reviewed, [item("A", approvedOn: "2019-01-01", lastReviewed: "2023-03-01")])).status == .met)
        let stale = rule(assess(reviewed, [item("A", approvedOn: "2019-01-01", lastReviewed: "2021-03-01")]))
        #expect(stale.status == .partial)
        #expect(stale.findings.first?.message == "A Item A: last approved or reviewed 2021-03-01, more than 12 months before 2024-02-01")
    }

    @Test func p12mFromTheThirtyFirstOfJanuary() throws {
        let p = try pack(deadline: "ongoing", evidence: "evidence: { claims: true }\nreviewed_within: P12M")
        // 31 January 2025 minus 12 months is 31 January 2024: that day still counts.
        #expect(rule(assess(p, [item("A", approvedOn: "2024-01-31")], asOf: "2025-01-31")).status == .met)
        #expect(rule(assess(p, [item("A", approvedOn: "2024-01-30")], asOf: "2025-01-31")).status == .partial)
        // 29 February 2024 minus 12 months is 28 February 2023.
        #expect(rule(assess(p, [item("A", approvedOn: "2023-02-28")], asOf: "2024-02-29")).status == .met)
        #expect(rule(assess(p, [item("A", approvedOn: "2023-02-27")], asOf: "2024-02-29")).status == .partial)
    }

    @Test func approvedByTheDeadline() throws {
        let p = try pack(evidence: "evidence: { claims: true }\napproved_by_deadline: true")
        #expect(rule(assess(p, [item("A", approvedOn: "2024-03-31")], asOf: "2024-04-15")).status == .met)
        let late = rule(assess(p, [item("A", approvedOn: "2024-04-01")], asOf: "2024-04-15"))
        #expect(late.status == .partial)
        #expect(late.findings.first?.message == "A Item A: approved_on 2024-04-01 is after the deadline 2024-03-31")
    }

    @Test func inReviewDate() throws {
        let p = try pack(evidence: "evidence: { claims: true }\nin_review_date: true")
        #expect(rule(assess(p, [item("A", reviewDue: "2024-02-01")])).status == .met)
        let out = rule(assess(p, [item("A", reviewDue: "2024-01-31")]))
        #expect(out.status == .partial)
        #expect(out.findings.first?.field == "review_due")
    }

    @Test func coverageOfCharacteristicsAndTopics() throws {
        let p = try pack(evidence: "evidence: { claims: true }\ncharacteristics: all\ntopics: [bullying, violence]")
        #expect(rule(assess(p, [item("A", characteristics: ProtectedCharacteristic.allCases, topics: ["bullying", "violence", "x"])])).status == .met)
        let some = rule(assess(p, [item("A", characteristics: [.race, .sex], topics: ["bullying"])]))
        #expect(some.status == .partial)
        #expect(some.findings.map(\.field) == ["characteristics", "topics"])
        #expect(some.findings.last?.message == "A Item A: does not cover violence")
    }

    @Test func minCount() throws {
        let p = try pack(evidence: "evidence: { kind: minutes }\nmin_count: 2")
        #expect(rule(assess(p, [item("A", kind: "minutes")])).status == .partial)
        #expect(rule(assess(p, [item("A", kind: "minutes"), item("B", kind: "minutes")])).status == .met)
    }

    @Test func retiredItemsNeverCount() throws {
        let p = try pack(evidence: "evidence: { claims: true }")
        #expect(rule(assess(p, [item("A", status: .retired)])).status == .partial)
    }

    // MARK: combinators

    let policy = "{ evidence: { kind: policy }, status: approved }"
    let minutes = "{ evidence: { kind: minutes }, status: approved }"
    let report = "{ evidence: { kind: report }, status: approved }"

    @Test func allCombinator() throws {
        let p = try pack(evidence: "all: [\(policy), \(minutes)]")
        #expect(rule(assess(p, [item("A"), item("B", kind: "minutes")])).status == .met)
        #expect(rule(assess(p, [item("A")])).status == .partial)
        #expect(rule(assess(p, [])).status == .notMet)
        #expect(rule(assess(p, [item("A")])).gaps == ["No evidence of approved minutes."])
    }

    @Test func anyCombinator() throws {
        let p = try pack(evidence: "any: [\(policy), \(minutes)]")
        #expect(rule(assess(p, [item("B", kind: "minutes")])).status == .met)
        #expect(rule(assess(p, [item("A", status: .draft, approvedOn: nil)])).status == .partial)
        let none = rule(assess(p, []))
        #expect(none.status == .notMet)
        #expect(none.gaps == ["Needs either an approved policy or approved minutes."])
    }

    @Test func notCombinator() throws {
        // A `not:` only lowers a verdict: on its own, its subject's absence meets nothing.
        let alone = try pack(evidence: "not: { evidence: { tag: [open-investigation] } }")
        #expect(rule(assess(alone, [])).status == .notMet)
        #expect(rule(assess(alone, [item("A", tags: ["open-investigation"])])).status == .notMet)
        let p = try pack(evidence: "all: [\(policy), { not: { evidence: { tag: [open-investigation] } } }]")
        #expect(rule(assess(p, [])).status == .notMet)
        #expect(rule(assess(p, [item("A")])).status == .met)
        // What it forbids, found, lowers the verdict the policy alone would give.
        let found = rule(assess(p, [item("A"), item("B", kind: "report", tags: ["open-investigation"])]))
        #expect(found.status == .partial)
        // Said as the fact it is, never as "must not have".
        #expect(found.gaps.count == 1)
        #expect(found.gaps.first?.hasPrefix("B ") == true)
        #expect(found.gaps.first?.hasSuffix(" is an item, tagged open-investigation; the rule cannot be met while that stands.") == true, "\(found.gaps)")
    }

    @Test func anEmptyRepositoryMeetsNothingWhateverTheCombinator() throws {
        let absent = "{ not: { evidence: { tag: [open-investigation] } } }"
        for evidence in ["any: [\(absent), \(policy)]", "at_least: 1\nof: [\(absent), \(policy)]", "all: [\(absent), \(absent)]",
                         "not: \(absent)", "any: [{ all: [\(absent)] }, \(minutes)]"] {
            let p = try pack(evidence: evidence)
            #expect(rule(assess(p, [])).status == .notMet, "\(evidence)")
        }
    }

    @Test func atLeastCombinator() throws {
        let p = try pack(evidence: "at_least: 2\nof: [\(policy), \(minutes), \(report)]")
        #expect(rule(assess(p, [item("A"), item("C", kind: "report")])).status == .met)
        let one = rule(assess(p, [item("A")]))
        #expect(one.status == .partial)
        #expect(one.gaps == ["Needs at least 2 of these 3, of which 1 is in place; still missing: approved minutes; an approved report."])
        #expect(rule(assess(p, [])).status == .notMet)
    }

    @Test func ruleCombinatorFollowsTheOtherRule() throws {
        let p = try pack(evidence: "all: [ { rule: T.2 } ]", extraRules: """
              - id: T.2
                title: The activity
                desired_state: Done.
                owners: [Board]
                deadline: ongoing
                severity: low
                source: test
                evidence: { evidence: { claims: true }, status: approved }
                remediation: Do it.
            """)
        #expect(rule(assess(p, [item("A", satisfies: ["T.2"])])).status == .met)
        #expect(rule(assess(p, [item("A", status: .draft, approvedOn: nil, satisfies: ["T.2"])])).status == .partial)
        #expect(rule(assess(p, [])).gaps == ["T.2 The activity is not met."])
    }

    @Test func anItemThatClaimsButIsNeverLookedAtIsAFinding() throws {
        let p = try pack(evidence: "evidence: { kind: policy, claims: true }")
        let result = rule(assess(p, [item("M", kind: "minutes")]))
        #expect(result.status == .notMet)
        #expect(result.findings.first?.message.contains("claims T.1 but is minutes with no tags, which T.1 does not look at; it looks for a policy, claiming T.1") == true)
    }

    // MARK: timing and RAG

    @Test func aRuleMetAfterItsDeadlineStaysGreenAndSaysHowLate() throws {
        let p = try pack(evidence: "evidence: { kind: policy, claims: true }\nstatus: approved")
        let late = rule(assess(p, [item("A", approvedOn: "2024-05-10")], asOf: "2024-06-01"))
        #expect(late.status == .met)
        #expect(late.rag == .green)
        #expect(late.metOn == CivilDate("2024-05-10"))
        #expect(late.timingWords == "met on 2024-05-10, 40 days after the deadline 2024-03-31")
        let onTime = rule(assess(p, [item("A", approvedOn: "2024-03-31")], asOf: "2024-06-01"))
        #expect(onTime.timingWords == "met by the deadline 2024-03-31")
        #expect(onTime.metOn == nil)
    }

    @Test func aRuleMetOnTimeWhoseEvidenceLapsedIsALapseFromThatDay() throws {
        let p = try pack(evidence: "evidence: { kind: policy, claims: true }\nstatus: approved\nreviewed_within: P3M")
        let lapsed = rule(assess(p, [item("A", approvedOn: "2024-03-01")], asOf: "2024-09-01"))
        #expect(lapsed.status == .partial)
        #expect(lapsed.rag == .red)
        #expect(lapsed.lapsedOn == CivilDate("2024-06-02"))
        #expect(lapsed.daysOverdue == 91)
        #expect(lapsed.timingWords == "lapsed on 2024-06-02, 91 days ago; it was met by the deadline 2024-03-31")
        // Never met by the deadline: overdue from the deadline, as before.
        let never = rule(assess(p, [item("A", approvedOn: "2024-04-10")], asOf: "2024-09-01"))
        #expect(never.lapsedOn == nil)
        #expect(never.daysOverdue == 154)
    }

    @Test func deadlineOnTheAsOfDateIsDueNotOverdue() throws {
        let p = try pack(evidence: "evidence: { claims: true }")
        let today = rule(assess(p, [], asOf: "2024-03-31"))
        #expect(today.timing == .dueSoon)
        #expect(today.daysLeft == 0)
        #expect(today.daysOverdue == nil)
        #expect(today.rag == .amber)
        #expect(today.timingWords == "due today (2024-03-31)")
        let tomorrow = rule(assess(p, [], asOf: "2024-04-01"))
        #expect(tomorrow.timing == .passed)
        #expect(tomorrow.daysOverdue == 1)
        #expect(tomorrow.rag == .red)
    }

    @Test func dueSoonWindowBoundary() throws {
        let p = try pack(evidence: "evidence: { claims: true }")
        #expect(rule(assess(p, [], asOf: "2024-01-31")).timing == .dueSoon)   // 60 days
        #expect(rule(assess(p, [], asOf: "2024-01-30")).timing == .notYetDue) // 61 days
        #expect(rule(assess(p, [], asOf: "2024-01-30", dueSoonDays: 61)).timing == .dueSoon)
    }

    @Test func leapDayDeadline() throws {
        let p = try pack(deadline: "2024-02-29", evidence: "evidence: { claims: true }")
        #expect(rule(assess(p, [], asOf: "2024-02-29")).daysOverdue == nil)
        #expect(rule(assess(p, [], asOf: "2024-03-01")).daysOverdue == 1)
        #expect(rule(assess(p, [], asOf: "2025-02-28")).daysOverdue == 365)
    }

    @Test func ragTable() {
        #expect(RAG.rating(status: .met, timing: .passed) == .green)
        #expect(RAG.rating(status: .partial, timing: .passed) == .red)
        #expect(RAG.rating(status: .notMet, timing: .noDeadline) == .red)
        #expect(RAG.rating(status: .partial, timing: .noDeadline) == .amber)
        #expect(RAG.rating(status: .notMet, timing: .notYetDue) == .amber)
        #expect(RAG.rating(status: .partial, timing: .dueSoon) == .amber)
        #expect(RAG.rating(status: .notApplicable, timing: .passed) == .grey)
    }

    @Test func planMonthDeadlines() throws {
        let p = try pack(deadline: "{ plan_months: [3, 6] }", evidence: "evidence: { claims: true }")
        let result = rule(assess(p, [], asOf: "2024-03-01"))
        #expect(result.windowStart == CivilDate("2023-11-01"))
        #expect(result.deadline == CivilDate("2024-02-29"))
        #expect(result.daysOverdue == 1)
        #expect(result.deadlineBasis == "plan months 3–6")
    }

    @Test func overrides() throws {
        let p = try pack(evidence: "evidence: { claims: true }")
        let na = rule(assess(p, [], overrides: [RuleOverride(ruleID: "T.1", notApplicableReason: "Commissioned by the ICB", location: .file("parity.yaml"))]))
        #expect(na.status == .notApplicable)
        #expect(na.rag == .grey)
        #expect(na.gaps.isEmpty)
        let low = rule(assess(p, [], overrides: [RuleOverride(ruleID: "T.1", severity: .low, location: .file("parity.yaml"))]))
        #expect(low.severity == .low)
    }

    // MARK: evidence counts only from its own date

    @Test func evidenceAfterTheAsOfDateDoesNotCount() throws {
        let p = try pack(evidence: "evidence: { claims: true }\nstatus: approved")
        let later = item("A", approvedOn: "2024-03-01", date: "2024-01-10")
        #expect(rule(assess(p, [later], asOf: "2024-02-01")).status == .partial)   // a draft then
        #expect(rule(assess(p, [later], asOf: "2024-03-01")).status == .met)
        let undated = item("B", approvedOn: "2024-03-01")
        #expect(rule(assess(p, [undated], asOf: "2024-02-01")).status == .notMet)  // did not exist
        let future = item("C", date: "2024-02-02")
        #expect(rule(assess(p, [future], asOf: "2024-02-01")).status == .notMet)
    }

    @Test func reviewsAndCompletedActionsAfterTheAsOfDateAreIgnored() {
        let action = ActionItem(what: "Do", owner: "HR", due: CivilDate("2024-01-15"), status: .done,
                                doneOn: CivilDate("2024-03-01"), location: .file("a.md"))
        let original = item("A", approvedOn: "2020-01-01", lastReviewed: "2024-03-01", actions: [action])
        let then = original.asOf(CivilDate("2024-02-01"))!
        #expect(then.lastReviewed == nil)
        #expect(then.actions.first?.status == .open)
        #expect(then.actions.first?.isOverdue(on: CivilDate("2024-02-01")) == true)
        #expect(original.asOf(CivilDate("2024-03-01")) == original)
    }

    @Test func actionPlanListsActionsAndFlagsOverdueOnes() throws {
        let p = try pack(evidence: "evidence: { claims: true }\nstatus: approved")
        let late = ActionItem(what: "Late", owner: "HR", due: CivilDate("2024-01-15"), status: .open, location: .file("a.md"))
        let fine = ActionItem(what: "Fine", owner: "HR", due: CivilDate("2024-05-15"), status: .open, location: .file("a.md"))
        let result = rule(assess(p, [item("A", status: .draft, approvedOn: nil, actions: [fine, late])]))
        #expect(result.actions.map(\.what) == ["Late", "Fine"])
        #expect(result.actions.map(\.daysOverdue) == [17, nil])
    }

    @Test func scoresAndOwners() throws {
        let p = try pack(evidence: "evidence: { claims: true }\nstatus: approved", extraRules: """
              - id: T.2
                title: Second
                desired_state: Done.
                owners: [Board]
                deadline: ongoing
                severity: low
                source: test
                evidence: { evidence: { claims: true }, status: approved }
                remediation: Do it.
            """)
        let result = assess(p, [item("A", status: .draft, approvedOn: nil, satisfies: ["T.1"]), item("B", satisfies: ["T.2"])])
        #expect(result.summary.score == 75.0)
        #expect(result.owners.map(\.owner) == ["HR/OD"])
        #expect(result.owners.first?.gaps.map(\.rule) == ["T.1"])
        let filtered = result.filtered(owners: ["board"])
        #expect(filtered.rules.map(\.id) == ["T.2"])
        #expect(filtered.summary.score == 100.0)
    }
}
