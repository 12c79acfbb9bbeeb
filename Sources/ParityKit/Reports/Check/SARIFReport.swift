import Foundation

/// SARIF 2.1.0, the static-analysis format code-review views read: one run, the rules and
/// checks as reporting descriptors, each diagnostic a result with its location.
struct SARIFReport {
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
        let originalUriBaseIds = ["%SRCROOT%": ArtifactLocation(uri: "./", uriBaseId: nil)]
        let properties: [String: String]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name = "parity"
        let version = ParityVersion.current
        let semanticVersion = ParityVersion.current
        let rules: [Descriptor]
    }

    struct Message: Encodable {
        let text: String
    }

    struct Descriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
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
    }

    func render(_ result: CheckResult) -> String {
        let rules = result.assessment?.rules ?? []
        let codes = Array(Set(result.diagnostics.map(\.code))).sorted()
        let descriptors = codes.map { code -> Descriptor in
            switch code {
            case .check(let check):
                return Descriptor(
                    id: check.rawValue, name: name(check.title), shortDescription: Message(text: check.title),
                    fullDescription: Message(text: check.title), help: Message(text: check.help),
                    defaultConfiguration: Configuration(level: check.defaultSeverity.rawValue), properties: ["tags": ["parity-check"]])
            case .rule(let id):
                guard let rule = rules.first(where: { $0.id == id }) else {
                    // A rule id always comes from the assessment; this keeps SARIF valid regardless.
                    return Descriptor(
                        id: id, name: name(id), shortDescription: Message(text: id), fullDescription: Message(text: id),
                        help: Message(text: id), defaultConfiguration: Configuration(level: "warning"), properties: ["tags": []])
                }
                return Descriptor(
                    id: rule.id, name: name(rule.title), shortDescription: Message(text: rule.title),
                    fullDescription: Message(text: rule.desiredState),
                    help: Message(text: "\(rule.remediation) Owners: \(rule.owners.joined(separator: ", ")). Source: \(rule.source)."),
                    defaultConfiguration: Configuration(level: rule.severity == .high ? "error" : "warning"),
                    properties: ["tags": [rule.pack, "severity-\(rule.severity.rawValue)"]])
            }
        }
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let results = result.diagnostics.map { diagnostic in
            Result(
                ruleId: diagnostic.code.id, ruleIndex: index[diagnostic.code]!, level: diagnostic.severity.rawValue,
                message: Message(text: diagnostic.message),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uri(diagnostic.location.file), uriBaseId: "%SRCROOT%"),
                    region: Region(startLine: diagnostic.location.line, startColumn: diagnostic.location.column)))],
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
