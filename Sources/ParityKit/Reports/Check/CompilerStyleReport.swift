/// One diagnostic per line, then a count, the way compilers and linters print, with
/// paths from where the command runs so an editor or terminal opens them as printed.
struct CompilerStyleReport {
    var paths: ReportPaths = .repository

    func render(_ result: CheckResult) -> String {
        var lines = result.diagnostics.map { $0.compilerStyle(file: paths.forPeople($0.location.file)) }
        if !result.elsewhere.isEmpty {
            lines.append("and \(CheckWords.elsewhere(result.elsewhere)); parity check --show all lists them.")
        }
        lines.append("parity check as of \(result.asOf): \(CheckWords.counts(result.diagnostics)).")
        return lines.joined(separator: "\n") + "\n"
    }
}
