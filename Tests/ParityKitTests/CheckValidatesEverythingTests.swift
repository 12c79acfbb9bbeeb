import Foundation
import Testing
@testable import ParityKit

/// `parity check FILE…` narrows what is reported, never what is validated: a repository
/// that `gap` refuses fails the check whichever FILEs are given and at every threshold.
@Suite struct CheckValidatesEverythingTests {
    static let asOf = CivilDate("2024-04-15")
    /// A Markdown file with no front matter: unrelated to any problem, and itself fine.
    static let unrelated = ["notes/readme.md": "# Notes\n"]
    /// No FILE; the configuration; an unrelated good document; a file outside the repository.
    static let selections: [[String]?] = [nil, ["parity.yaml"], ["notes/readme.md"], ["../elsewhere.md"]]

    func expectRefusedWhateverTheFiles(_ root: URL, extraSelections: [[String]] = [],
                                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let reading = try RepositoryLoader.read(root: root)
        #expect(!reading.errors.isEmpty, "gap accepts this repository", sourceLocation: sourceLocation)
        for files in Self.selections + extraSelections.map(Optional.some) {
            let paths = files.flatMap { CheckedFiles.paths($0, root: root, workingDirectory: root) }
            let result = Checker.check(reading, asOf: Self.asOf, files: paths)
            let label = files?.joined(separator: " ") ?? "no FILE"
            #expect(result.count(.error) > 0, "\(label): no errors", sourceLocation: sourceLocation)
            for threshold in FailThreshold.allCases {
                let fails = threshold.fails(result.diagnostics)
                #expect(fails, "\(label): passes --fail-on \(threshold.rawValue)", sourceLocation: sourceLocation)
            }
            for error in reading.errors {
                #expect(result.diagnostics.contains { $0.message == error.message && $0.code == .check(error.code) && $0.severity == .error },
                        "\(label): \(error) is not reported", sourceLocation: sourceLocation)
            }
        }
    }

    func repository(_ files: [String: String]) throws -> TestRepository {
        try TestRepository(files.merging(Self.unrelated) { old, _ in old })
    }

    @Test(arguments: BadInputTests.cases)
    func eachBadInput(_ bad: BadInputTests.Case) throws {
        var files = ["parity.yaml": BadInputTests.config]
        files.merge(bad.files) { _, new in new }
        try expectRefusedWhateverTheFiles(try repository(files).root, extraSelections: [Array(bad.files.keys)])
    }

    @Test(arguments: InvalidCorpusTests.files)
    func eachInvalidCorpusFile(_ name: String) throws {
        let text = try String(contentsOf: InvalidCorpusTests.folder.appending(path: name), encoding: .utf8)
        let files = InvalidCorpusTests.repositoryFiles(name, text: text)
        try expectRefusedWhateverTheFiles(try repository(files).root, extraSelections: [Array(files.keys)])
    }

    @Test func aTrustPackThatTakesABuiltinPacksID() throws {
        let local = try String(contentsOf: packageRoot.appending(path: "rules/hr-accountability.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\nid: hr-accountability\n", with: "\nid: hia6\n")
        let repository = try repository([
            "parity.yaml": "version: 1\norganisation: T\nplan_start: 2023-09-01\npacks: [hia6, rules/local.yaml]\n",
            "rules/local.yaml": local,
        ])
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["rules/local.yaml"]])
    }

    /// A file outside the repository for a link to lead to.
    func outside(_ text: String, extension: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "parity-outside-\(UUID().uuidString).\(`extension`)")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func aPackPathThatLinksOutside() throws {
        let pack = try String(contentsOf: packageRoot.appending(path: "rules/hr-accountability.yaml"), encoding: .utf8)
        let repository = try repository(["parity.yaml": "version: 1\norganisation: T\nplan_start: 2023-09-01\npacks: [rules/local.yaml]\n"])
        try FileManager.default.createDirectory(at: repository.root.appending(path: "rules"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "rules/local.yaml"),
                                                   withDestinationURL: try outside(pack, extension: "yaml"))
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["rules/local.yaml"]])
    }

    @Test func aManifestItemThatLinksOutside() throws {
        let repository = try repository([
            "parity.yaml": BadInputTests.config,
            "inventory.yaml": "version: 1\nitems:\n  - id: X\n    path: evidence/minutes.pdf\n    title: X\n    kind: minutes\n    status: draft\n",
        ])
        try FileManager.default.createDirectory(at: repository.root.appending(path: "evidence"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "evidence/minutes.pdf"),
                                                   withDestinationURL: try outside("minutes", extension: "pdf"))
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["inventory.yaml"], ["evidence/minutes.pdf"]])
    }

    @Test func aMeasuresFileThatLinksOutside() throws {
        let repository = try repository([
            "parity.yaml": CheckCodeTests.wresConfig,
            "inventory.yaml": "version: 1\nmeasures: [data/figures.csv]\n",
        ])
        try FileManager.default.createDirectory(at: repository.root.appending(path: "data"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "data/figures.csv"),
                                                   withDestinationURL: try outside("indicator,period,value\nWRES.5,2023/24,20\n", extension: "csv"))
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["data/figures.csv"]])
    }

    @Test func aDocumentThatLinksOutside() throws {
        let repository = try repository(["parity.yaml": BadInputTests.config])
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "linked.md"),
                                                   withDestinationURL: try outside(BadInputTests.document(), extension: "md"))
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["linked.md"]])
    }

    @Test func figuresThatCannotBeTrusted() throws {
        let repository = try repository([
            "parity.yaml": CheckCodeTests.wresConfig,
            "inventory.yaml": "version: 1\nmeasures: [figures.csv]\n",
            "figures.csv": "indicator,period,group,value\nWRES.1,2022/23,VSM,8.1\nWRES.1,2022/23,VSM,8.4\nWRES.99,2022/23,,3\n",
        ])
        try expectRefusedWhateverTheFiles(repository.root, extraSelections: [["figures.csv"]])
    }

    @Test func documentChecksStillFollowTheFiles() throws {
        let stale = { (id: String) in "---\nid: \(id)\ntitle: \(id)\nkind: procedure\nstatus: approved\napproved_on: 2019-01-01\nreview_due: 2020-01-01\n---\n" }
        let repository = try repository(["parity.yaml": BadInputTests.config, "a.md": stale("A"), "b.md": stale("B")])
        let reading = try RepositoryLoader.read(root: repository.root)
        let result = Checker.check(reading, asOf: Self.asOf, files: CheckedFiles.paths(["./a.md"], root: repository.root, workingDirectory: repository.root))
        let reviews = result.diagnostics.filter { $0.code == .check(.outOfReview) }
        #expect(reviews.map(\.location.file) == ["a.md"])
    }
}

/// The same check run as a pre-commit hook runs it: the real binary, FILEs relative to
/// the working directory.
@Suite struct CheckValidatesEverythingCommandLineTests {
    let cli = CommandLineTests()

    @Test func aPackIDCollisionFailsWhicheverFileIsChanged() throws {
        let local = try String(contentsOf: packageRoot.appending(path: "rules/hr-accountability.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\nid: hr-accountability\n", with: "\nid: hia6\n")
        let repository = try TestRepository([
            "parity.yaml": "version: 1\norganisation: T\nplan_start: 2023-09-01\npacks: [hia6, rules/local.yaml]\n",
            "rules/local.yaml": local,
        ])
        let gap = try cli.parity(["gap", ".", "--as-of", "2024-04-15"], in: repository.root)
        #expect(gap.status == 2)
        for files in [["parity.yaml"], ["rules/local.yaml"], ["./rules/local.yaml"]] {
            let run = try cli.parity(["check", "."] + files + ["--as-of", "2024-04-15"], in: repository.root)
            #expect(run.status == 2, "\(files): \(run.stdout)")
            #expect(run.stdout.contains("rules/local.yaml:1:1: error: pack id 'hia6' is also used by rules/hia6.yaml [invalid-input]"), "\(run.stdout)")
            #expect(!run.stdout.contains(" 0 errors"))
        }
    }

    @Test func aPackLinkedOutsideFailsEvenAtTheOverdueThreshold() throws {
        let pack = try String(contentsOf: packageRoot.appending(path: "rules/hr-accountability.yaml"), encoding: .utf8)
        let target = FileManager.default.temporaryDirectory.appending(path: "parity-outside-\(UUID().uuidString).yaml")
        try Data(pack.utf8).write(to: target)
        let repository = try TestRepository(["parity.yaml": "version: 1\norganisation: T\nplan_start: 2023-09-01\npacks: [rules/local.yaml]\n"])
        try FileManager.default.createDirectory(at: repository.root.appending(path: "rules"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "rules/local.yaml"), withDestinationURL: target)
        for arguments in [["rules/local.yaml"], ["parity.yaml", "--fail-on", "overdue"], ["--format", "junit", "rules/local.yaml"]] {
            let run = try cli.parity(["check", "."] + arguments + ["--as-of", "2024-04-15"], in: repository.root)
            #expect(run.status == 2, "\(arguments): \(run.stdout)")
            #expect(run.stdout.contains("leads outside the repository"), "\(arguments): \(run.stdout)")
        }
    }
}
