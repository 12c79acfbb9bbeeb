import ArgumentParser
import Foundation
import ParityKit

extension Parity {
    struct Phases: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Track the one-year plan phase by phase: where the trust should be, what is done, what is late.",
            discussion: """
                Reads the plan start from parity.yaml and shows the plan month, the phase the trust \
                should be in, and for each phase its window, each activity's state (done, in progress, \
                not started, late by N days), the share done and a status: complete, on_track, behind, \
                not_started or upcoming. Activities are judged exactly as parity gap judges them.

                Examples:
                  parity phases policies --as-of 2024-04-15
                  parity phases policies --since 2024-03-05          # what changed since the last meeting
                  parity phases policies --format svg --output timeline.svg
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(help: ArgumentHelp("Also report what changed between this date (YYYY-MM-DD) and the as-of date.", valueName: "date"))
        var since: String?

        @Option(help: "Output format: \(PhasesFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: PhasesFormat = .text

        @OptionGroup var destination: OutputOptions

        func run() throws {
            let asOf = try repository.asOfDate()
            var sinceDate: CivilDate?
            if let since {
                let date = try dateOption(since, flag: "--since")
                guard date < asOf else { throw ValidationError("--since \(date) must be before the as-of date \(asOf)") }
                sinceDate = date
            }
            let loaded = try RepositoryLoader.load(root: URL(fileURLWithPath: repository.path))
            guard let progress = PlanTracker.track(loaded, asOf: asOf, since: sinceDate) else {
                throw ParityError("this repository has no one-year plan to track: parity.yaml needs plan_start and a pack with plan phases (such as one-year-plan)", at: loaded.inventory.config.location)
            }
            let text = format.render(progress)
            try destination.write(text)
        }
    }
}

extension PhasesFormat: ExpressibleByArgument {}
