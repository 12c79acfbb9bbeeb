import ArgumentParser
import ParityKit

/// Flags every report command shares.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The policy repository's root, holding parity.yaml.", completion: .directory)
    var path: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Evaluate as of this date (YYYY-MM-DD); evidence dated later does not count.",
        discussion: "Default: today in Europe/London.", valueName: "date"))
    var asOf: String?

    init() {}

    init(path: String, asOf: String?) {
        self.path = path
        self.asOf = asOf
    }

    func asOfDate() throws -> CivilDate {
        guard let asOf else { return Today.inLondon() }
        return try dateOption(asOf, flag: "--as-of")
    }
}

/// A date given on the command line, strictly YYYY-MM-DD; every date option reads through here.
func dateOption(_ text: String, flag: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else {
        throw ValidationError("\(flag) '\(text)' is not a date in the form YYYY-MM-DD")
    }
    return date
}

extension ReportFormat: ExpressibleByArgument {}

extension RuleStatus: ExpressibleByArgument {}
