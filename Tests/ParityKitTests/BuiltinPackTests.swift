import Foundation
import Testing
@testable import ParityKit

/// The built-in packs encode DOMAIN.md's expectations: every rule present, with the
/// owners and deadlines the seed gives.
@Suite struct BuiltinPackTests {
    let packs: [String: RulePack]

    init() throws {
        packs = Dictionary(uniqueKeysWithValues: try BuiltinPacks.loadAll().map { ($0.id, $0) })
    }

    func rules(_ pack: String) -> [String: Rule] {
        Dictionary(uniqueKeysWithValues: packs[pack]!.rules.map { ($0.id, $0) })
    }

    @Test func theThreePacksAreEmbedded() {
        #expect(Set(packs.keys).isSuperset(of: ["hia6", "one-year-plan", "hr-accountability"]))
    }

    @Test func hia6HasItsEightExpectationsWithTheSeedsOwnersAndDeadlines() {
        let hia6 = rules("hia6")
        let march2024 = Deadline.date(CivilDate("2024-03-31"))
        let expected: [(String, [String], Deadline)] = [
            ("HIA6.1", ["Data and analytics"], .ongoing),
            ("HIA6.2", ["Board"], march2024),
            ("HIA6.3", ["HR/OD"], .ongoing),
            ("HIA6.4", ["HR/OD"], .ongoing),
            ("HIA6.5", ["Data and analytics", "HR/OD"], march2024),
            ("HIA6.6", ["Staff networks", "Board"], march2024),
            ("HIA6.7", ["Occupational Health", "HR/OD"], march2024),
            ("HIA6.8", ["HR/OD", "Legal", "Staff networks", "Staff side"], .ongoing),
        ]
        #expect(packs["hia6"]!.rules.map(\.id) == expected.map(\.0))
        for (id, owners, deadline) in expected {
            #expect(Set(hia6[id]?.owners ?? []) == Set(owners), "\(id) owners")
            #expect(hia6[id]?.deadline == deadline, "\(id) deadline")
        }
    }

    @Test func theOneYearPlanHasFivePhasesAndFourteenActivities() {
        let plan = packs["one-year-plan"]!
        let phases = plan.rules.filter { $0.id.split(separator: ".").count == 2 }
        let activities = plan.rules.filter { $0.id.split(separator: ".").count == 3 }
        #expect(phases.map(\.id) == ["PLAN.1", "PLAN.2", "PLAN.3", "PLAN.4", "PLAN.5"])
        #expect(activities.map(\.id) == [
            "PLAN.1.1", "PLAN.1.2", "PLAN.1.3", "PLAN.2.1", "PLAN.2.2", "PLAN.2.3",
            "PLAN.3.1", "PLAN.3.2", "PLAN.3.3", "PLAN.4.1", "PLAN.4.2", "PLAN.5.1", "PLAN.5.2", "PLAN.5.3",
        ])
        let windows: [String: Deadline] = [
            "PLAN.1": .planMonths(from: 1, to: 2), "PLAN.2": .planMonths(from: 3, to: 6),
            "PLAN.3": .planMonths(from: 7, to: 9), "PLAN.4": .planMonths(from: 10, to: 12),
            "PLAN.5": .planMonths(from: 12, to: 12),
        ]
        for phase in phases {
            #expect(phase.deadline == windows[phase.id], "\(phase.id) window")
            let own = activities.filter { $0.id.hasPrefix(phase.id + ".") }
            // A phase is judged by its activities, and each activity shares its window.
            #expect(Set(phase.evidence.referencedRules.map(\.id)) == Set(own.map(\.id)), "\(phase.id) activities")
            for activity in own {
                #expect(activity.deadline == phase.deadline, "\(activity.id) window")
                #expect(!activity.owners.isEmpty)
            }
        }
        #expect(rules("one-year-plan")["PLAN.2.3"]?.owners.contains("HR/OD") == true)
    }

    @Test func hrAccountabilityHasFiveOngoingItemsOwnedByHROD() {
        let hr = packs["hr-accountability"]!
        #expect(hr.rules.map(\.id) == ["HR.1", "HR.2", "HR.3", "HR.4", "HR.5"])
        for rule in hr.rules {
            #expect(rule.owners.contains("HR/OD"), "\(rule.id) owners")
            #expect(rule.deadline == .ongoing, "\(rule.id) deadline")
        }
    }

    @Test func everyRuleCarriesItsSourceAndRemediation() {
        for rule in packs.values.flatMap(\.rules) {
            // Every rule names the source it encodes by its title and date, as a board reads
            // it (a paper never says "seed 001"), or the case studies it comes from.
            let dated = rule.source.range(of: #"\b20[0-9]{2}\b"#, options: .regularExpression) != nil
            #expect(!rule.source.lowercased().contains("seed"), "\(rule.id) source names a seed")
            #expect(dated || rule.source.contains("case stud"), "\(rule.id) source")
            #expect(rule.remediation.count > 40, "\(rule.id) remediation")
            #expect(rule.desiredState.count > 20, "\(rule.id) desired state")
        }
    }

    @Test func builtinPacksAreSoundTogether() throws {
        let config = TrustConfig(organisation: "Test", planStart: CivilDate("2023-09-01"), packs: [], location: .file("parity.yaml"))
        try PackChecks.check(packs: Array(packs.values).sorted { $0.id < $1.id }, config: config)
    }

    /// Adding rules/X.yaml makes X a built-in pack; the config schema's list of built-in ids
    /// and `parity init`'s scaffold must name it too.
    @Test func theConfigSchemaAndTheScaffoldNameEveryBuiltinPack() throws {
        let url = packageRoot.appending(path: "rules/schemas/parity-config.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try #require(schema["definitions"] as? [String: Any])
        let reference = try #require(definitions["packReference"] as? [String: Any])
        let choices = try #require(reference["anyOf"] as? [[String: Any]])
        let ids = try #require(choices.compactMap { $0["enum"] as? [String] }.first)
        #expect(ids == BuiltinPacks.ids.sorted())
        let config = try #require(Scaffold.files(organisation: "T", planStart: CivilDate("2024-04-01")).first?.text)
        for id in BuiltinPacks.ids {
            #expect(config.contains("  - \(id)\n") || config.contains("  # - \(id)\n"), "parity init does not list \(id)")
        }
    }
}
