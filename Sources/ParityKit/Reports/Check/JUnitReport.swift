/// JUnit XML, the format CI systems show as test results. One suite per pack with a test
/// case per rule; a suite `findings` with a test case per finding in a file (a document out
/// of review, an overdue action, evidence that fails a condition); a suite `inputs` with a
/// test case per file parity could not read. Only what fails the run at `--fail-on` is a
/// failure (broken input an error), so the counts agree with the exit code; the rest
/// pass and say what was found in `system-out`.
struct JUnitReport {
    var paths: ReportPaths = .repository
    var failOn: FailThreshold = .error

    func render(_ result: CheckResult) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
        func suite(_ name: String, _ cases: [(xml: String, failed: Bool, error: Bool, skipped: Bool)]) {
            guard !cases.isEmpty else { return }
            let failures = cases.filter(\.failed).count, errors = cases.filter(\.error).count
            let skipped = cases.filter(\.skipped).count
            totals.tests += cases.count
            totals.failures += failures
            totals.errors += errors
            totals.skipped += skipped
            suites.append("""
                  <testsuite name="\(XML.escape(name))" tests="\(cases.count)" failures="\(failures)" errors="\(errors)" skipped="\(skipped)" time="0">
                \(cases.map(\.xml).joined(separator: "\n"))
                  </testsuite>
                """)
        }
        let ruleLines = Dictionary(result.diagnostics.filter(\.repositoryWide).compactMap { diagnostic -> (String, Diagnostic)? in
            guard case .rule(let id) = diagnostic.code else { return nil }
            return (id, diagnostic)
        }, uniquingKeysWith: { first, _ in first })

        if let assessment = result.assessment {
            for pack in assessment.packs {
                suite(pack.info.id, assessment.rules.filter { $0.pack == pack.info.id }.map { rule in
                    let name = "\(rule.id) \(rule.title)"
                    let open = "    <testcase classname=\"\(XML.escape(pack.info.id))\" name=\"\(XML.escape(name))\" time=\"0\">"
                    switch rule.status {
                    case .met:
                        return (open + "</testcase>", false, false, false)
                    case .notApplicable, .waived:
                        let why = rule.status == .waived ? rule.waiver?.words ?? "waived" : rule.notApplicableReason ?? "not applicable"
                        return (open + "<skipped message=\"\(XML.escape(why))\"/></testcase>", false, false, true)
                    case .partial, .notMet:
                        let summary = "\(rule.status.words); \(rule.timingWords); RAG \(rule.rag.rawValue)"
                        let details = (rule.gaps + rule.findings.map { "\(paths.forTools($0.location.file)):\($0.location.line):\($0.location.column): \($0.message)" }
                            + ["Owners: \(rule.owners.joined(separator: ", "))", "Remediation: \(rule.remediation)"])
                            .joined(separator: "\n")
                        if let line = ruleLines[rule.id], failOn.fails([line]) {
                            return (open + "<failure message=\"\(XML.escape(summary))\" type=\"\(rule.status.rawValue)\">\(XML.escape(details))</failure></testcase>",
                                    true, false, false)
                        }
                        return (open + "<system-out>\(XML.escape(summary + "\n" + details))</system-out></testcase>", false, false, false)
                    }
                })
            }
        }

        // Every finding in a file, whether or not it fails the run.
        suite("findings", result.diagnostics.filter { !$0.repositoryWide && !$0.isBrokenInput }.map { diagnostic in
            let line = diagnostic.compilerStyle(file: paths.forTools(diagnostic.location.file))
            let open = "    <testcase classname=\"findings.\(XML.escape(diagnostic.code.id))\" name=\"\(XML.escape(line))\" time=\"0\">"
            if failOn.fails([diagnostic]) {
                return (open + "<failure message=\"\(XML.escape(diagnostic.message))\" type=\"\(XML.escape(diagnostic.code.id))\">\(XML.escape(line))</failure></testcase>",
                        true, false, false)
            }
            return (open + "<system-out>\(XML.escape(line))</system-out></testcase>", false, false, false)
        })

        // Every error of parity's own checks lands here, so no broken input passes unseen.
        let unreadable = Dictionary(grouping: result.diagnostics.filter(\.isBrokenInput)) { paths.forTools($0.location.file) }
        suite("inputs", unreadable.keys.sorted().map { file in
            let problems = unreadable[file]!.map { $0.compilerStyle(file: file) }.joined(separator: "\n")
            let codes = Array(Set(unreadable[file]!.map(\.code))).sorted().map(\.id).joined(separator: " ")
            return ("    <testcase classname=\"inputs\" name=\"\(XML.escape(file))\" time=\"0\"><error message=\"\(XML.escape("\(unreadable[file]!.count) problem(s) reading \(file)"))\" type=\"\(XML.escape(codes))\">\(XML.escape(problems))</error></testcase>",
                    false, true, false)
        })
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="parity \(result.asOf)" tests="\(totals.tests)" failures="\(totals.failures)" errors="\(totals.errors)" skipped="\(totals.skipped)" time="0">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }
}
