/// Words the check formats share.
enum CheckWords {
    /// "2 errors, 1 warning, 0 notes".
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        Diagnostic.Severity.allCases.reversed().map { severity in
            let n = diagnostics.filter { $0.severity == severity }.count
            return "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// The one line that stands for the findings outside the files given.
    static func elsewhere(_ diagnostics: [Diagnostic]) -> String {
        "\(diagnostics.count) more finding\(diagnostics.count == 1 ? "" : "s") in the rest of the repository (\(counts(diagnostics)))"
    }
}
