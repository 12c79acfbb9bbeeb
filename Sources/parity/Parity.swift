import ArgumentParser
import Foundation
import ParityKit

@main
struct Parity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Check an NHS trust's equality policy repository against rule packs and write gap analyses.",
        discussion: """
            parity reads a policy repository (parity.yaml, Markdown documents with front matter, \
            and an optional inventory.yaml manifest), judges it against the rule packs it applies \
            (EDI Improvement Plan HIA6, the one-year plan, HR/OD accountability, and any of the \
            trust's own) as of a date, and reports current state, desired state and the gap.

            Exit codes: 0 success; 1 findings at or above the failure threshold (parity check); \
            2 bad usage or invalid input.
            """,
        version: ParityVersion.current,
        subcommands: [Gap.self, Phases.self, Check.self, Explain.self, Validate.self, Init.self, Diff.self, History.self, Rollup.self, Import.self]
    )

    /// Maps every failure to parity's exit codes: usage and input errors are 2, with the
    /// message on stderr.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ParityError {
            fail(error.description)
        } catch let error as ParityErrors {
            fail(error.description + "\n\(error.errors.count) error\(error.errors.count == 1 ? "" : "s").")
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            if code.rawValue == ExitCode.validationFailure.rawValue {
                fail(fullMessage(for: error))
            }
            exit(withError: error)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
    }
}
