import Foundation
import Testing
@testable import ParityKit

/// "Since the last board": the diff's gap identity, its words for moves, the accessors the
/// papers read, and `parity gap --since`.
@Suite struct SinceTests {
    let repository: LoadedRepository

    init() throws {
        repository = try RepositoryLoader.load(root: packageRoot.appending(path: "policies"))
    }

    func diff(_ from: String, _ to: String) -> RepositoryDiff {
        RepositoryDiff.compare(
            Snapshot(point: RevisionPoint(label: from, asOf: CivilDate(from)), repository: repository),
            Snapshot(point: RevisionPoint(label: to, asOf: CivilDate(to)), repository: repository))
    }

    /// Every date in a sentence, in either style, as one mark: what is left is what the
    /// sentence says apart from when.
    static func undated(_ sentence: String) -> String {
        sentence.replacing(#/[0-9]{4}-[0-9]{2}-[0-9]{2}/#, with: "D")
            .replacing(#/[0-9]{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{4}/#, with: "D")
    }

    @Test(arguments: [("2023-10-01", "2024-01-15"), ("2024-01-15", "2024-04-15"), ("2024-02-01", "2024-04-15"),
                      ("2024-04-15", "2025-01-01"), ("2023-10-01", "2025-01-01")])
    func noGapIsBothClosedAndOpened(from: String, to: String) {
        let diff = diff(from, to)
        for rule in Set(diff.gapsOpened.map(\.rule) + diff.gapsClosed.map(\.rule)) {
            let closed = Set(diff.gapsClosed.filter { $0.rule == rule }.map { Self.undated($0.gap) })
            let opened = Set(diff.gapsOpened.filter { $0.rule == rule }.map { Self.undated($0.gap) })
            #expect(closed.isDisjoint(with: opened), "\(rule) \(from) → \(to): \(closed.intersection(opened))")
        }
        for change in diff.rules {
            let gone = Set(change.noLongerFound.map(Self.undated)), found = Set(change.nowFound.map(Self.undated))
            #expect(gone.isDisjoint(with: found), "\(change.id) \(from) → \(to): \(gone.intersection(found))")
            for wording in change.gapsChanged {
                #expect(Self.undated(wording.before) != Self.undated(wording.after), "\(change.id): \(wording.after)")
            }
        }
    }

    @Test func aGapThatNamesItsAsOfDateStaysOpen() throws {
        let diff = diff("2024-01-15", "2024-04-15")
        let hia62 = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15")).rules.first { $0.id == "HIA6.2" }!
        // The gap is there at both dates, in words that name each date …
        #expect(hia62.gaps.contains { $0.contains("as of 2024-04-15") })
        // … and it is neither closed nor opened.
        let moved = (diff.gapsOpened + diff.gapsClosed).filter { $0.rule == "HIA6.2" }.map(\.gap)
        #expect(!moved.contains { $0.contains("2024-01-15") || $0.contains("2024-04-15") }, "\(moved)")
        // A figure a year on, still short of its duty to improve, is the same gap changed.
        let change = try #require(diff.gapsChanged.first { $0.rule == "HIA6.2" && $0.after.hasPrefix("KV.Q13A") })
        #expect(change.before.contains("in 2021 to 15.0% in 2022") && change.after.contains("in 2022 to 15.2% in 2023"))
    }

    @Test(arguments: [
        ("No figures for X as of 2024-01-15.", "2024-01-15", "No figures for X as of 2024-04-15.", "2024-04-15", true),
        ("Nothing as of 15 January 2024.", "2024-01-15", "Nothing as of 15 April 2024.", "2024-04-15", true),
        // Said "as of" another day still belongs to the side.
        ("Set as of 2024-01-14.", "2024-01-15", "Set as of 2024-04-14.", "2024-04-15", true),
        ("By 2024-01-15, review it.", "2024-01-15", "By 2024-04-15, review it.", "2024-04-15", true),
        // Another date is a fact about the repository: a later approval is a change.
        ("POL-1 approved 2024-01-10.", "2024-01-15", "POL-1 approved 2024-04-10.", "2024-04-15", false),
        // Digits inside a longer number are no date.
        ("Case 12024-01-15 open.", "2024-01-15", "Case 12024-04-15 open.", "2024-04-15", false),
    ])
    func aSentenceIsItsOwnWithoutItsSidesDate(before: String, from: String, after: String, to: String, same: Bool) {
        #expect((GapIdentity(before, asOf: CivilDate(from)) == GapIdentity(after, asOf: CivilDate(to))) == same)
    }

    @Test(arguments: [
        ("WRES.2 (white vs BME) 1.41 in 2022/23 is above the range 0.80–1.25.", "WRES.2 (white vs BME) 1.35 in 2023/24 is above the range 0.80–1.25.", true),
        ("FTSU.cases has no figure for 2022/23 Q2.", "FTSU.cases has no figure for 2022/23 Q3.", true),
        ("WRES.7 (BME) fell from 46.0% in 2022 to 45.2% in 2023.", "WRES.8 (BME) fell from 46.0% in 2022 to 45.2% in 2023.", false),
        ("Needs POL-1 approved.", "Needs POL-2 approved.", false),
    ])
    func figuresALaterYearShareAShape(before: String, after: String, same: Bool) {
        #expect((GapDelta.shape(before) == GapDelta.shape(after)) == same)
    }

    @Test func statusAndRAGMovesAreStatedApart() throws {
        let diff = diff("2024-01-15", "2024-04-15")
        // PLAN.2.3: a draft plan makes it partly met, and its deadline passed: two moves,
        // opposite ways.
        let plan = try #require(diff.rules.first { $0.id == "PLAN.2.3" })
        #expect(plan.direction == .mixed)
        #expect(ChangeWords.transition(plan, in: diff)
            == "RAG amber → red: its deadline passed; status not met → partly met: PRG-002 added (mixed)")
        let pay = try #require(diff.rules.first { $0.id == "HIA3.2.1" })
        #expect(ChangeWords.transition(pay, in: diff) == "RAG amber → green; status partly met → met: RPT-105 and ACT-102 added (improved)")
        let late = try #require(diff.rules.first { $0.id == "HIA6.2" })
        #expect(ChangeWords.transition(late, in: diff) == "RAG amber → red: its deadline passed (worsened)")
        #expect(ChangeWords.paragraph(diff).contains("1 mixed"))
        // The HR.5 waiver was in force on 1 February and lapsed on 31 March.
        let waived = self.diff("2024-02-01", "2024-04-15")
        let hr5 = try #require(waived.rules.first { $0.id == "HR.5" })
        #expect(ChangeWords.transition(hr5, in: waived) == "status waived → not met: its waiver lapsed (changed)")
        let json = try JSONSerialization.jsonObject(with: Data(DiffFormat.json.render(diff).utf8)) as! [String: Any]
        let rules = json["rules"] as! [[String: Any]]
        #expect(rules.first { $0["id"] as? String == "PLAN.2.3" }?["direction"] as? String == "mixed")
    }

    /// Hand-checked against `parity gap policies --format json` at both dates: rules met on
    /// 15 April and not on 15 January; overdue on 15 April (12, as its summary says) and
    /// none on 15 January; documents approved in between.
    @Test func whatThePapersReadBetweenTwoBoards() {
        let diff = diff("2024-01-15", "2024-04-15")
        #expect(diff.newlyMet.map(\.id) == ["HIA6.8", "HR.1", "HR.4", "WRES.8", "HIA1.3", "HIA3.2.1", "GP.2"])
        #expect(diff.from.summary.overdue == 0 && diff.to.summary.overdue == 12)
        #expect(diff.newlyOverdue.map(\.id) == ["HIA6.2", "HIA6.5", "HIA6.6", "PLAN.2", "PLAN.2.2", "PLAN.2.3",
                                               "HIA1.1", "HIA3.1", "HIA3.3", "HIA5.1", "HIA5.2", "HIA5.3"])
        // PRG-005 was a draft in January; the rest are new and approved since 15 January.
        // Drafts added (ACT-101, GUI-001, POL-003, PRG-002, PRG-003) are not approvals.
        #expect(diff.documentsApproved.map { "\($0.id) \($0.approvalDay!)" } == [
            "POL-002 2024-01-25", "TRN-001 2024-01-31", "PRG-005 2024-02-13", "MIN-JNCC-2024-01 2024-02-15",
            "RPT-104 2024-03-07", "ACT-003 2024-03-12", "ACT-102 2024-03-12", "RPT-105 2024-03-12",
            "SUR-NSS-2023 2024-03-12", "RPT-107 2024-03-26", "TRN-002 2024-03-28", "MIN-SC-2024-03 2024-04-02",
            "MIN-BOARD-2024-03 2024-04-04", "RPT-102 2024-04-09", "RPT-EQM-2324-Q4 2024-04-09",
        ])
        #expect(diff.documentsApproved.first { $0.id == "PRG-005" }?.change == .approved)
        #expect(diff.waiversLapsed.map(\.rule) == ["HR.5"])
    }

    @Test func theBoardsAccessorsOnTheSmallTrust() throws {
        let diff = RepositoryDiff.compare(
            try Boards.snapshot(Boards.january, "board-2024-01", commit: Boards.januaryCommit, asOf: "2024-04-15"),
            try Boards.snapshot(Boards.april, "board-2024-04", commit: Boards.aprilCommit, asOf: "2024-04-15"))
        #expect(diff.newlyMet.map(\.id) == ["T.1"])
        // Both judged as of 15 April: T.3 was overdue at both, so it is not newly overdue,
        // though its deadline fell between the two commits.
        #expect(diff.newlyOverdue.isEmpty)
        #expect(diff.lapsed.map(\.rule) == ["T.3"])
        // POL-1 approved; GUI-1 reviewed; MIN-2 new and approved after the January commit.
        #expect(diff.documentsApproved.map { "\($0.change.rawValue) \($0.id)" } == ["reapproved GUI-1", "approved POL-1", "added MIN-2"])
        let block = ChangeWords.since(diff)
        #expect(block.heading == "Since board-2024-01 (commit 1a2b3c4, 25 January 2024):")
        #expect(block.lines.contains("Deadlines passed unmet in between (1): T.3 (15 March 2024)."))
    }

    @Test func theTextReportSaysWhatChangedAfterItsSummary() throws {
        let assessment = Evaluator.evaluate(repository, asOf: CivilDate("2024-04-15"))
        let since = diff("2024-01-15", "2024-04-15")
        let with = ReportFormat.text.render(assessment, options: .init(since: since))
        let without = ReportFormat.text.render(assessment)
        // The block is all that differs: it sits after the summary, before the first pack.
        let head = try #require(with.range(of: "\n\nEDI Improvement Plan, High Impact Action 6"))
        try assertGolden(String(with[..<head.lowerBound]) + "\n", named: "example-2024-04-15-since-2024-01-15.txt")
        let block = try #require(with.range(of: "\n\nSince 15 January 2024:\n"))
        let end = try #require(with.range(of: "\n\n", range: block.upperBound..<with.endIndex))
        #expect(with.replacingCharacters(in: block.lowerBound..<end.lowerBound, with: "") == without)
        #expect(!without.contains("Since 15 January 2024"))
    }
}

/// `parity gap --since`, run as a user would.
@Suite struct GapSinceCommandLineTests {
    let cli = CommandLineTests()

    @Test func aDateGivesTheBlockAndThePapersTakeIt() throws {
        let run = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--since", "2024-01-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nSince 15 January 2024:\n  - The overall score rose from 46.2% to 51.9%.\n"), "\(run.stdout.prefix(3000))")
        #expect(run.stdout.contains("  - Waivers lapsed (1): HR.5 (expired 31 March 2024; now not met).\n"))
        // --pack keeps the same rules on both sides.
        let hr = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--since", "2024-01-15", "--pack", "hr-accountability"])
        #expect(hr.stdout.contains("  - The overall score rose from 30% to 50%.\n  - Newly met (2): HR.1 and HR.4.\n"), "\(hr.stdout.prefix(2000))")
        #expect(!hr.stdout.contains("Newly overdue"))
        for format in ["markdown", "html"] {
            let paper = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--since", "2024-01-15", "--format", format])
            #expect(paper.status == 0, "\(format): \(paper.stderr)")
        }
    }

    @Test func badUseExitsTwo() throws {
        let cases: [([String], String)] = [
            (["--format", "json"], "--since adds what changed to the text report and the papers"),
            (["--format", "csv"], "not to --format csv"),
            (["--format", "xlsx", "--output", "/tmp/parity-since-never.xlsx"], "not to --format xlsx"),
        ]
        for (extra, message) in cases {
            let run = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--since", "2024-01-15"] + extra)
            #expect(run.status == 2, "\(extra)")
            #expect(run.stderr.contains(message), "\(extra): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/parity-since-never.xlsx"))
        for (since, message) in [("2024-04-15", "--since 2024-04-15 must be before --as-of 2024-04-15"),
                                 ("2024-05-01", "--since 2024-05-01 must be before --as-of 2024-04-15"),
                                 ("2024-13-01", "--since '2024-13-01' is not a date in the form YYYY-MM-DD")] {
            let run = try cli.parity(["gap", "policies", "--as-of", "2024-04-15", "--since", since])
            #expect(run.status == 2, "\(since)")
            #expect(run.stderr.contains(message), "\(since): \(run.stderr)")
        }
    }

    @Test func aRevisionIsJudgedAsDiffFromJudgesIt() throws {
        let repository = try ScratchGit.made.get()
        let path = repository.policies.path
        let run = try cli.parity(["gap", path, "--as-of", "2024-04-15", "--since", "board-2024-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nSince board-2024-01 (commit "), "\(run.stdout)")
        // The working tree is the April board: T.1 now met, POL-1 approved.
        #expect(run.stdout.contains("  - Newly met (1): T.1.\n"), "\(run.stdout)")
        #expect(run.stdout.contains("POL-1 (2 April 2024)"), "\(run.stdout)")

        let bad = try cli.parity(["gap", path, "--since", "board-2024-1"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no revision 'board-2024-1' in ") && bad.stderr.contains("(did you mean 'board-2024-01'?)"), "\(bad.stderr)")
        let later = try cli.parity(["gap", path, "--as-of", "2024-04-01", "--since", "board-2024-04"])
        #expect(later.status == 2)
        #expect(later.stderr.contains("after --as-of 2024-04-01"), "\(later.stderr)")

        let plain = try TestRepository(Boards.january)
        let notGit = try cli.parity(["gap", plain.root.path, "--since", "HEAD"],
                                    environment: ["GIT_CEILING_DIRECTORIES": plain.root.deletingLastPathComponent().path])
        #expect(notGit.status == 2)
        #expect(notGit.stderr.contains("is not in a git repository"), "\(notGit.stderr)")
    }
}
