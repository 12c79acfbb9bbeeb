import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take a spreadsheet back into the repository: owners' updates from the action log.",
            subcommands: [Tracker.self]
        )

        struct Tracker: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Read owners' updates from the xlsx action log into the actions' front matter.",
                discussion: """
                    Reads the owners' columns of the Actions sheet that parity gap --format xlsx wrote: \
                    Status (owner) Done with Done on (owner) sets status and done_on; Revised due sets due \
                    and keeps the first due date as was_due; Update (with Updated by) is added to the \
                    action's updates; BAF reference sets baf_reference. Only those keys change: every other \
                    byte of each document stays as it was. Every problem is named by row and column and \
                    nothing is written: an unknown action id, a date that is not a date, a status off the \
                    list, or a row whose action changed in the repository since the log was written \
                    (unless --force). Importing the same log again changes nothing. Examples:

                      parity import tracker action-log.xlsx policies --dry-run
                      parity import tracker action-log.xlsx policies
                    """
            )

            @Argument(help: ArgumentHelp("The action log an owner sent back.", valueName: "file.xlsx"), completion: .file(extensions: ["xlsx"]))
            var file: String

            @Argument(help: "The policy repository's root, holding parity.yaml.", completion: .directory)
            var path: String = "."

            @Option(help: ArgumentHelp("The day owners' updates are recorded with (YYYY-MM-DD); default: today in Europe/London.", valueName: "date"))
            var date: String?

            @Flag(name: .customLong("dry-run"), help: "Print what would change as a unified diff, and write nothing.")
            var dryRun = false

            @Flag(help: "Import rows whose action changed in the repository since the log was written.")
            var force = false

            func run() throws {
                let day = try date.map { try dateOption($0, flag: "--date") } ?? Today.inLondon()
                let root = URL(fileURLWithPath: path)
                let sheet = try TrackerSheet.read(file)
                let repository = try RepositoryLoader.load(root: root)
                let plan = try TrackerImport.plan(sheet, repository: repository, root: root, on: day, force: force)
                if dryRun {
                    try OutputOptions.write(plan.diff, to: nil)
                    FileHandle.standardError.write(Data(plan.summary(file: file).utf8))
                } else {
                    try plan.write()
                    try OutputOptions.write(plan.summary(file: file), to: nil)
                }
            }
        }
    }
}
