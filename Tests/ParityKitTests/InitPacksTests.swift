import Foundation
import Testing
@testable import ParityKit

/// `parity init --packs`: a trust starts with the packs it chose, and no plan start to
/// invent unless the one-year plan is among them.
@Suite struct InitPacksTests {
    let cli = CommandLineTests()

    @Test func thePacksChosenAndNoPlanStartWithoutThePlan() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "parity-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try cli.parity(["init", folder.path, "--packs", "hia6,hr-accountability,wres", "--organisation", "Valley Trust"])
        #expect(run.status == 0, "\(run.stderr)")
        let config = try String(contentsOf: folder.appending(path: "parity.yaml"), encoding: .utf8)
        #expect(config.contains("packs:\n  - hia6\n  - hr-accountability\n  - wres\n"))
        #expect(!config.contains("plan_start") && !config.contains("one-year-plan") && !config.contains("parity's source"))
        #expect(config.contains(Scaffold.repositoryDocs))
        let document = try String(contentsOf: folder.appending(path: Scaffold.exampleDocument), encoding: .utf8)
        #expect(document.contains("satisfies: [HR.3]\ncharacteristics: all\n"))
        #expect(try cli.parity(["validate", folder.appending(path: "parity.yaml").path]).status == 0)
        let gap = try cli.parity(["gap", folder.path, "--as-of", "2025-04-15"])
        #expect(gap.status == 0 && !gap.stdout.contains("month 12 of 12"), "\(gap.stderr)")
    }

    @Test func thePlanBringsItsStartAndBadChoicesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "parity-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try cli.parity(["init", folder.path, "--packs", "one-year-plan", "--plan-start", "2025-04-01"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let config = try String(contentsOf: folder.appending(path: "parity.yaml"), encoding: .utf8)
        #expect(config.contains("plan_start: 2025-04-01\npacks:\n  - one-year-plan\n"))
        let check = try cli.parity(["check", folder.path, "--as-of", "2025-04-15"])
        #expect(check.status == 0, "\(check.stdout)")
        let other = FileManager.default.temporaryDirectory.appending(path: "parity-init-\(UUID().uuidString)")
        let unknown = try cli.parity(["init", other.path, "--packs", "hia7"])
        #expect(unknown.status == 2 && unknown.stderr.contains("'hia7' is not a built-in pack"))
        let start = try cli.parity(["init", other.path, "--packs", "hia6", "--plan-start", "2025-04-01"])
        #expect(start.status == 2 && start.stderr.contains("add one-year-plan to --packs"))
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }
}
