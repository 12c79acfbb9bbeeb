import Foundation
import Testing

/// The house rules of docs/development.md that a newcomer relies on to find things: a
/// file is named after the type it holds, one reporter per file, and every option a
/// command's `--help` lists is in the docs.
@Suite struct HouseTests {
    static func swiftFiles(under folder: String) -> [URL] {
        (FileManager.default.enumerator(at: packageRoot.appending(path: folder), includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    @Test func everyFileIsNamedAfterItsMainType() throws {
        let files = Self.swiftFiles(under: "Sources")
        #expect(files.count > 50)
        for file in files where file.lastPathComponent != "main.swift" {
            let name = file.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: file, encoding: .utf8)
            let declares = try Regex(#"(?m)^\s*(?:public |package |internal )?(?:final |indirect )?(?:struct|enum|class|protocol|actor|extension) "# + name + #"\b"#)
            #expect(text.contains(declares), "\(file.path) declares no type named \(name)")
        }
    }

    @Test func oneReporterPerFile() throws {
        let reporter = try Regex(#"(?m)^(?:public )?struct (\w+Report)\b"#)
        for file in Self.swiftFiles(under: "Sources/ParityKit/Reports") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let names = text.matches(of: reporter).compactMap { $0.output[1].substring.map(String.init) }
            #expect(names.count <= 1, "\(file.lastPathComponent) holds \(names.count) reporters: \(names.joined(separator: ", "))")
        }
    }

    static let commands = ["gap", "phases", "check", "explain", "validate", "init", "diff", "history", "rollup"]

    @Test(arguments: commands)
    func everyOptionInHelpIsDocumented(command: String) throws {
        let help = try CommandLineTests().parity([command, "--help"])
        #expect(help.status == 0)
        let options = Set(help.stdout.matches(of: try Regex(#"--[a-z][a-z0-9-]+"#)).map { String(help.stdout[$0.range]) })
            .subtracting(["--help"])
        #expect(!options.isEmpty || command == "validate", "parity \(command) --help lists no options")
        let docs = try String(contentsOf: packageRoot.appending(path: "docs/commands.md"), encoding: .utf8)
        for option in options.sorted() {
            // The whole option: --from must be there itself, not only inside --from-date.
            #expect(docs.contains(try Regex(option + "(?![a-z0-9-])")),
                    "docs/commands.md does not mention \(option), which parity \(command) --help lists")
        }
    }
}

/// The CI examples the docs show are the files CI validates, word for word.
@Suite struct CIExampleTests {
    @Test(arguments: ["github-workflow.yml", "gitlab-ci.yml"])
    func theDocsShowTheValidatedFile(name: String) throws {
        let file = try String(contentsOf: packageRoot.appending(path: "docs/examples/\(name)"), encoding: .utf8)
        let page = try String(contentsOf: packageRoot.appending(path: "docs/ci.md"), encoding: .utf8)
        #expect(page.contains("```yaml\n" + file + "```"), "docs/ci.md does not show docs/examples/\(name) as it is")
    }
}
