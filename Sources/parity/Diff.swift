import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two git revisions, or two dates: since the last board.",
            discussion: """
                Lists the rules whose status or RAG changed, with why (evidence now found, gaps \
                closed and opened), deadlines that lapsed unmet in between, every gap opened and \
                closed, and the documents added, approved, re-approved, retired or removed.

                With --from REV, both revisions (--to defaults to the working tree) are read from \
                git without touching the working tree or the index, and both are judged as of the \
                same --as-of date; a deadline lapsed if it falls between the two commits' dates (or \
                the as-of date, for the working tree). With --from-date, the files as they are are \
                judged as of each date.

                Examples:
                  parity diff policies --from board-2024-01 --to board-2024-04
                  parity diff policies --from board-2024-01 --format markdown --output since-last-board.md
                  parity diff policies --from-date 2024-02-01 --to-date 2024-04-15
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(help: ArgumentHelp("The earlier git revision: a tag, branch or commit.", valueName: "rev"))
        var from: String?

        @Option(help: ArgumentHelp("The later git revision (default: the working tree).", valueName: "rev"))
        var to: String?

        @Option(name: .customLong("from-date"), help: ArgumentHelp("Instead of revisions: the earlier as-of date (YYYY-MM-DD).", valueName: "date"))
        var fromDate: String?

        @Option(name: .customLong("to-date"), help: ArgumentHelp("The later as-of date (default: today in Europe/London).", valueName: "date"))
        var toDate: String?

        @Option(help: "Output format: \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: DiffFormat = .text

        @OptionGroup var destination: OutputOptions

        func validate() throws {
            if from != nil, fromDate != nil {
                throw ValidationError("give either --from (git revisions) or --from-date (dates on the files as they are), not both")
            }
            if from == nil, fromDate == nil {
                throw ValidationError(to != nil || toDate != nil
                    ? "give the earlier side too: --from REV with --to, or --from-date DATE with --to-date"
                    : "give --from REV (and --to REV) to compare git revisions, or --from-date DATE (and --to-date DATE) to compare dates")
            }
            if from != nil, toDate != nil { throw ValidationError("--to-date goes with --from-date; with --from give --to REV") }
            if fromDate != nil, to != nil { throw ValidationError("--to goes with --from; with --from-date give --to-date DATE") }
            if fromDate != nil, repository.asOf != nil {
                throw ValidationError("--as-of goes with --from/--to; with --from-date and --to-date each side is judged as of its own date")
            }
        }

        func run() throws {
            let root = URL(fileURLWithPath: repository.path)
            let diff: RepositoryDiff
            if let from {
                diff = RepositoryDiff.compare(try RevisionReader.pair(root: root, displayPath: repository.path, from: from, to: to,
                                                                      asOf: repository.asOfDate()))
            } else {
                let start = try date(fromDate!, "--from-date")
                let end = try toDate.map { try date($0, "--to-date") } ?? Today.inLondon()
                guard start < end else { throw ValidationError("--from-date \(start) must be before --to-date \(end)") }
                diff = RepositoryDiff.compare(try RevisionReader.pair(root: root, fromDate: start, toDate: end))
            }
            let text = format.render(diff)
            try destination.write(text)
        }

        private func date(_ text: String, _ flag: String) throws -> CivilDate {
            try dateOption(text, flag: flag)
        }
    }
}

extension DiffFormat: ExpressibleByArgument {}
