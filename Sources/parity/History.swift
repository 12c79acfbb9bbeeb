import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each rule's status and each pack's share met over tagged revisions or dates.",
            discussion: """
                By default every tag of the git repository is a point, in tag-date order, each \
                judged as of its commit date (Europe/London) unless --as-of is given. Revisions are \
                read from git without touching the working tree or the index; a tag whose tree has \
                no policy repository is skipped with the reason. With --dates, the files as they \
                are are judged as of each date.

                Examples:
                  parity history policies
                  parity history policies --tags 'board-*' --format svg --output progress.svg
                  parity history policies --dates 2023-10-01,2024-01-31,2024-04-15 --format csv
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(help: ArgumentHelp("Only the tags matching this pattern (git's glob, as git tag --list takes it).", valueName: "pattern"))
        var tags: String?

        @Option(help: ArgumentHelp("Instead of tags: judge the files as they are as of each of these dates (YYYY-MM-DD, comma-separated).", valueName: "dates"))
        var dates: String?

        @Option(help: "Output format: \(HistoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: HistoryFormat = .text

        @OptionGroup var destination: OutputOptions

        func validate() throws {
            if tags != nil, dates != nil { throw ValidationError("give either --tags (git revisions) or --dates (dates on the files as they are), not both") }
            if dates != nil, repository.asOf != nil {
                throw ValidationError("--as-of goes with tags; with --dates each point is judged as of its own date")
            }
        }

        func run() throws {
            let root = URL(fileURLWithPath: repository.path)
            let history: StatusHistory
            if let dates {
                var parsed: [CivilDate] = []
                for text in dates.split(separator: ",", omittingEmptySubsequences: false) {
                    let trimmed = text.trimmingCharacters(in: .whitespaces)
                    parsed.append(try dateOption(trimmed, flag: "--dates:"))
                }
                history = StatusHistory.build(try RevisionReader.dates(root: root, parsed))
            } else {
                let asOf = try repository.asOf.map { _ in try repository.asOfDate() }
                history = StatusHistory.build(try RevisionReader.tags(root: root, displayPath: repository.path, matching: tags, asOf: asOf))
            }
            let text = format.render(history)
            try destination.write(text)
        }
    }
}

extension HistoryFormat: ExpressibleByArgument {}
