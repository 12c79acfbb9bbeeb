/// One diagnostic per line, then a count, the way compilers and linters print.
struct CompilerStyleReport {
    func render(_ result: CheckResult) -> String {
        var lines = result.diagnostics.map(\.compilerStyle)
        let counts = Diagnostic.Severity.allCases.reversed().map { severity -> String in
            let n = result.count(severity)
            return "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        lines.append("parity check as of \(result.asOf): \(counts.joined(separator: ", ")).")
        return lines.joined(separator: "\n") + "\n"
    }
}
