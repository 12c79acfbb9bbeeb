import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate rule packs, parity.yaml, front matter and manifests, without evaluating.",
            discussion: """
                Each file is checked on its own, as strictly as parity reads it: parity.yaml, \
                inventory.yaml (its paths relative to the file's folder), any other .yaml as a rule pack \
                (checked alongside the built-in packs it may refer to), and .md files' front matter. \
                Checks that need the whole repository (an item's kind or satisfies against the applied \
                packs, duplicate ids across files) are parity check's.

                Exit codes: 0 every file is valid; 1 some file is not; 2 bad usage.

                Example:
                  parity validate policies/rules/local.yaml policies/parity.yaml policies/policies/*.md
                """
        )

        @Argument(help: "The files to validate.", completion: .file())
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one file to validate") }
        }

        func run() throws {
            var invalid = 0
            var lines: [String] = []
            for file in files {
                let errors = FileValidator.validate(file)
                if !errors.isEmpty { invalid += 1 }
                lines += errors.map { Diagnostic($0, file: file).compilerStyle }
            }
            lines.append("\(files.count - invalid) of \(files.count) file\(files.count == 1 ? "" : "s") valid.")
            try OutputOptions.write(lines.joined(separator: "\n") + "\n", to: nil)
            if invalid > 0 { throw ExitCode(1) }
        }
    }
}
