import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ParityKit

/// A small trust as it stood at two boards: the fixture of the diff and history tests,
/// both as plain folders and committed into a scratch git repository.
enum Boards {
    static let pack = TestPack.yaml(owners: ["Board", "HR/OD"], kinds: ["policy", "minutes", "report", "guidance"], rules: """
          - id: T.1
            title: A policy
            desired_state: An approved policy.
            owners: [HR/OD]
            deadline: 2024-03-31
            severity: high
            source: test
            evidence:
              evidence: { kind: policy, claims: true }
              status: approved
            remediation: Write one.
          - id: T.2
            title: Board minutes
            desired_state: Approved minutes of the Board.
            owners: [Board]
            deadline: ongoing
            severity: medium
            source: test
            evidence:
              evidence: { kind: minutes, claims: true }
              status: approved
            remediation: Minute it.
          - id: T.3
            title: A report
            desired_state: An approved report.
            owners: [Board]
            deadline: 2024-03-15
            severity: medium
            source: test
            evidence:
              evidence: { kind: report, claims: true }
              status: approved
            remediation: Report it.

        """)

    static func item(_ id: String, _ kind: String, _ fields: String) -> String {
        "---\nid: \(id)\ntitle: \(id) title\nkind: \(kind)\n\(fields)---\n# \(id)\n"
    }

    /// The repository the January board saw.
    static let january: [String: String] = [
        "parity.yaml": "version: 1\norganisation: Test Trust\npacks: [rules/test.yaml]\n",
        "rules/test.yaml": pack,
        "policies/pol-1.md": item("POL-1", "policy", "status: draft\nsatisfies: [T.1]\n"),
        "minutes/min-1.md": item("MIN-1", "minutes", "status: approved\napproved_on: 2024-01-04\nsatisfies: [T.2]\n"),
        "reports/rpt-1.md": item("RPT-1", "report", "status: draft\nsatisfies: [T.3]\n"),
        "guidance/gui-1.md": item("GUI-1", "guidance", "status: approved\napproved_on: 2023-12-01\n"),
    ]

    /// The April board's: the policy approved, the old minutes retired and new ones
    /// approved, the guidance reviewed; the report is still a draft past its deadline.
    static let april: [String: String] = january.merging([
        "policies/pol-1.md": item("POL-1", "policy", "status: approved\napproved_by: Board\napproved_on: 2024-04-02\nsatisfies: [T.1]\n"),
        "minutes/min-1.md": item("MIN-1", "minutes", "status: retired\napproved_on: 2024-01-04\nsatisfies: [T.2]\n"),
        "minutes/min-2.md": item("MIN-2", "minutes", "status: approved\napproved_on: 2024-04-05\nsatisfies: [T.2]\n"),
        "guidance/gui-1.md": item("GUI-1", "guidance", "status: approved\napproved_on: 2023-12-01\nlast_reviewed: 2024-04-01\n"),
    ]) { _, new in new }

    static let januaryCommit = GitCommit(sha: "1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5", date: CivilDate("2024-01-25"), subject: "January board")
    static let aprilCommit = GitCommit(sha: "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", date: CivilDate("2024-04-10"), subject: "April board")

    static func snapshot(_ files: [String: String], _ label: String, commit: GitCommit?, asOf: String) throws -> Snapshot {
        Snapshot(point: RevisionPoint(label: label, revision: commit == nil ? nil : label, commit: commit, asOf: CivilDate(asOf)),
                 repository: try TestRepository(files).load())
    }
}

/// `parity diff` and `parity history` as pure functions over snapshots.
@Suite struct HistoryTests {
    func boardDiff() throws -> RepositoryDiff {
        RepositoryDiff.compare(
            try Boards.snapshot(Boards.january, "board-2024-01", commit: Boards.januaryCommit, asOf: "2024-04-15"),
            try Boards.snapshot(Boards.april, "board-2024-04", commit: Boards.aprilCommit, asOf: "2024-04-15"))
    }

    func boardHistory() throws -> StatusHistory {
        StatusHistory.build([
            try Boards.snapshot(Boards.january, "board-2024-01", commit: Boards.januaryCommit, asOf: "2024-01-25"),
            try Boards.snapshot(Boards.april, "board-2024-04", commit: Boards.aprilCommit, asOf: "2024-04-10"),
        ], skipped: [SkippedPoint(label: "v0.1", commit: "0123456789abcdef0123456789abcdef01234567", reason: "no parity.yaml there")])
    }

    @Test func theBoardsDiffNamesWhatChangedAndWhy() throws {
        let diff = try boardDiff()
        #expect(diff.rules.map(\.id) == ["T.1"])
        let policy = diff.rules[0]
        #expect(policy.direction == .improved)
        #expect(policy.before?.status == .partial && policy.before?.rag == .red)
        #expect(policy.after?.status == .met && policy.after?.rag == .green)
        #expect(policy.evidenceAdded == ["POL-1"])
        #expect(policy.nowFound.contains { $0.hasPrefix("POL-1 POL-1 title (policy, approved 2024-04-02 by Board)") })
        #expect(policy.gapsClosed.count == 1)
        // T.3's deadline (15 March) fell between the two commits and it is still not met.
        #expect(diff.lapsed.map(\.rule) == ["T.3"])
        #expect(diff.lapsed[0].daysOverdue == 31)
        #expect(diff.items.map { "\($0.change.rawValue) \($0.id)" } == ["added MIN-2", "approved POL-1", "reapproved GUI-1", "retired MIN-1"])
        #expect(diff.from.summary.score == 66.7 && diff.to.summary.score == 83.3)
    }

    @Test func aDeadlineOutsideTheWindowDidNotLapseInIt() throws {
        // The same two trees, but the later commit made before the report's deadline.
        var early = Boards.aprilCommit
        early.date = CivilDate("2024-03-01")
        let diff = RepositoryDiff.compare(
            try Boards.snapshot(Boards.january, "a", commit: Boards.januaryCommit, asOf: "2024-04-15"),
            try Boards.snapshot(Boards.april, "b", commit: early, asOf: "2024-04-15"))
        #expect(diff.lapsed.isEmpty)
    }

    @Test func theExampleTrustBetweenTwoBoards() throws {
        let repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
        let diff = RepositoryDiff.compare(
            Snapshot(point: RevisionPoint(label: "2024-02-01", asOf: CivilDate("2024-02-01")), repository: repository),
            Snapshot(point: RevisionPoint(label: "2024-04-15", asOf: CivilDate("2024-04-15")), repository: repository))
        #expect(diff.lapsed.map(\.rule).contains("HIA6.2"))
        for lapse in diff.lapsed {
            #expect(CivilDate("2024-02-01") <= lapse.deadline && lapse.deadline < CivilDate("2024-04-15"), "\(lapse.rule)")
        }
        let nowMet = diff.rules.filter { $0.after?.status == .met && $0.direction == .improved }.map(\.id)
        // HIA1.3 (the Board Assurance Framework), HIA3.2.1 (the pay gap analysis and plan) and
        // GP.2 (the fair treatment survey) rest on evidence approved in March 2024.
        #expect(nowMet == ["HIA6.8", "HR.4", "WRES.8", "HIA1.3", "HIA3.2.1", "GP.2"])
        // ACT-003 came 201 days after the WRES finding it answers, and the speaking-up
        // figures start in 2023/24, so neither HIA6.5 nor HIA6.6 is met by the April board.
        for id in ["HIA6.5", "HIA6.6"] {
            #expect(diff.rules.first { $0.id == id }?.after?.status == .partial, "\(id)")
        }
        let hia66 = try #require(diff.rules.first { $0.id == "HIA6.6" })
        #expect(hia66.evidenceAdded.contains("MIN-BOARD-2024-03"))
        #expect(diff.items.contains { $0.id == "ACT-003" && $0.change == .approved })
        #expect(ChangeWords.paragraph(diff).contains("Now met: HIA6.8, HR.4, WRES.8, HIA1.3, HIA3.2.1 and GP.2."))
        // The HR.5 waiver expired on 31 March 2024, between the two boards.
        #expect(diff.waiversLapsed.map(\.rule) == ["HR.5"])
        #expect(diff.waiversLapsed.first?.status == .notMet)
        #expect(DiffFormat.markdown.render(diff).contains("## Waivers that lapsed"))
    }

    @Test func directionsAndRulesThatComeAndGo() throws {
        let before = try TestRepository(Boards.january).load()
        var packs = before.packs
        packs[0].rules.removeLast()  // T.3 no longer applied …
        var inventory = before.inventory
        inventory.config.overrides = [RuleOverride(ruleID: "T.1", notApplicableReason: "Not ours.", location: .file("parity.yaml"))]
        let after = LoadedRepository(packs: packs, inventory: inventory)
        let day = CivilDate("2024-01-25")
        let diff = RepositoryDiff.compare(
            Snapshot(point: RevisionPoint(label: "a", asOf: day), repository: before),
            Snapshot(point: RevisionPoint(label: "b", asOf: day), repository: after))
        #expect(diff.rules.map { "\($0.id) \($0.direction.rawValue)" } == ["T.1 changed", "T.3 removed"])
        // A rule that stops applying is excused, not closed.
        #expect(diff.gapsClosed.isEmpty)
        // … and the other way round.
        let back = RepositoryDiff.compare(
            Snapshot(point: RevisionPoint(label: "b", asOf: day), repository: after),
            Snapshot(point: RevisionPoint(label: "a", asOf: day), repository: before))
        #expect(back.rules.map { "\($0.id) \($0.direction.rawValue)" } == ["T.1 changed", "T.3 added"])
        #expect(back.gapsOpened.map(\.rule) == ["T.1", "T.3"])
    }

    @Test func statusesRankAndRAGBreaksTies() throws {
        let rules = Evaluator.evaluate(try TestRepository(Boards.january).load(), asOf: CivilDate("2024-04-15")).rules
        var partial = try #require(rules.first { $0.id == "T.1" })
        var met = partial
        met.status = .met
        met.rag = .green
        #expect(RepositoryDiff.direction(from: partial, to: met) == .improved)
        #expect(RepositoryDiff.direction(from: met, to: partial) == .worsened)
        var amber = partial
        amber.rag = .amber
        #expect(RepositoryDiff.direction(from: amber, to: partial) == .worsened)
        // Status up while RAG falls (a draft found as the deadline passed) is neither.
        var draft = partial
        draft.status = .notMet
        draft.rag = .amber
        var late = partial
        late.rag = .red
        #expect(RepositoryDiff.direction(from: draft, to: late) == .mixed)
        #expect(RepositoryDiff.direction(from: late, to: draft) == .mixed)
        // A status move with the RAG held is the status's direction.
        #expect(RepositoryDiff.direction(from: draft, to: amber) == .improved)
        partial.status = .notApplicable
        #expect(RepositoryDiff.direction(from: partial, to: met) == .changed)
    }

    @Test func anItemThatDisappearsIsRemoved() throws {
        var files = Boards.january
        files["minutes/min-1.md"] = nil
        let diff = RepositoryDiff.compare(
            try Boards.snapshot(Boards.january, "a", commit: nil, asOf: "2024-02-01"),
            try Boards.snapshot(files, "b", commit: nil, asOf: "2024-02-01"))
        #expect(diff.items.map { "\($0.change.rawValue) \($0.id)" } == ["removed MIN-1"])
        #expect(diff.rules.map { "\($0.id) \($0.direction.rawValue)" } == ["T.2 worsened"])
        #expect(diff.rules[0].noLongerFound.count == 1)
    }

    @Test(arguments: [
        ("No evidence of an approved policy.", "Needs an approved policy; does not qualify: POL-1.", true),
        ("PLAN.3.2 Report is not met.", "PLAN.3.2 Report is only partly met.", true),
        ("No evidence of an approved policy.", "No evidence of approved minutes.", false),
    ])
    func gapsAboutTheSameRequirementPair(before: String, after: String, same: Bool) {
        #expect((GapDelta.requirement(before) == GapDelta.requirement(after)) == same)
    }

    @Test(arguments: DiffFormat.allCases)
    func theBoardsDiffMatchesItsGoldenFile(format: DiffFormat) throws {
        let ext = ["text": "txt", "markdown": "md", "json": "json"][format.rawValue]!
        try assertGolden(format.render(try boardDiff()), named: "diff-boards.\(ext)")
    }

    @Test(arguments: HistoryFormat.allCases)
    func theBoardsHistoryMatchesItsGoldenFile(format: HistoryFormat) throws {
        let ext = ["text": "txt", "csv": "csv", "json": "json", "svg": "svg"][format.rawValue]!
        try assertGolden(format.render(try boardHistory()), named: "history-boards.\(ext)")
    }

    @Test func theHistoryLinesRulesUp() throws {
        let history = try boardHistory()
        #expect(history.points.map(\.label) == ["board-2024-01", "board-2024-04"])
        #expect(history.packs.map(\.scores) == [[66.7, 83.3]])
        let statuses = Dictionary(uniqueKeysWithValues: history.rules.map { ($0.id, $0.statuses) })
        #expect(statuses["T.1"] == [.partial, .met])
        #expect(statuses["T.2"] == [.met, .met])
        #expect(statuses["T.3"] == [.partial, .partial])
        // A rule only an earlier point applied is null later.
        let later = try TestRepository(["parity.yaml": "version: 1\norganisation: Test Trust\npacks: [hia6]\n"]).load()
        let mixed = StatusHistory.build([
            try Boards.snapshot(Boards.january, "a", commit: nil, asOf: "2024-01-25"),
            Snapshot(point: RevisionPoint(label: "b", asOf: CivilDate("2024-04-10")), repository: later),
        ])
        #expect(mixed.packs.map(\.id) == ["hia6", "test"])
        #expect(mixed.packs[1].scores[1] == nil)
        #expect(mixed.rules.first { $0.id == "T.1" }?.statuses == [.partial, nil])
        let svg = HistoryFormat.svg.render(mixed)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func theChartIsWellFormedAndSaysItsValuesInWords() throws {
        let history = try boardHistory()
        let svg = HistoryFormat.svg.render(history)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<script") && !svg.contains("href="))
        for text in [">board-2024-01</text>", ">66.7%</text>", ">83.3%</text>", ">test: Test pack</text>"] {
            #expect(svg.contains(text), "\(text)")
        }
    }

    @Test func repositoryTextIsEscapedInEveryFormat() throws {
        var files = Boards.april
        files["parity.yaml"] = "version: 1\norganisation: \"<b>=Evil & *Trust*</b>\"\npacks: [rules/test.yaml]\n"
        let hostile = RevisionPoint(label: "=HYPERLINK(\"x\")<i>", revision: "=HYPERLINK(\"x\")<i>", commit: Boards.aprilCommit, asOf: CivilDate("2024-04-10"))
        let snapshot = Snapshot(point: hostile, repository: try TestRepository(files).load())
        let history = StatusHistory.build([snapshot])
        let svg = HistoryFormat.svg.render(history)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(!svg.contains("<b>") && !svg.contains("<i>"))
        #expect(HistoryFormat.csv.render(history).hasPrefix("row,pack,rule,title,\"'=HYPERLINK(\"\"x\"\")<i>\"\r\n"))
        let diff = RepositoryDiff.compare(try Boards.snapshot(Boards.january, "a", commit: nil, asOf: "2024-04-10"), snapshot)
        let markdown = DiffFormat.markdown.render(diff)
        #expect(markdown.hasPrefix("# What changed: &lt;b&gt;=Evil &amp; \\*Trust\\*&lt;/b&gt;\n"))
        #expect(!markdown.contains("<i>"))
        let json = try JSONSerialization.jsonObject(with: Data(DiffFormat.json.render(diff).utf8)) as? [String: Any]
        #expect(json?["organisation"] as? String == "<b>=Evil & *Trust*</b>")
    }

    @Test func theJSONNamesTheDocumentedFields() throws {
        let diff = try JSONSerialization.jsonObject(with: Data(DiffFormat.json.render(try boardDiff()).utf8)) as! [String: Any]
        for key in ["schema_version", "organisation", "from", "to", "packs", "rules", "lapsed", "gaps_opened", "gaps_closed", "gaps_changed", "items"] {
            #expect(diff[key] != nil, "\(key)")
        }
        let from = diff["from"] as! [String: Any]
        #expect(from["commit"] as? String == Boards.januaryCommit.sha)
        #expect(from["commit_date"] as? String == "2024-01-25")
        #expect(from["as_of"] as? String == "2024-04-15")
        let rule = (diff["rules"] as! [[String: Any]])[0]
        for key in ["id", "direction", "before", "after", "now_found", "gaps_closed", "gaps_opened", "evidence_added"] {
            #expect(rule[key] != nil, "\(key)")
        }
        let history = try JSONSerialization.jsonObject(with: Data(HistoryFormat.json.render(try boardHistory()).utf8)) as! [String: Any]
        #expect((history["rules"] as! [[String: Any]]).first?["statuses"] as? [String] == ["partial", "met"])
        #expect((history["packs"] as! [[String: Any]]).first?["scores"] as? [Double] == [66.7, 83.3])
        #expect((history["skipped"] as! [[String: Any]]).first?["label"] as? String == "v0.1")
    }
}

/// A scratch git repository with the two boards tagged: the policy repository in a
/// `policies` folder below the top level, an earlier tag with no policy repository.
struct ScratchGit: Sendable {
    let root: URL
    var policies: URL { root.appending(path: "policies") }

    static let made = Result { try ScratchGit() }

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "parity-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write(["README.md": "# Trust documents\n"])
        try git(["init", "-q"])
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "Start"], date: "2024-01-05T12:00:00+00:00")
        try git(["tag", "v0.1"])
        try write(Boards.january, under: "policies/")
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "January board"], date: "2024-01-25T23:30:00+00:00")  // 23:30 GMT is still the 25th in London
        try git(["tag", "-a", "board-2024-01", "-m", "Papers for the January board"], date: "2024-01-31T09:00:00+00:00")
        try write(Boards.april, under: "policies/")
        try git(["add", "-A"])
        try git(["commit", "-q", "-m", "April board"], date: "2024-04-10T23:30:00+00:00")  // 00:30 on the 11th in London (BST)
        try git(["tag", "board-2024-04"])
    }

    func write(_ files: [String: String], under prefix: String = "") throws {
        for (path, text) in files {
            let url = root.appending(path: prefix + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @discardableResult
    func git(_ arguments: [String], date: String? = nil, in directory: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Parity Test", "-c", "user.email=parity@example.org",
                             "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ParityError("git \(arguments.joined(separator: " ")) failed") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The index file's bytes and modification date, to show that nothing rewrote it.
    func index() throws -> (Data, Date?) {
        let url = root.appending(path: ".git/index")
        return (try Data(contentsOf: url), try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }
}

/// `parity diff` and `parity history` run as a user would, over a scratch git repository.
@Suite struct HistoryCommandLineTests {
    let cli = CommandLineTests()

    @Test func doneWhenTheBoardsDiffAndHistoryShowTheChangesAndTouchNothing() throws {
        let repository = try ScratchGit.made.get()
        let indexBefore = try repository.index()
        let path = repository.policies.path

        let diff = try cli.parity(["diff", path, "--from", "board-2024-01", "--to", "board-2024-04", "--as-of", "2024-04-15"])
        #expect(diff.status == 0, "\(diff.stderr)")
        for text in ["Test Trust: what changed from board-2024-01 to board-2024-04",
                     "board-2024-01 (commit ", ", 25 January 2024)", ", 11 April 2024)",
                     "Rules that changed (1)", "T.1  A policy", "RAG red → green; status partly met → met: POL-1 approved (improved)",
                     "POL-1 POL-1 title (policy, approved 2024-04-02 by Board)",
                     "Deadlines that lapsed (1)", "T.3       A report: deadline 2024-03-15 passed; partly met, overdue by 31 days.",
                     "added        MIN-2", "approved     POL-1", "re-approved  GUI-1 GUI-1 title: reviewed 2024-04-01", "retired      MIN-1"] {
            #expect(diff.stdout.contains(text), "\(text)\n\(diff.stdout)")
        }
        let markdown = try cli.parity(["diff", path, "--from", "board-2024-01", "--to", "board-2024-04", "--as-of", "2024-04-15", "--format", "markdown"])
        #expect(markdown.stdout.contains("## Since the last board\n\nBetween board-2024-01 (commit "))

        let history = try cli.parity(["history", path])
        #expect(history.status == 0, "\(history.stderr)")
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  as of") && $0.contains("2024-01-25") && $0.contains("2024-04-11") }, "\(history.stdout)")
        #expect(lines.contains { $0.hasPrefix("  T.1") && $0.contains("partial") && $0.contains("met*") }, "\(history.stdout)")
        #expect(lines.contains { $0.hasPrefix("  test") && $0.contains("66.7%") && $0.contains("83.3%") }, "\(history.stdout)")
        #expect(history.stdout.contains("Skipped v0.1"))
        let chart = try cli.parity(["history", path, "--tags", "board-*", "--format", "svg"])
        #expect(chart.status == 0, "\(chart.stderr)")
        #expect(XMLParser(data: Data(chart.stdout.utf8)).parse())
        #expect(chart.stdout.contains(">board-2024-04</text>"))

        // Neither the index nor the working tree was touched.
        #expect(try repository.index() == indexBefore)
        #expect(try repository.git(["status", "--porcelain", "--untracked-files=all"]).isEmpty)
    }

    @Test func theWorkingTreeIsTheDefaultLaterSide() throws {
        let repository = try ScratchGit.made.get()
        let run = try cli.parity(["diff", ".", "--from", "board-2024-01", "--as-of", "2024-04-15", "--format", "json"], in: repository.policies)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let to = json["to"] as! [String: Any]
        #expect(to["label"] as? String == "working tree")
        #expect(to["commit"] is NSNull)
        #expect((json["rules"] as! [[String: Any]]).map { $0["id"] as! String } == ["T.1"])
        #expect((json["lapsed"] as! [[String: Any]]).map { $0["rule"] as! String } == ["T.3"])
    }

    @Test func tagsAreJudgedAtTheirCommitDatesUnlessAsOfIsGiven() throws {
        let repository = try ScratchGit.made.get()
        let run = try cli.parity(["history", repository.policies.path, "--tags", "board-*", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let points = json["points"] as! [[String: Any]]
        #expect(points.map { $0["label"] as! String } == ["board-2024-01", "board-2024-04"])
        #expect(points.map { $0["as_of"] as! String } == ["2024-01-25", "2024-04-11"])
        #expect((json["skipped"] as! [Any]).isEmpty)
        let fixed = try cli.parity(["history", repository.policies.path, "--tags", "board-*", "--as-of", "2024-04-15", "--format", "csv"])
        #expect(fixed.stdout.contains("\r\nas_of,,,,2024-04-15,2024-04-15\r\n"), "\(fixed.stdout)")
        #expect(fixed.stdout.contains("\r\nstatus,test,T.1,A policy,partial,met\r\n"))
    }

    @Test func notAGitRepositoryBadRevisionsAndShallowClonesExitTwo() throws {
        let plain = try TestRepository(Boards.january)
        let ceiling = ["GIT_CEILING_DIRECTORIES": plain.root.deletingLastPathComponent().path]
        for arguments in [["diff", plain.root.path, "--from", "HEAD"], ["history", plain.root.path]] {
            let run = try cli.parity(arguments, environment: ceiling)
            #expect(run.status == 2)
            #expect(run.stderr.contains("is not in a git repository"), "\(run.stderr)")
        }
        let repository = try ScratchGit.made.get()
        let bad = try cli.parity(["diff", repository.policies.path, "--from", "board-2024-1"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no revision 'board-2024-1' in ") && bad.stderr.contains("(did you mean 'board-2024-01'?)"), "\(bad.stderr)")
        let nothing = try cli.parity(["history", repository.policies.path, "--tags", "audit-*"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("no tags match 'audit-*'"))
        let empty = try cli.parity(["diff", repository.root.path, "--from", "board-2024-01"])
        #expect(empty.status == 2)  // the top level holds no parity.yaml

        let shallow = FileManager.default.temporaryDirectory.appending(path: "parity-shallow-\(UUID().uuidString)")
        try repository.git(["clone", "-q", "--depth", "1", "file://\(repository.root.path)", shallow.path])
        let history = try cli.parity(["history", shallow.appending(path: "policies").path])
        #expect(history.status == 2)
        #expect(history.stderr.contains("shallow clone") && history.stderr.contains("git fetch --unshallow"), "\(history.stderr)")
        let diff = try cli.parity(["diff", shallow.appending(path: "policies").path, "--from", "board-2024-01"])
        #expect(diff.status == 2)
        #expect(diff.stderr.contains("no revision 'board-2024-01'") && diff.stderr.contains("shallow clone"), "\(diff.stderr)")
    }

    @Test func badUsageExitsTwo() throws {
        for arguments in [
            ["diff", "policies"],
            ["diff", "policies", "--from", "HEAD", "--from-date", "2024-02-01"],
            ["diff", "policies", "--from-date", "2024-04-15", "--to-date", "2024-02-01"],
            ["diff", "policies", "--from-date", "1/2/2024"],
            ["diff", "policies", "--from-date", "2024-02-01", "--as-of", "2024-04-15"],
            ["history", "policies", "--dates", "2024-02-01,April"],
            ["history", "policies", "--dates", "2024-02-01", "--tags", "board-*"],
        ] {
            let run = try cli.parity(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test func theExampleTrustBetweenTwoDates() throws {
        let run = try cli.parity(["diff", "policies", "--from-date", "2024-02-01", "--to-date", "2024-04-15", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let lapsed = (json["lapsed"] as! [[String: Any]]).map { $0["rule"] as! String }
        #expect(lapsed.contains("HIA6.2"))
        let met = (json["rules"] as! [[String: Any]])
            .filter { (($0["after"] as? [String: Any])?["status"] as? String) == "met" }.map { $0["id"] as! String }
        #expect(met.contains("HIA6.8"))
        #expect(!met.contains("HIA6.5") && !met.contains("HIA6.6"))

        let history = try cli.parity(["history", "policies", "--dates", "2024-04-15,2024-02-01", "--format", "csv"])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.hasPrefix("row,pack,rule,title,2024-02-01,2024-04-15\r\nas_of,,,,2024-02-01,2024-04-15\r\n"))
        #expect(history.stdout.contains("\r\nstatus,hia6,HIA6.5,"))
    }
}
