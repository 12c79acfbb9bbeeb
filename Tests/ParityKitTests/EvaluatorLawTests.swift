import Foundation
import PropertyBased
import Testing
@testable import ParityKit

/// Laws the evaluator keeps whatever the inventory and the date, checked on random
/// subsets of the example trust's evidence and random dates.
@Suite struct EvaluatorLawTests {
    static let example = try! RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    static let items = example.inventory.items
    static let start = CivilDate(year: 2023, month: 6, day: 1)!

    func assess(_ items: [EvidenceItem], _ day: CivilDate) -> Assessment {
        var repository = Self.example
        repository.inventory = Inventory(config: repository.inventory.config, items: items)
        return Evaluator.evaluate(repository, asOf: day)
    }

    static func rank(_ status: RuleStatus) -> Int {
        switch status {
        case .notMet: return 0
        case .partial: return 1
        case .met, .notApplicable, .waived: return 2
        }
    }

    /// Rules whose condition never uses `not`, directly or through `rule:`. `not` is how a
    /// rule says "evidence of a problem", so adding that evidence may rightly lower it.
    static let monotoneRules: Set<String> = {
        let rules = example.packs.flatMap(\.rules)
        let byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
        func usesNot(_ condition: Condition) -> Bool {
            switch condition {
            case .not: return true
            case .all(let children, _), .any(let children, _), .atLeast(_, let children, _): return children.contains(where: usesNot)
            case .rule(let id, _): return byID[id].map { usesNot($0.evidence) } ?? false
            case .evidence, .measure: return false
            }
        }
        return Set(rules.filter { !usesNot($0.evidence) }.map(\.id))
    }()

    @Test func addingEvidenceNeverLowersAStatus() async {
        await propertyCheck(input: Gen.shuffled(Self.items), Gen.int(in: 0...Self.items.count), Gen.int(in: 0...900)) { shuffled, count, offset in
            let day = Self.start.adding(days: offset)
            let fewer = Array(shuffled.prefix(max(0, count - 1)))
            let more = Array(shuffled.prefix(count))
            let before = Dictionary(uniqueKeysWithValues: assess(fewer, day).rules.map { ($0.id, $0.status) })
            for rule in assess(more, day).rules where Self.monotoneRules.contains(rule.id) {
                #expect(Self.rank(rule.status) >= Self.rank(before[rule.id]!), "\(rule.id) on \(day)")
            }
        }
    }

    @Test func onlyNotCanLowerAStatus() {
        // HIA6.5 uses `not`: a current review that found an inconsistency is a problem to act on.
        #expect(!Self.monotoneRules.contains("HIA6.5"))
        #expect(Self.monotoneRules.count == Self.example.packs.flatMap(\.rules).count - 1)
    }

    @Test func laterDatesNeverUndoAnOverdueWithoutNewEvidence() async {
        await propertyCheck(input: Gen.int(in: 0...900), Gen.int(in: 0...400)) { offset, gap in
            let earlier = Self.start.adding(days: offset)
            let later = earlier.adding(days: gap)
            // Only evidence that already existed at the earlier date: nothing new arrives.
            let existing = Self.items.filter { item in
                [item.date, item.approvedOn, item.lastReviewed].compactMap { $0 }.allSatisfy { $0 <= earlier }
                    && item.actions.allSatisfy { ($0.doneOn ?? earlier) <= earlier }
            }
            let then = Dictionary(uniqueKeysWithValues: assess(existing, earlier).rules.map { ($0.id, $0) })
            for rule in assess(existing, later).rules where then[rule.id]?.daysOverdue != nil {
                #expect(rule.daysOverdue != nil, "\(rule.id) was overdue on \(earlier) but not on \(later)")
                #expect(rule.timing == .passed)
            }
        }
    }

    @Test func theSameInputGivesTheSameBytes() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...900)) { offset in
            let day = Self.start.adding(days: offset)
            for format in ReportFormat.allCases {
                #expect(format.data(assess(Self.items, day)) == format.data(assess(Self.items, day)), "\(format) on \(day)")
            }
        }
    }

    @Test func reorderingTheFilesChangesNoReport() async {
        await propertyCheck(count: 25, input: Gen.shuffled(Self.items), Gen.int(in: 0...900)) { shuffled, offset in
            let day = Self.start.adding(days: offset)
            for format in ReportFormat.allCases {
                #expect(format.data(assess(shuffled, day)) == format.data(assess(Self.items, day)))
            }
        }
    }
}
