import Foundation
import Testing

/// Runs the real `parity` binary, as a user or CI would.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            packageRoot.appending(path: ".build/debug"),
        ]
        for directory in candidates {
            let url = directory.appending(path: "parity")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appending(path: ".build/debug/parity")
    }

    func parity(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func brokenRepository() throws -> TestRepository {
        try TestRepository([
            "parity.yaml": "version: 1\norganisation: Broken Trust\npacks: [hia6]\n",
            "policies/dignity.md": "---\nid: POL-1\ntitle: Dignity at Work\nkind: policy\nstatus: aproved\n---\n# Dignity at Work\n",
        ])
    }

    @Test func theReadmeExampleRuns() throws {
        let run = try parity(["gap", "policies", "--as-of", "2024-04-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kingsmere Valley NHS Trust: gap analysis as of 2024-04-15"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        #expect(run.stderr.isEmpty)
    }

    @Test func brokenFrontMatterNamesFileLineAndColumnAndExitsTwo() throws {
        let repository = try brokenRepository()
        let run = try parity(["gap", repository.root.path, "--as-of", "2024-04-15"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("policies/dignity.md:5:9: error: status 'aproved' is not one of draft, approved, retired (did you mean 'approved'?)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aFailureLeavesTheOutputFileAlone() throws {
        let repository = try brokenRepository()
        let output = repository.root.appending(path: "report.md")
        try Data("the previous report\n".utf8).write(to: output)
        let run = try parity(["gap", repository.root.path, "--format", "markdown", "--output", output.path])
        #expect(run.status == 2)
        #expect(try String(contentsOf: output, encoding: .utf8) == "the previous report\n")
        let fresh = repository.root.appending(path: "fresh.md")
        _ = try parity(["gap", repository.root.path, "--output", fresh.path])
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
    }

    @Test func outputFileHoldsTheSameBytesAsStandardOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "parity-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appending(path: "gap.json")
        let written = try parity(["gap", "policies", "--as-of", "2024-02-01", "--format", "json", "--output", file.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let printed = try parity(["gap", "policies", "--as-of", "2024-02-01", "--format", "json"])
        #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    }

    @Test func badUsageExitsTwo() throws {
        for arguments in [
            ["gap", "policies", "--as-of", "31/03/2024"],
            ["gap", "policies", "--format", "pdf"],
            ["gap", "policies", "--pack", "hia7"],
            ["gap", "no-such-folder"],
            ["frobnicate"],
        ] {
            let run = try parity(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test func helpListsTheFormatsAndExitsZero() throws {
        let run = try parity(["gap", "--help"])
        #expect(run.status == 0)
        for word in ["text", "markdown", "json", "csv", "--as-of", "--owner", "--status"] {
            #expect(run.stdout.contains(word), "\(word)")
        }
    }

    @Test func filtersKeepMatchingRules() throws {
        let run = try parity(["gap", "policies", "--as-of", "2024-04-15", "--format", "csv", "--owner", "Board", "--pack", "hia6"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("hia6,") && $0.contains("Board") })
    }

    @Test func csvHasAByteOrderMarkUnlessNoBOM() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "parity-bom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var bytes: [String: [UInt8]] = [:]
        for (name, extra) in [("bom", [String]()), ("plain", ["--no-bom"])] {
            let file = directory.appending(path: "\(name).csv")
            let run = try parity(["gap", "policies", "--as-of", "2024-04-15", "--format", "csv", "--output", file.path] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            bytes[name] = Array(try Data(contentsOf: file))
        }
        let header = Array("pack,id,title,".utf8)
        #expect(Array(bytes["bom"]!.prefix(3 + header.count)) == [0xEF, 0xBB, 0xBF] + header)
        #expect(Array(bytes["plain"]!.prefix(header.count)) == header)
        #expect(Array(bytes["bom"]!.dropFirst(3)) == bytes["plain"]!)
        // The example's en-dashes are UTF-8 either way.
        #expect(String(decoding: bytes["plain"]!, as: UTF8.self).contains("–"))
    }
}

/// `parity check` on the example trust, as the issue's "done when" runs it.
@Suite struct CheckCommandLineTests {
    let cli = CommandLineTests()

    @Test func failOnOverdueNamesTheOverdueRules() throws {
        let run = try cli.parity(["check", "policies", "--fail-on", "overdue", "--as-of", "2024-04-15"])
        #expect(run.status == 1)
        let errors = run.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.contains { $0.hasSuffix("[HIA6.2]") && $0.contains("overdue by 15 days") })
        #expect(errors.contains { $0.hasSuffix("[PLAN.2]") })
    }

    @Test func nothingOverdueBeforeTheFirstDeadlines() throws {
        let run = try cli.parity(["check", "policies", "--fail-on", "overdue", "--as-of", "2023-12-01"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasSuffix("0 errors, 27 warnings, 79 notes.\n"), "four advisory good-practice rules are notes, not warnings")
    }

    @Test func changedFilesNarrowTheReport() throws {
        let run = try cli.parity(["check", "policies", "policies/policies/disciplinary-policy.md", "--as-of", "2024-04-15", "--fail-on", "warning"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        // Paths from where the command runs; the rest of the repository in one line.
        let files = Set(lines.dropLast(2).map { $0.split(separator: ":")[0] })
        #expect(files == ["policies/policies/disciplinary-policy.md"])
        #expect(lines.dropLast().last?.hasPrefix("and ") == true && lines.dropLast().last?.hasSuffix("parity check --show all lists them.") == true)
        let all = try cli.parity(["check", "policies", "policies/policies/disciplinary-policy.md", "--as-of", "2024-04-15", "--show", "all"])
        #expect(Set(all.stdout.split(separator: "\n").dropLast().map { $0.split(separator: ":")[0] }).count > 5)
    }

    @Test(arguments: ["text", "sarif", "junit", "github", "json", "codequality"])
    func checkOutputMatchesItsGoldenFile(format: String) throws {
        let run = try cli.parity(["check", "policies", "--as-of", "2024-04-15", "--format", format])
        #expect(run.status == 1)
        try assertGolden(run.stdout, named: "check-2024-04-15.\(["text": "txt", "junit": "xml", "github": "log", "codequality": "codequality.json"][format] ?? format)")
    }

    @Test func notARepositoryExitsTwo() throws {
        let run = try cli.parity(["check", "Sources"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no parity.yaml"))
    }
}

/// `parity explain`, `parity validate` and `parity init`, run as a user would.
@Suite struct ToolCommandLineTests {
    let cli = CommandLineTests()

    @Test func explainABuiltinRuleWithoutARepository() throws {
        let run = try cli.parity(["explain", "PLAN.2"])
        #expect(run.status == 0, "\(run.stderr)")
        for text in ["PLAN.2  Phase 2: Awareness and education", "Deadline:   plan months 3–6", "- Rule PLAN.2.3 is met"] {
            #expect(run.stdout.contains(text), "\(text)")
        }
    }

    @Test func explainAgreesWithGap() throws {
        let run = try cli.parity(["explain", "HIA6.2", "policies", "--as-of", "2024-04-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("As of 2024-04-15: partly met, RED, overdue by 15 days (deadline 2024-03-31)"))
        #expect(run.stdout.contains("fails: ACT-002"))
        #expect(run.stdout.contains("found: ACT-001"))
    }

    @Test func explainAnUnknownRuleExitsTwo() throws {
        let run = try cli.parity(["explain", "HIA6.9"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no rule 'HIA6.9'"))
    }

    @Test func validateReportsEachBrokenFile() throws {
        let repository = try TestRepository([
            "good.md": "---\nid: A\ntitle: A\nkind: anything\nstatus: draft\n---\n",
            "bad.md": "---\nid: B\ntitle: B\nkind: policy\nstatus: draft\nreview_due: 2024-02-30\n---\n",
            "pack.yaml": testPack.replacingOccurrences(of: "severity: high", with: "severity: urgent"),
        ])
        let run = try cli.parity(["validate", "good.md", "bad.md", "pack.yaml"], in: repository.root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("bad.md:6:13: error: review_due '2024-02-30' is not a real date"))
        #expect(run.stdout.contains("pack.yaml:14:15: error: severity 'urgent' is not one of high, medium, low"))
        #expect(run.stdout.hasSuffix("1 of 3 files valid.\n"))
        let shipped = try cli.parity(["validate", "policies/parity.yaml", "policies/inventory.yaml", "policies/rules/local.yaml", "rules/hia6.yaml"])
        #expect(shipped.status == 0, "\(shipped.stdout)")
    }

    @Test func initWritesARepositoryThatPassesCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "parity-init-\(UUID().uuidString)")
        let first = try cli.parity(["init", folder.path, "--organisation", "Example \"Valley\" NHS Trust", "--plan-start", "2025-04-01"])
        #expect(first.status == 0, "\(first.stderr)")
        let check = try cli.parity(["check", folder.path, "--as-of", "2025-04-15"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(!check.stdout.contains(": error: "))
        let gap = try cli.parity(["gap", folder.path, "--as-of", "2025-04-15"])
        #expect(gap.stdout.hasPrefix("Example \"Valley\" NHS Trust: gap analysis as of 2025-04-15"))
        let again = try cli.parity(["init", folder.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
    }
}

/// `parity phases`, as the issue's "done when" runs it.
@Suite struct PhasesCommandLineTests {
    let cli = CommandLineTests()

    @Test func monthEightOfTheExamplePlan() throws {
        let run = try cli.parity(["phases", "policies", "--as-of", "2024-04-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("month 8 of 12. The trust should be in PLAN.3"))
        #expect(run.stdout.contains("late by 46 days PLAN.2.2 Create safe spaces"))
    }

    @Test func svgToAFile() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "parity-\(UUID().uuidString).svg")
        let run = try cli.parity(["phases", "policies", "--as-of", "2024-04-15", "--format", "svg", "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<svg"))
    }

    @Test func badSinceExitsTwo() throws {
        #expect(try cli.parity(["phases", "policies", "--as-of", "2024-04-15", "--since", "2024-05-01"]).status == 2)
        #expect(try cli.parity(["phases", "policies", "--since", "last week"]).status == 2)
    }
}

/// The board pack and `--output` over an existing file, as a user runs them.
@Suite struct BoardPackCommandLineTests {
    let cli = CommandLineTests()

    @Test func theBoardPackEmbedsThePlanTimeline() throws {
        let run = try cli.parity(["gap", "policies", "--format", "html", "--as-of", "2024-04-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("One-year plan timeline, Kingsmere Valley NHS Trust, as of 15 April 2024"))
        #expect(!run.stdout.contains("The timeline is not available"))
    }

    @Test func outputReplacesAnEarlierReport() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "parity-replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "report.txt")
        try Data("an earlier report\n".utf8).write(to: file)
        for _ in 0..<2 {
            let run = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--output", file.path])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("Kingsmere Valley NHS Trust: gap analysis"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }
}
