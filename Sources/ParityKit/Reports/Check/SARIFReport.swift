import Foundation

/// SARIF 2.1.0, the static-analysis format code scanning reads: one run, the rules and
/// checks as reporting descriptors, each diagnostic a result with its location.
///
/// What GitHub code scanning uses is all here: paths relative to the git top level under
/// `%SRCROOT%` (so an alert lands on its file however deep the policies sit; the base is
/// left to the reader, the checkout, rather than written as this machine's absolute path,
/// which would make the same repository give different bytes elsewhere), `partialFingerprints` that survive line moves and reruns (so an upload
/// through the API does not duplicate alerts), each rule's `help` and, for built-in
/// rules, `helpUri` at its page of the rule reference, and regions with their end.
struct SARIFReport {
    var paths: ReportPaths = .repository

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let columnKind = "unicodeCodePoints"
        let properties: [String: String]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name = "parity"
        let version = ParityVersion.current
        let semanticVersion = ParityVersion.current
        let informationUri = ParityVersion.homepage
        let rules: [Descriptor]
    }

    struct Message: Encodable {
        let text: String
    }

    struct Help: Encodable {
        let text: String
        let markdown: String
    }

    struct Descriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Help
        let helpUri: String?
        let defaultConfiguration: Configuration
        let properties: [String: [String]]
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
    }

    struct Suppression: Encodable {
        let kind = "external"
        let status = "accepted"
        let justification: String
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        /// Absent when the finding's length is unknown: SARIF then ends the region at
        /// the end of the line.
        let endColumn: Int?
    }

    /// The key of parity's fingerprint in `partialFingerprints`.
    static let fingerprintKey = "parityFinding/v1"

    func render(_ result: CheckResult) -> String {
        let rules = result.assessment?.rules ?? []
        let builtin = Set(result.assessment?.packs.filter(\.info.isBuiltin).map(\.info.id) ?? [])
        let codes = Array(Set(result.diagnostics.map(\.code))).sorted()
        let descriptors = codes.map { code -> Descriptor in
            switch code {
            case .check(let check):
                return Descriptor(
                    id: check.rawValue, name: name(check.title), shortDescription: Message(text: check.title),
                    fullDescription: Message(text: check.title),
                    help: Help(text: check.help, markdown: "**\(Markdown.escape(check.title))**\n\n\(Markdown.escape(check.help))"),
                    helpUri: ParityVersion.docs("reports.md#check-codes"),
                    defaultConfiguration: Configuration(level: check.defaultSeverity.rawValue), properties: ["tags": ["parity-check"]])
            case .rule(let id):
                guard let rule = rules.first(where: { $0.id == id }) else {
                    // A rule id always comes from the assessment; this keeps SARIF valid regardless.
                    return Descriptor(
                        id: id, name: name(id), shortDescription: Message(text: id), fullDescription: Message(text: id),
                        help: Help(text: id, markdown: Markdown.escape(id)), helpUri: nil,
                        defaultConfiguration: Configuration(level: "warning"), properties: ["tags": []])
                }
                let owners = rule.owners.joined(separator: ", ")
                return Descriptor(
                    id: rule.id, name: name(rule.title), shortDescription: Message(text: rule.title),
                    fullDescription: Message(text: rule.desiredState),
                    help: Help(
                        text: "\(rule.remediation) Owners: \(owners). Source: \(rule.source).",
                        markdown: """
                            **Desired state.** \(Markdown.escape(rule.desiredState))

                            **What to do.** \(Markdown.escape(rule.remediation))

                            Owners: \(Markdown.escape(owners)). Source: \(Markdown.escape(rule.source)).
                            """),
                    helpUri: builtin.contains(rule.pack)
                        ? ParityVersion.docs("rules/\(rule.pack).md#\(Markdown.anchor("\(rule.id) \(rule.title)"))") : nil,
                    defaultConfiguration: Configuration(level: rule.severity == .high ? "error" : "warning"),
                    properties: ["tags": [rule.pack, "severity-\(rule.severity.rawValue)"]])
            }
        }
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var fingerprints = Fingerprint.Run()
        let results = result.diagnostics.map { diagnostic in
            let file = paths.forTools(diagnostic.location.file)
            let location = diagnostic.location
            return Result(
                ruleId: diagnostic.code.id, ruleIndex: index[diagnostic.code]!, level: diagnostic.severity.rawValue,
                message: Message(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uri(file), uriBaseId: "%SRCROOT%"),
                    region: Region(startLine: location.line, startColumn: location.column, endLine: location.line,
                                   endColumn: diagnostic.length.map { location.column + $0 })))],
                partialFingerprints: [Self.fingerprintKey: fingerprints.next(diagnostic, file: file)],
                suppressions: diagnostic.suppression.map { [Suppression(justification: $0)] })
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: descriptors)), results: results,
                                 properties: ["asOf": result.asOf.description])])
        // SARIF's keys are camelCase by its schema.
        return JSONOutput.render(log, snakeCase: false)
    }

    /// A PascalCase identifier from a title, as SARIF's `name` expects.
    private func name(_ title: String) -> String {
        title.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    /// A relative URI reference: each path segment percent-encoded.
    private func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }
}
