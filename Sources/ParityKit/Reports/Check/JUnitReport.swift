/// JUnit XML, the format CI systems show as test results: one test suite per pack, one
/// test case per rule, a failure for each rule not met and a skip for one that does not
/// apply. Inputs parity could not read form one more suite, a test case per file.
struct JUnitReport {
    func render(_ result: CheckResult) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
        if let assessment = result.assessment {
            for pack in assessment.packs {
                let rules = assessment.rules.filter { $0.pack == pack.info.id }
                var cases: [String] = []
                var failures = 0, skipped = 0
                for rule in rules {
                    var body = ""
                    switch rule.status {
                    case .met:
                        break
                    case .notApplicable:
                        skipped += 1
                        body = "<skipped message=\"\(XML.escape(rule.notApplicableReason ?? "not applicable"))\"/>"
                    case .waived:
                        skipped += 1
                        body = "<skipped message=\"\(XML.escape(rule.waiver?.words ?? "waived"))\"/>"
                    case .partial, .notMet:
                        failures += 1
                        let summary = "\(rule.status.words); \(rule.timingWords); RAG \(rule.rag.rawValue)"
                        let details = (rule.gaps + rule.findings.map { "\($0.location): \($0.message)" }
                            + ["Owners: \(rule.owners.joined(separator: ", "))", "Remediation: \(rule.remediation)"])
                            .joined(separator: "\n")
                        body = "<failure message=\"\(XML.escape(summary))\" type=\"\(rule.status.rawValue)\">\(XML.escape(details))</failure>"
                    }
                    cases.append("    <testcase classname=\"\(XML.escape(pack.info.id))\" name=\"\(XML.escape("\(rule.id) \(rule.title)"))\" time=\"0\">\(body)</testcase>")
                }
                totals.tests += rules.count
                totals.failures += failures
                totals.skipped += skipped
                suites.append("""
                      <testsuite name="\(XML.escape(pack.info.id))" tests="\(rules.count)" failures="\(failures)" errors="0" skipped="\(skipped)" time="0">
                    \(cases.joined(separator: "\n"))
                      </testsuite>
                    """)
            }
        }
        // Every error of parity's own checks lands here, so no broken input passes unseen.
        let unreadable = Dictionary(grouping: result.diagnostics.filter(\.isBrokenInput)) { $0.location.file }
        if !unreadable.isEmpty {
            let cases = unreadable.keys.sorted().map { file -> String in
                let problems = unreadable[file]!.map(\.compilerStyle).joined(separator: "\n")
                let codes = Array(Set(unreadable[file]!.map(\.code))).sorted().map(\.id).joined(separator: " ")
                return "    <testcase classname=\"inputs\" name=\"\(XML.escape(file))\" time=\"0\"><error message=\"\(XML.escape("\(unreadable[file]!.count) problem(s) reading \(file)"))\" type=\"\(XML.escape(codes))\">\(XML.escape(problems))</error></testcase>"
            }
            totals.tests += cases.count
            totals.errors += cases.count
            suites.append("""
                  <testsuite name="inputs" tests="\(cases.count)" failures="0" errors="\(cases.count)" skipped="0" time="0">
                \(cases.joined(separator: "\n"))
                  </testsuite>
                """)
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="parity \(result.asOf)" tests="\(totals.tests)" failures="\(totals.failures)" errors="\(totals.errors)" skipped="\(totals.skipped)" time="0">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }
}
