import Foundation
import Testing

/// `parity check` as CI and the pre-commit hook see it, in a scratch git repository whose
/// policies sit in `policies/` below the git root.
@Suite struct CheckInCITests {
    let cli = CommandLineTests()
    let top: URL
    var policies: URL { top.appending(path: "policies") }

    static let pack = TestPack.yaml(id: "scratch", title: "Scratch", owners: ["HR/OD"], rules: """
          - id: SCR.1
            title: "A dignity at work policy"
            desired_state: An approved dignity at work policy.
            owners: [HR/OD]
            deadline: 2024-03-31
            severity: high
            source: test
            evidence: { evidence: { kind: policy, claims: true }, status: approved }
            remediation: Approve one.
        """)

    init() throws {
        top = FileManager.default.temporaryDirectory.appending(path: "parity-ci-\(UUID().uuidString)")
        let files = [
            "policies/parity.yaml": "version: 1\norganisation: Scratch Trust\npacks: [rules/local.yaml]\n",
            "policies/rules/local.yaml": Self.pack,
            // A title with a newline and a forged diagnostic after it.
            "policies/docs/old.md": "---\nid: POL-1\ntitle: \"Old\\nforged.md:1:1: error: forged [x]\"\nkind: policy\nstatus: draft\nreview_due: 2020-01-01\n---\n",
            "policies/docs/other.md": "---\nid: POL-2\ntitle: Other\nkind: policy\nstatus: draft\nreview_due: 2020-01-01\n---\n",
        ]
        for (path, text) in files {
            let url = top.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "init", "-q"]
        git.currentDirectoryURL = top
        try git.run()
        git.waitUntilExit()
    }

    func check(_ arguments: [String], from directory: URL? = nil) throws -> CommandLineTests.Run {
        try cli.parity(["check"] + arguments + ["--as-of", "2024-04-15"], in: directory ?? top)
    }

    @Test func toolsReadPathsFromTheGitRootWhereverParityRuns() throws {
        for (directory, path) in [(top, "policies"), (policies, "."), (policies.appending(path: "docs"), "..")] {
            let sarif = try check([path, "--format", "sarif"], from: directory)
            #expect(sarif.stdout.contains("\"uri\" : \"policies/docs/old.md\""), "from \(directory.lastPathComponent)")
            #expect(!sarif.stdout.contains("originalUriBaseIds"))
            let github = try check([path, "--format", "github"], from: directory)
            #expect(github.stdout.contains("file=policies/docs/old.md,line=6,col=13"), "\(github.stdout)")
            let quality = try check([path, "--format", "codequality"], from: directory)
            #expect(quality.stdout.contains("\"path\" : \"policies/docs/old.md\""))
        }
    }

    @Test func textPathsAreFromTheWorkingDirectory() throws {
        #expect(try check(["policies"]).stdout.contains("\npolicies/docs/other.md:6:13: warning: "))
        #expect(try check(["."], from: policies).stdout.contains("\ndocs/other.md:6:13: warning: "))
        #expect(try check([".."], from: policies.appending(path: "docs")).stdout.contains("\nother.md:6:13: warning: "))
        try FileManager.default.createDirectory(at: top.appending(path: "elsewhere"), withIntermediateDirectories: true)
        #expect(try check(["../policies"], from: top.appending(path: "elsewhere")).stdout.contains("\n../policies/docs/other.md:6:13: warning: "))
    }

    @Test func aNewlineInATitleCannotForgeALine() throws {
        let run = try check(["policies"])
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("forged.md") })
        #expect(lines.contains { $0.hasPrefix("policies/docs/old.md:6:13: warning: POL-1 Old\\nforged.md:1:1: error: forged [x] is out of review") })
    }

    @Test func theHookReportsTheChangedFileAndALineForTheRest() throws {
        // The lapsed SCR.1 is a warning when FILEs are given, so the commit is not refused for it.
        let hook = try check(["policies", "policies/docs/other.md"])
        #expect(hook.status == 0, "\(hook.stdout)")
        let lines = hook.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("policies/docs/other.md:6:13: warning: POL-2 Other is out of review") == true)
        #expect(lines.contains { $0.hasPrefix("and ") && $0.contains("more findings in the rest of the repository") })
        #expect(!lines.contains { $0.contains("[SCR.1]") })
        // CI's threshold still fails on the lapsed commitment anywhere.
        #expect(try check(["policies", "policies/docs/other.md", "--fail-on", "overdue"]).status == 1)
        // Without FILEs the lapsed commitment is an error.
        let all = try check(["policies"])
        #expect(all.status == 1)
        #expect(all.stdout.contains(": error: A dignity at work policy: not met, overdue"))
    }

    @Test func minSeverityLeavesOutWhatIsBelowIt() throws {
        let errorsOnly = try check(["policies", "--min-severity", "error"])
        #expect(!errorsOnly.stdout.contains(": warning: "))
        #expect(errorsOnly.stdout.contains(": error: "))
        #expect(errorsOnly.status == 1)
        let warnings = try check(["policies", "--min-severity", "warning", "--fail-on", "error"])
        #expect(warnings.stdout.contains(": warning: "))
        #expect(!warnings.stdout.contains(": note: "))
    }

    @Test func sarifCarriesWhatCodeScanningUses() throws {
        let run = try check(["policies", "--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] as? String == "https://github.com/parity-edi/parity")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let outOfReview = try #require(rules.first { $0["id"] as? String == "out-of-review" })
        #expect((outOfReview["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
        #expect((outOfReview["help"] as? [String: Any])?["markdown"] as? String != nil)
        #expect((outOfReview["helpUri"] as? String)?.hasSuffix("docs/reports.md#check-codes") == true)
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        #expect(!results.contains { $0["level"] as? String == "note" }, "notes stay out of code scanning unless asked")
        for result in results {
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["parityFinding/v1"]
            #expect(fingerprint?.count == 16)
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
            #expect(region?["endLine"] == region?["startLine"])
        }
        let review = try #require(results.first { $0["ruleId"] as? String == "out-of-review" })
        let region = ((review["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(region?["endColumn"] == 13 + 10, "a date's ten characters")
    }

    @Test func fingerprintsSurviveALineMove() throws {
        func fingerprints() throws -> [String] {
            let run = try check(["policies", "--format", "sarif"])
            let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let results = try #require(((log["runs"] as? [[String: Any]])?.first)?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["parityFinding/v1"] }.sorted()
        }
        let before = try fingerprints()
        // Two lines added above the finding move it down; its fingerprint stays.
        let other = policies.appending(path: "docs/other.md")
        let text = try String(contentsOf: other, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "kind: policy\n", with: "kind: policy\n# moved\n# down\n").utf8).write(to: other)
        #expect(try fingerprints() == before)
        #expect(Set(before).count == before.count, "one fingerprint per finding")
    }
}
