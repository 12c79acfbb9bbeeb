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
                Refuses to overwrite an existing parity.yaml. With --packs, parity.yaml applies exactly \
                those packs, with plan_start only when one-year-plan is among them.

                Examples:
                  parity init my-trust --organisation "Example Valley NHS Trust" --plan-start 2025-04-01
                  parity init my-trust --packs hia6,hr-accountability,wres
                """
        )

        @Argument(help: "The folder to start the repository in (created if missing).", completion: .directory)
        var path: String = "."

        @Option(help: "The trust's name.")
        var organisation: String = "Example NHS Trust"

        @Option(name: .customLong("plan-start"), help: ArgumentHelp("Start of the one-year plan (YYYY-MM-DD); default: the first of this month.", valueName: "date"))
        var planStart: String?

        @Option(help: ArgumentHelp("Apply exactly these built-in packs, comma-separated (hia6,hr-accountability,wres).", valueName: "ids"))
        var packs: String?

        func run() throws {
            if let packs {
                return try write(Scaffold.files(organisation: organisation, planStart: try chosenStart(packs), packs: try chosen(packs)))
            }
            let start: CivilDate
            if let planStart {
                start = try dateOption(planStart, flag: "--plan-start")
            } else {
                let today = Today.inLondon()
                start = CivilDate(year: today.year, month: today.month, day: 1)!
            }
            try write(Scaffold.files(organisation: organisation, planStart: start))
        }

        /// The built-in packs named in `--packs`, in order; an unknown id is refused by name.
        private func chosen(_ list: String) throws -> [Scaffold.Pack] {
            let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !ids.isEmpty else { throw ValidationError("--packs needs at least one pack id; built-in packs: \(BuiltinPacks.ids.joined(separator: ", "))") }
            return try ids.map { id in
                guard let pack = try BuiltinPacks.load(id: id) else {
                    throw ValidationError("--packs: '\(id)' is not a built-in pack; built-in packs: \(BuiltinPacks.ids.joined(separator: ", "))")
                }
                return Scaffold.Pack(id: pack.id, kinds: pack.kinds)
            }
        }

        /// The plan's start: asked for only when the one-year plan is applied.
        private func chosenStart(_ list: String) throws -> CivilDate? {
            let plan = list.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "one-year-plan" }
            if let planStart {
                guard plan else { throw ValidationError("--plan-start is the start of the one-year plan; add one-year-plan to --packs, or leave --plan-start out") }
                return try dateOption(planStart, flag: "--plan-start")
            }
            guard plan else { return nil }
            let today = Today.inLondon()
            return CivilDate(year: today.year, month: today.month, day: 1)!
        }

        private func write(_ files: [(path: String, text: String)]) throws {
            let root = URL(fileURLWithPath: path)
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
