import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Rollup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Roll trusts' gap analyses up to a system view: the matrix of organisations × rules, counts, recurring gaps and indicators.",
            discussion: """
                Each INPUT is a JSON report from `parity gap --format json` (how trusts share \
                results) or a policy repository's folder, evaluated as `parity gap` would. The \
                reports must be as of one date and one per organisation. Examples:

                  parity rollup reports/*.json
                  parity rollup reports/*.json --format html --output icb-rollup.html
                  parity rollup reports/*.json --from last-quarter/*.json
                  parity rollup reports/*.json --format docx --output icb-board-paper.docx \\
                    --title "Equality, diversity and inclusion across Kingsmere and Valley ICS" --paper icb-board.yaml
                  parity rollup reports/*.json --anonymise --key-file key.csv --format markdown
                  parity rollup trust-a trust-b trust-c --as-of 2024-04-15 --since 2024-02-01
                """
        )

        @Argument(help: ArgumentHelp("JSON reports (parity gap --format json) or policy repository folders.", valueName: "input"),
                  completion: .file(extensions: ["json"]))
        var inputs: [String]

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "Evaluate repository folders as of this date (YYYY-MM-DD); JSON reports keep their own date.",
            discussion: "Default: today in Europe/London.", valueName: "date"))
        var asOf: String?

        @Option(help: "Report format: \(RollupFormat.allCases.map(\.rawValue).joined(separator: ", ")); html is the self-contained heatmap and small multiples, docx a Word paper, xlsx an Excel workbook.")
        var format: RollupFormat = .text

        @OptionGroup var destination: OutputOptions

        @Option(help: ArgumentHelp("With --format docx, take styles, header and footer from this Word document (the template).", valueName: "file.docx"))
        var template: String?

        @OptionGroup(title: "The paper (docx, html, markdown; the cover sheet in docx)") var paper: PaperOptions

        @Option(name: .customLong("from"), parsing: .upToNextOption,
                help: ArgumentHelp("The earlier reports (or folders) to show what moved since them.", valueName: "input"))
        var from: [String] = []

        @Option(help: ArgumentHelp("Show what moved since this date (YYYY-MM-DD): the repository folders are evaluated again as of it.", valueName: "date"))
        var since: String?

        @Flag(name: .customLong("allow-mixed-dates"), help: "Roll up reports of different as-of dates, showing each organisation's date.")
        var allowMixedDates = false

        @Flag(name: .customLong("anonymise"), help: "Label organisations A, B, C… and keep their names out of the output.")
        var anonymise = false

        @Option(name: .customLong("key-file"), help: ArgumentHelp("With --anonymise, write the key (label, organisation, source) to this CSV file.", valueName: "file"))
        var keyFile: String?

        @Flag(name: .customLong("no-bom"), help: "CSV: leave out the UTF-8 byte-order mark written by default for Excel on Windows.")
        var noBOM = false

        func validate() throws {
            if template != nil, format != .docx {
                throw ValidationError("--template is the Word template of the docx paper; give it with --format docx")
            }
            if !paper.isEmpty, !format.isPaper {
                throw ValidationError("the paper's title and particulars (--title, --paper, --meeting, …) are for the papers; give them with --format docx, html or markdown")
            }
            if keyFile != nil, !anonymise {
                throw ValidationError("--key-file writes the key of an anonymised rollup; give it with --anonymise")
            }
            if since != nil, !from.isEmpty {
                throw ValidationError("give either --since (repositories evaluated again as of a date) or --from (earlier reports), not both")
            }
        }

        func run() throws {
            let asOf = try asOf.map { try dateOption($0, flag: "--as-of") } ?? Today.inLondon()
            let since = try since.map { try dateOption($0, flag: "--since") }
            let wordTemplate = try template.map { try WordTemplateReader.read($0) }
            let particulars = try paper.particulars(over: PaperParticulars())
            let read = try RollupReader.read(inputs, from: from, since: since, asOf: asOf)
            let options = ParityKit.Rollup.Options(allowMixedDates: allowMixedDates, anonymise: anonymise, sharedPacks: read.builtinPacks)
            let rollup = try ParityKit.Rollup.build(read.members, previous: read.previous, facts: read.facts, options: options)
            if format.isBinary {
                try destination.write(binary: format.data(rollup, template: wordTemplate, paper: particulars), what: "--format \(format.rawValue)")
            } else {
                try destination.write(format.render(rollup, bom: !noBOM, paper: particulars))
            }
            if let keyFile {
                let key = try ParityKit.Rollup.key(read.members, previous: read.previous, options: options)
                try OutputOptions.write(RollupFormat.key(key), to: keyFile)
            }
        }
    }
}

extension RollupFormat: ExpressibleByArgument {}
