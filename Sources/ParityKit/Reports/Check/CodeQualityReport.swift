/// GitLab's Code Quality report (a subset of Code Climate's issue format), which a merge
/// request shows beside the changed lines: a JSON array, one object per finding, with
/// `description`, `check_name`, `fingerprint`, `severity` and `location.path` (from the git
/// top level) with `location.lines.begin`.
struct CodeQualityReport {
    var paths: ReportPaths = .repository

    struct Issue: Encodable {
        let type = "issue"
        let description: String
        let checkName: String
        let categories: [String]
        let fingerprint: String
        let severity: String
        let location: Location
    }

    struct Location: Encodable {
        let path: String
        let lines: Lines
    }

    struct Lines: Encodable {
        let begin: Int
    }

    func render(_ result: CheckResult) -> String {
        var fingerprints = Fingerprint.Run()
        let issues = result.diagnostics.map { diagnostic in
            let path = paths.forTools(diagnostic.location.file)
            return Issue(
                description: "\(diagnostic.code.id): \(diagnostic.message)", checkName: diagnostic.code.id,
                categories: [category(diagnostic)], fingerprint: fingerprints.next(diagnostic, file: path),
                severity: severity(diagnostic), location: Location(path: path, lines: Lines(begin: diagnostic.location.line)))
        }
        return JSONOutput.render(issues)
    }

    /// GitLab's scale is info, minor, major, critical, blocker: broken input blocks, a
    /// lapsed commitment is critical, other errors major.
    private func severity(_ diagnostic: Diagnostic) -> String {
        if diagnostic.isBrokenInput { return "blocker" }
        if diagnostic.overdue { return "critical" }
        switch diagnostic.severity {
        case .error: return "major"
        case .warning: return "minor"
        case .note: return "info"
        }
    }

    /// One of Code Climate's categories: what breaks the run is a bug risk, the rest a
    /// matter of clarity.
    private func category(_ diagnostic: Diagnostic) -> String {
        diagnostic.isBrokenInput || diagnostic.overdue ? "Bug Risk" : "Clarity"
    }
}
