import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a policy repository: write parity.yaml and one example document.",
            discussion: """
                Writes parity.yaml (applying the one-year plan and HR/OD accountability packs, with HIA6 \
                ready to switch on) and \(Scaffold.exampleDocument), which together pass parity check. \
                Refuses to overwrite an existing parity.yaml.

                Example:
                  parity init my-trust --organisation "Example Valley NHS Trust" --plan-start 2025-04-01
                """
        )

        @Argument(help: "The folder to start the repository in (created if missing).", completion: .directory)
        var path: String = "."

        @Option(help: "The trust's name.")
        var organisation: String = "Example NHS Trust"

        @Option(name: .customLong("plan-start"), help: ArgumentHelp("Start of the one-year plan (YYYY-MM-DD); default: the first of this month.", valueName: "date"))
        var planStart: String?

        func run() throws {
            let start: CivilDate
            if let planStart {
                start = try dateOption(planStart, flag: "--plan-start")
            } else {
                let today = Today.inLondon()
                start = CivilDate(year: today.year, month: today.month, day: 1)!
            }
            let root = URL(fileURLWithPath: path)
            let files = Scaffold.files(organisation: organisation, planStart: start)
            for (file, _) in files where FileManager.default.fileExists(atPath: root.appending(path: file).path) {
                throw ParityError("\(root.appending(path: file).path) already exists; parity init only starts a new repository")
            }
            for (file, text) in files {
                let url = root.appending(path: file)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(text, to: url.path)
                print("wrote \(url.path)")
            }
            print("Next: parity check \(path) and parity gap \(path)")
        }
    }
}
