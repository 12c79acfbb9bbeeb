import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Gap: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a gap analysis: current state, desired state and the gap for every rule.",
            discussion: """
                Every applied rule gets a status (met, partial, not_met, not_applicable), a timing \
                against its deadline, a RAG rating, what was found, what is missing, and the action \
                plan. Examples:

                  parity gap policies --as-of 2024-04-15
                  parity gap policies --format markdown --output board-paper.md
                  parity gap policies --format docx --output board-paper.docx --template trust-template.docx
                  parity gap policies --format xlsx --output action-tracker.xlsx
                  parity gap . --owner "HR/OD" --status not_met --status partial
                  parity gap policies --as-of 2024-04-15 --since 2024-01-15
                  parity gap policies --format docx --output board-paper.docx --since board-2024-01

                With --since, the text report and the papers (markdown, html, docx) say what changed \
                since that date or git revision: the comparison parity diff makes, the earlier side \
                judged as `parity diff --from-date` (a date) or `--from` (a revision) judges it, the \
                later side the repository as of --as-of.
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); html is the self-contained board pack, docx the board paper in Word, xlsx the action tracker in Excel.")
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("With --format docx, take styles, header and footer from this Word document (the trust's template).", valueName: "file.docx"))
        var template: String?

        @OptionGroup var destination: OutputOptions

        @OptionGroup(title: "Board paper (docx, html, markdown)") var paper: PaperOptions

        @Option(help: ArgumentHelp("Keep only rules of this pack (repeatable).", valueName: "id"))
        var pack: [String] = []

        @Option(help: ArgumentHelp("Keep only rules this owner is named on (repeatable).", valueName: "name"))
        var owner: [String] = []

        @Option(help: ArgumentHelp("Keep only rules with this status: met, partial, not_met, not_applicable (repeatable).", valueName: "status"))
        var status: [RuleStatus] = []

        @Option(help: ArgumentHelp("Say what changed since this earlier date (YYYY-MM-DD) or git revision (a tag such as board-2024-01): newly met, newly overdue, documents approved, waivers lapsed, scores. Text and the papers (markdown, html, docx).", valueName: "date|rev"))
        var since: String?

        @Flag(name: .customLong("no-bom"), help: "CSV: leave out the UTF-8 byte-order mark written by default for Excel on Windows.")
        var noBOM = false

        func validate() throws {
            if template != nil, format != .docx {
                throw ValidationError("--template is the Word template of the docx paper; give it with --format docx")
            }
            if !paper.isEmpty, !format.isPaper {
                throw ValidationError("the board paper's particulars (--paper, --meeting, --title, …) are for the papers; give them with --format docx, html or markdown")
            }
            if since != nil, !(format.isPaper || format == .text) {
                throw ValidationError("--since adds what changed to the text report and the papers (markdown, html, docx), not to --format \(format.rawValue); for the changes as data run parity diff --format json")
            }
        }

        func run() throws {
            let asOf = try repository.asOfDate()
            let wordTemplate = try template.map { try WordTemplateReader.read($0) }
            let loaded = try RepositoryLoader.load(root: URL(fileURLWithPath: repository.path),
                                                   progress: ProgressLine.forHumans([.text, .markdown, .html].contains(format)))
            let known = loaded.packs.map(\.id)
            for id in pack where !known.contains(id) {
                throw ValidationError("--pack '\(id)' is not applied by this repository; its packs: \(known.joined(separator: ", "))")
            }
            let full = Evaluator.evaluate(loaded, asOf: asOf)
            let since = try self.since.map { try changes(since: $0, loaded: loaded, assessment: full, asOf: asOf) }
            let assessment = full.filtered(packs: pack, owners: owner, statuses: status)
            let color = destination.toTerminal && format == .text
                && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            // The board pack and paper show the plan timeline that `parity phases` tracks.
            let plan = format.isPaper ? PlanTracker.track(loaded, assessment: full) : nil
            let particulars = try paper.particulars(over: loaded.inventory.config.paper)
            let options = ReportFormat.Options(color: color, plan: plan, template: wordTemplate, bom: !noBOM, paper: particulars, since: since)
            if format.isBinary {
                try destination.write(binary: format.data(assessment, options: options), what: "--format \(format.rawValue)")
            } else {
                try destination.write(format.render(assessment, options: options))
            }
        }

        /// The comparison `parity diff` makes: the repository as of an earlier date (what
        /// looks like one is read as one), or an earlier git revision judged as of the same
        /// date, against the assessment this report is made from. --pack and --owner keep
        /// the same rules on both sides; --status, a verdict that differs between them, does
        /// not narrow it.
        private func changes(since text: String, loaded: LoadedRepository, assessment: Assessment, asOf: CivilDate) throws -> RepositoryDiff {
            var before: Snapshot, label: String
            if text.contains("-"), text.allSatisfy({ $0.isNumber || $0 == "-" }) {
                let date = try dateOption(text, flag: "--since")
                guard date < asOf else { throw ValidationError("--since \(date) must be before --as-of \(asOf)") }
                before = Snapshot(point: RevisionPoint(label: date.description, asOf: date), repository: loaded)
                label = asOf.description
            } else {
                let revision = try RevisionReader.revision(root: URL(fileURLWithPath: repository.path), displayPath: repository.path,
                                                           text, asOf: asOf)
                if let committed = revision.point.commitDate, committed > asOf {
                    throw ValidationError("--since \(text) was committed on \(committed), after --as-of \(asOf); give an earlier revision or a later --as-of")
                }
                before = Snapshot(revision)
                label = "working tree"
            }
            before.assessment = before.assessment.filtered(packs: pack, owners: owner)
            let after = Snapshot(point: RevisionPoint(label: label, asOf: asOf), assessment: assessment.filtered(packs: pack, owners: owner),
                                 inventory: loaded.inventory)
            return RepositoryDiff.compare(before, after)
        }
    }
}
