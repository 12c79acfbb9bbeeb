import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a policy repository like a linter: metadata, documents and lapsed commitments.",
            discussion: """
                Loads the whole repository, validates every document's front matter and the manifest \
                strictly, runs the document checks and evaluates the rules. Prints one problem per line:

                  path:line:column: error|warning|note: message [RULE-ID or CHECK-ID]

                A rule past its deadline and not met is an error; broken metadata is an error; a document \
                out of review, an action without owner or due date, or an open action past due is a \
                warning; other open rules are notes.

                With FILEs (as the pre-commit framework passes them), the problems in those files are \
                printed, then one line counting the rest of the repository's (--show all prints them \
                too). The whole repository is still validated: a file parity cannot read or trust is \
                always reported and always fails, whichever FILEs are given. A lapsed commitment is a \
                warning there, so a commit is refused only for what it touches; give --fail-on overdue \
                in CI to fail on lapsed commitments.

                Paths are printed relative to the current directory in text, and relative to the top \
                of the git repository in sarif, github and codequality (as code scanning, GitHub and \
                GitLab read them), so a policy folder below the git root works as it is.

                Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 the repository does not \
                load (the errors that make parity gap refuse it are all printed first), bad usage, or PATH \
                is not a policy repository.

                Examples:
                  parity check policies
                  parity check . policies/dignity-at-work-policy.md
                  parity check policies --fail-on overdue --format sarif --output parity.sarif
                  parity check policies --format codequality --output gl-code-quality-report.json
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "Files to report on (paths relative to the current directory); default: all.")
        var files: [String] = []

        @Option(name: .customLong("fail-on"), help: "Exit 1 on any: error, warning (or error), or overdue (a rule past its deadline and not met). A file parity cannot read always fails.")
        var failOn: FailThreshold = .error

        @Option(help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: CheckFormat = .text

        @Option(help: "With FILEs, print only their problems and a line for the rest (files), or everything (all).")
        var show: CheckScope = .files

        @Option(name: .customLong("min-severity"), help: ArgumentHelp(
            "Leave out diagnostics below this severity: note, warning or error. Default: note; warning for sarif, so notes do not become code-scanning alerts. The exit code still counts everything.",
            valueName: "severity"))
        var minSeverity: Diagnostic.Severity?

        @OptionGroup var destination: OutputOptions

        func run() throws {
            let asOf = try repository.asOfDate()
            let root = URL(fileURLWithPath: repository.path).standardizedFileURL.resolvingSymlinksInPath()
            let reading = try RepositoryLoader.read(root: root, progress: ProgressLine.forHumans(format == .text))
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let result = Checker.check(reading, asOf: asOf, files: CheckedFiles.paths(files, root: root, workingDirectory: cwd),
                                       showAll: show == .all)
            let paths = ReportPathsLocator.locate(root: root, workingDirectory: cwd)
            let shown = result.atLeast(minSeverity ?? format.defaultMinimumSeverity)
            try destination.write(format.render(shown, options: .init(paths: paths, failOn: failOn)))
            // A repository that does not load is bad input, as `gap` says it is: the
            // findings are all written, and the exit code is 2 whatever --fail-on says.
            if result.diagnostics.contains(where: \.isBrokenInput) { throw ExitCode(2) }
            if result.fails(failOn) { throw ExitCode(1) }
        }
    }
}

extension FailThreshold: ExpressibleByArgument {}
extension CheckFormat: ExpressibleByArgument {}
extension CheckScope: ExpressibleByArgument {}
extension Diagnostic.Severity: ExpressibleByArgument {}
