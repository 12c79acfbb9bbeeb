/// What `parity check` found: the diagnostics to print and, when the repository could be
/// judged, the assessment behind the rule diagnostics.
public struct CheckResult: Hashable, Codable, Sendable {
    public var asOf: CivilDate
    /// What is reported: every diagnostic, or with FILEs those in the files and every
    /// problem that stops the repository loading.
    public var diagnostics: [Diagnostic]
    /// With FILEs, the rest of the repository's diagnostics, which reports sum up in one line.
    public var elsewhere: [Diagnostic]
    public var assessment: Assessment?

    public init(asOf: CivilDate, diagnostics: [Diagnostic], elsewhere: [Diagnostic] = [], assessment: Assessment? = nil) {
        self.asOf = asOf
        self.diagnostics = diagnostics
        self.elsewhere = elsewhere
        self.assessment = assessment
    }

    public func count(_ severity: Diagnostic.Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }

    /// Whether the run fails at `threshold`: anything reported at or above it, broken
    /// input anywhere, and, for `overdue`, a lapsed commitment anywhere in the repository.
    public func fails(_ threshold: FailThreshold) -> Bool {
        threshold.fails(diagnostics) || (threshold == .overdue && elsewhere.contains(where: \.overdue))
    }

    /// Only the diagnostics at or above `severity`, in both lists.
    public func atLeast(_ severity: Diagnostic.Severity) -> CheckResult {
        var copy = self
        copy.diagnostics = diagnostics.filter { $0.severity >= severity }
        copy.elsewhere = elsewhere.filter { $0.severity >= severity }
        return copy
    }
}

/// Turns a lenient reading of a repository into diagnostics: every load error, the
/// document checks, and each rule that is not met. Pure, like the evaluator.
public enum Checker {
    /// - Parameters:
    ///   - files: repository-relative paths to report on (the files a commit changes), or
    ///     nil for all. They narrow what is reported, never what is validated: every load
    ///     error is reported whatever the files, since a repository `gap` refuses must never
    ///     pass a check. The rest of the repository's diagnostics go to `elsewhere`, and a
    ///     lapsed commitment is a warning there: a commit that does not touch it (or that
    ///     fixes it) is not refused for it; `--fail-on overdue` still is.
    ///   - showAll: report everything even with `files`.
    public static func check(_ reading: RepositoryReading, asOf: CivilDate, files: Set<String>? = nil,
                             showAll: Bool = false) -> CheckResult {
        let loadErrors = reading.errors.map { Diagnostic($0, file: TrustConfig.fileName) }
        var judged: [Diagnostic] = []
        var assessment: Assessment?
        if let repository = reading.repository {
            judged += documentChecks(repository.inventory.items, asOf: asOf)
            let result = Evaluator.evaluate(repository, asOf: asOf)
            judged += ruleDiagnostics(result, references: repository.packReferences)
            assessment = result
        }
        var elsewhere: [Diagnostic] = []
        if let files {
            judged = judged.map { diagnostic in
                var diagnostic = diagnostic
                if diagnostic.overdue, diagnostic.severity == .error { diagnostic.severity = .warning }
                return diagnostic
            }
            if !showAll {
                elsewhere = judged.filter { !files.contains($0.location.file) }
                judged = judged.filter { files.contains($0.location.file) }
            }
        }
        let order = { (a: Diagnostic, b: Diagnostic) in (a.location, a.code, a.message) < (b.location, b.code, b.message) }
        // What stops the repository loading comes first: it is what a refused commit must fix.
        return CheckResult(asOf: asOf, diagnostics: loadErrors.sorted(by: order) + judged.sorted(by: order),
                           elsewhere: elsewhere.sorted(by: order), assessment: assessment)
    }

    static func documentChecks(_ items: [EvidenceItem], asOf: CivilDate) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for item in items where item.status != .retired {
            let name = "\(item.id) \(item.title)"
            if let due = item.reviewDue, due < asOf {
                out.append(Diagnostic(.warning, "\(name) is out of review: review_due \(due) is before \(asOf)",
                                      at: item.location(of: "review_due"), code: .check(.outOfReview),
                                      identity: "\(item.id)|review_due", length: due.description.count))
            }
            for (field, date) in [("approved_on", item.approvedOn), ("last_reviewed", item.lastReviewed)] {
                if let date, date > asOf {
                    out.append(Diagnostic(.warning, "\(name): \(field) \(date) is after the as-of date \(asOf)",
                                          at: item.location(of: field), code: .check(.approvedAfterAsOf),
                                          identity: "\(item.id)|\(field)", length: date.description.count))
                }
            }
            for action in item.actions where action.status == .open {
                let missing = [action.owner == nil ? "owner" : nil, action.due == nil ? "due date" : nil].compactMap { $0 }
                if !missing.isEmpty {
                    out.append(Diagnostic(.warning, "action '\(action.what)' of \(item.id) has no \(missing.joined(separator: " and no "))",
                                          at: action.location, code: .check(.actionIncomplete), identity: "\(item.id)|action|\(action.what)"))
                }
                if action.isOverdue(on: asOf), let due = action.due {
                    out.append(Diagnostic(.warning, "action '\(action.what)' of \(item.id) was due \(due), \(due.days(until: asOf)) days before \(asOf)",
                                          at: action.location, code: .check(.actionOverdue), identity: "\(item.id)|action|\(action.what)"))
                }
            }
        }
        return out
    }

    /// A rule past its deadline and not met is an error; a red ongoing duty a warning;
    /// other open rules notes. Items and figures that fail a rule's conditions are notes
    /// where they sit.
    static func ruleDiagnostics(_ assessment: Assessment, references: [String: SourceLocation]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in assessment.rules {
            guard let waiver = rule.waiver else { continue }
            if rule.status == .waived {
                out.append(Diagnostic(.note, "\(rule.title): \(waiver.words)", at: waiver.location, code: .rule(rule.id),
                                      repositoryWide: true, suppression: waiver.reason))
            }
            if waiver.lapsed {
                out.append(Diagnostic(.warning, "the waiver of \(rule.id) lapsed on \(waiver.expires); the rule is \(rule.status.words) again",
                                      at: waiver.location, code: .check(.waiverLapsed), repositoryWide: true))
            }
            if waiver.selfApproved {
                out.append(Diagnostic(.warning, "the waiver of \(rule.id) was approved by \(waiver.approvedBy), an owner of the rule it waives; nobody should waive their own gap",
                                      at: waiver.location, code: .check(.waiverSelfApproved), repositoryWide: true))
            }
        }
        for rule in assessment.rules where rule.status.isOpen {
            let location = references[rule.pack] ?? .file(TrustConfig.fileName)
            var message = "\(rule.title): \(rule.status.words), \(rule.timingWords); owners: \(rule.owners.joined(separator: ", "))"
            if let gap = rule.gaps.first { message += ". \(gap.trimmingSuffix("."))" }
            let severity: Diagnostic.Severity = rule.daysOverdue != nil ? .error : rule.rag == .red ? .warning : .note
            out.append(Diagnostic(severity, message, at: location, code: .rule(rule.id), repositoryWide: true,
                                  overdue: rule.daysOverdue != nil, identity: rule.id))
            for finding in rule.findings {
                out.append(Diagnostic(.note, "\(finding.message) (evidence for \(rule.id))", at: finding.location, code: .rule(rule.id),
                                      identity: "\(finding.item)|\(finding.field ?? "")|\(finding.message.replacing(/[0-9]+/, with: "#"))"))
            }
            // Figures that fail a condition are noted at their latest row, so a check of a
            // changed data file shows what the new figures mean.
            for measure in rule.measures where measure.status != .met {
                guard let latest = measure.latest else { continue }
                out.append(Diagnostic(.note, "\(measure.indicator) (\(measure.group)) \(measure.words) (figures for \(rule.id))", at: latest.location, code: .rule(rule.id),
                                      identity: "figures|\(measure.indicator)|\(measure.group)"))
            }
        }
        return out
    }
}
