import Foundation
import Testing

/// The invalid-file corpus that .ci/check-schemas.sh shows the JSON Schemas reject: the
/// loader rejects every file too, with the message its `# expect:` line gives.
@Suite struct InvalidCorpusTests {
    static let folder = packageRoot.appending(path: "Tests/ParityKitTests/Fixtures/invalid")

    static var files: [String] {
        let kinds = ["pack", "config", "front-matter", "manifest", "measures"]
        return kinds.flatMap { kind in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: kind).path)) ?? [])
                .sorted().map { "\(kind)/\($0)" }
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func theLoaderRejectsEachFile(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appending(path: name), encoding: .utf8)
        let expect = try #require(text.split(separator: "\n").first { $0.contains("# expect: ") })
            .components(separatedBy: "# expect: ")[1]
        let repository = try TestRepository(Self.repositoryFiles(name, text: text))
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2024-04-15"])
        #expect(run.status == 2, "\(name): \(run.stdout.prefix(200))")
        #expect(run.stderr.contains(expect), "\(name): \(run.stderr)")
    }

    /// A repository around one corpus file, placed where its kind is read.
    static func repositoryFiles(_ name: String, text: String) -> [String: String] {
        let config = "version: 1\norganisation: Test Trust\nplan_start: 2023-09-01\npacks: [hr-accountability]\n"
        switch name.split(separator: "/")[0] {
        case "pack": return ["parity.yaml": config.replacingOccurrences(of: "[hr-accountability]", with: "[rules/x.yaml]"), "rules/x.yaml": text]
        case "config": return ["parity.yaml": text]
        case "front-matter": return ["parity.yaml": config, "doc.md": text]
        case "measures":
            return ["parity.yaml": config.replacingOccurrences(of: "[hr-accountability]", with: "[wres]"),
                    "inventory.yaml": "version: 1\nmeasures: [figures.yaml]\n", "figures.yaml": text]
        default: return ["parity.yaml": config, "inventory.yaml": text]
        }
    }
}
