import Foundation
import Testing
@testable import ParityKit

/// A FILE argument of `parity check` names one repository file however it is spelled.
@Suite struct CheckedFilesTests {
    let repository: TestRepository

    init() throws {
        repository = try TestRepository(["parity.yaml": "version: 1\n", "docs/a.md": "# A\n"])
    }

    func relative(_ file: String, from directory: String = "") -> String? {
        CheckedFiles.relative(file, root: repository.root,
                              workingDirectory: directory.isEmpty ? repository.root : repository.root.appending(path: directory))
    }

    @Test func everySpellingOfOneFileIsThatFile() {
        let root = repository.root
        #expect(relative("docs/a.md") == "docs/a.md")
        #expect(relative("./docs/a.md") == "docs/a.md")
        #expect(relative("docs/../docs/./a.md") == "docs/a.md")
        #expect(relative("a.md", from: "docs") == "docs/a.md")
        #expect(relative("./a.md", from: "docs") == "docs/a.md")
        #expect(relative(root.appending(path: "docs/a.md").path, from: "docs") == "docs/a.md")
        let elsewhere = root.deletingLastPathComponent()
        #expect(CheckedFiles.relative("\(root.lastPathComponent)/docs/a.md", root: root, workingDirectory: elsewhere) == "docs/a.md")
    }

    @Test func aLinkIsTheFileItNames() throws {
        let root = repository.root
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: "current.md").path, withDestinationPath: "docs/a.md")
        #expect(relative("current.md") == "docs/a.md")
        // The repository reached through a link to its folder is the same repository.
        let alias = FileManager.default.temporaryDirectory.appending(path: "parity-alias-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: root)
        #expect(CheckedFiles.relative("docs/a.md", root: root, workingDirectory: alias) == "docs/a.md")
        #expect(CheckedFiles.relative("docs/a.md", root: alias, workingDirectory: root) == "docs/a.md")
    }

    @Test func aFileOutsideTheRepositoryNamesNothing() throws {
        #expect(relative("../other.md") == nil)
        #expect(relative("/etc/passwd") == nil)
        let outside = FileManager.default.temporaryDirectory.appending(path: "parity-outside-\(UUID().uuidString).md")
        try Data("x".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: repository.root.appending(path: "out.md"), withDestinationURL: outside)
        #expect(relative("out.md") == nil)
    }

    @Test func noFilesMeansEveryFile() {
        #expect(CheckedFiles.paths([], root: repository.root, workingDirectory: repository.root) == nil)
        #expect(CheckedFiles.paths(["./docs/a.md", "docs/a.md"], root: repository.root, workingDirectory: repository.root) == ["docs/a.md"])
        #expect(CheckedFiles.paths(["../x.md"], root: repository.root, workingDirectory: repository.root) == [])
    }
}
