import Foundation

/// Reads what `parity rollup` is given: trusts' JSON reports (`parity gap --format json`),
/// checked against the report's shape with the JSON path of the first thing wrong, and
/// policy repositories, loaded and evaluated as `parity gap` would. Inputs are read in
/// parallel, and each is cut down to a `RollupMember` as soon as it is read.
public enum RollupReader {
    /// The report versions `rollup` understands.
    public static let knownSchemaVersions = [Assessment.schemaVersion]

    public struct Inputs: Sendable {
        public var members: [RollupMember]
        /// The earlier rollup's members, for `--from` or `--since`; nil without either.
        public var previous: [RollupMember]?
        /// `min_cases` and reference series of every indicator of the built-in packs and of
        /// the packs of the repositories read.
        public var facts: [String: Rollup.IndicatorFacts]
        /// The ids of parity's built-in packs, which every trust shares.
        public var builtinPacks: Set<String>
    }

    /// Reads `inputs`, and `from` (or `inputs` again as of `since`) for the earlier side.
    /// Repositories are evaluated as of `asOf`. Throws every input's problem at once.
    public static func read(_ inputs: [String], from: [String] = [], since: CivilDate? = nil, asOf: CivilDate,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Inputs {
        var jobs = inputs.map { ($0, asOf, "") }
        if let since {
            let files = inputs.filter { !isDirectory($0) }
            guard files.isEmpty else {
                throw ParityError("--since evaluates repositories again as of \(since), but \(files.joined(separator: ", ")) \(files.count == 1 ? "is a JSON report" : "are JSON reports"); give the earlier reports with --from instead")
            }
            jobs += inputs.map { ($0, since, "--since \(since): ") }
        } else {
            jobs += from.map { ($0, asOf, "--from ") }
        }
        let total = jobs.count
        let results = ConcurrentMap.map(jobs, progress: progress.map { report in { @Sendable done in report(done, total) } }) { job in
            do {
                return Result<(RollupMember, [Indicator]), ParityErrors>.success(try member(job.0, asOf: job.1))
            } catch let error as ParityError {
                return .failure(ParityErrors([ParityError(job.2 + error.message, at: error.location, code: error.code)]))
            } catch let error as ParityErrors {
                return .failure(ParityErrors(error.errors.map { ParityError(job.2 + $0.message, at: $0.location, code: $0.code) }))
            } catch {
                return .failure(ParityErrors([ParityError("\(job.2)\(job.0): \(error.localizedDescription)", code: .unreadableFile)]))
            }
        }
        var members: [RollupMember] = [], errors: [ParityError] = []
        var facts: [String: Rollup.IndicatorFacts] = [:]
        for result in results {
            switch result {
            case .success(let (member, indicators)):
                members.append(member)
                for indicator in indicators where facts[indicator.id] == nil {
                    facts[indicator.id] = Rollup.IndicatorFacts(minCases: indicator.minCases, reference: indicator.reference, pack: indicator.pack)
                }
            case .failure(let error):
                errors += error.errors
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        // The built-in packs' indicators, for reports whose packs are built in.
        for pack in (try? BuiltinPacks.loadAll()) ?? [] {
            for indicator in pack.indicators where facts[indicator.id] == nil {
                facts[indicator.id] = Rollup.IndicatorFacts(minCases: indicator.minCases, reference: indicator.reference, pack: indicator.pack)
            }
        }
        let current = Array(members.prefix(inputs.count))
        let previous = since != nil || !from.isEmpty ? Array(members.dropFirst(inputs.count)) : nil
        return Inputs(members: current, previous: previous, facts: facts, builtinPacks: Set(BuiltinPacks.ids))
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// One input: a repository folder evaluated as of `asOf`, or a JSON report.
    static func member(_ path: String, asOf: CivilDate) throws -> (RollupMember, [Indicator]) {
        if isDirectory(path) {
            // The repository's own messages name files within it: name the folder too.
            func inFolder(_ error: ParityError) -> ParityError {
                guard let location = error.location else { return ParityError("\(path): \(error.message)", code: error.code) }
                let file = (path.hasSuffix("/") ? path : path + "/") + location.file
                return ParityError(error.message, at: SourceLocation(file: file, line: location.line, column: location.column), code: error.code)
            }
            let loaded: LoadedRepository
            do {
                loaded = try RepositoryLoader.load(root: URL(fileURLWithPath: path))
            } catch let error as ParityError {
                throw inFolder(error)
            } catch let error as ParityErrors {
                throw ParityErrors(error.errors.map(inFolder))
            }
            let assessment = Evaluator.evaluate(loaded, asOf: asOf)
            return (RollupMember(assessment, source: path), loaded.packs.flatMap(\.indicators))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw ParityError("\(path) does not exist; give a JSON report from parity gap --format json, or a policy repository's folder", code: .unreadableFile)
        }
        // Read as every repository file is (a FIFO refused, not waited on), with room for a
        // large trust's report: 10,000 documents make about 7 MB of JSON.
        let data = Data(try SourceFile.bytes(at: path, displayPath: path, limit: maximumReportBytes))
        return (try member(data, file: path), [])
    }

    /// The report in `data` as a rollup member: only the parts a rollup reads are decoded
    /// (a tenth of a report), with snake_case keys as written, which is several times
    /// faster than decoding the whole `Assessment`; those parts are checked as strictly.
    /// The largest gap report rollup reads.
    static let maximumReportBytes = 200_000_000

    public static func member(_ data: Data, file: String) throws -> RollupMember {
        let decoder = JSONDecoder()
        do {
            let report = try decoder.decode(Report.self, from: data)
            guard knownSchemaVersions.contains(report.schemaVersion) else { throw versionError(report.schemaVersion, file: file) }
            return report.member(source: file)
        } catch let error as DecodingError {
            struct Header: Decodable {
                var schemaVersion: Int?
                enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version" }
            }
            if let header = try? decoder.decode(Header.self, from: data) {
                guard let version = header.schemaVersion else {
                    throw ParityError("\(file) has no schema_version: it is not a report from parity gap --format json")
                }
                if !knownSchemaVersions.contains(version) { throw versionError(version, file: file) }
            }
            throw describe(error, file: file, data: data)
        }
    }

    /// The parts of a gap report (rules/schemas/gap-report.schema.json) a rollup reads.
    struct Report: Decodable {
        struct PackInfo: Decodable {
            var id: String, title: String, revision: String
        }
        struct Pack: Decodable {
            var info: PackInfo
            var score: Double?
        }
        struct Point: Decodable {
            var period: String
            var value: Double?
            var lowConfidence: Bool
            enum CodingKeys: String, CodingKey { case period, value, lowConfidence = "low_confidence" }
        }
        struct Measure: Decodable {
            var indicator: String, title: String, group: String, unit: String, decimals: Int, better: String
            var band: [Double]?
            var latest: Point?
            var previous: Point?
            var position: String?
        }
        /// A finding on one of the rule's items, for the gaps that name the item (`SharedGap`).
        struct Finding: Decodable {
            var item: String, message: String
        }
        struct Rule: Decodable {
            var id: String, pack: String, title: String, desiredState: String, deadlineBasis: String, severity: Severity
            var status: RuleStatus, rag: RAG
            var deadline: CivilDate?, metOn: CivilDate?, daysOverdue: Int?
            var owners: [String], gaps: [String], measures: [Measure], findings: [Finding]
            enum CodingKeys: String, CodingKey {
                case id, pack, title, desiredState = "desired_state", deadlineBasis = "deadline_basis", severity, status, rag
                case deadline, metOn = "met_on", daysOverdue = "days_overdue", owners, gaps, measures, findings
            }
        }
        /// An evidence item, for the gaps that name it (`SharedGap`).
        struct Item: Decodable {
            var id: String, title: String
        }
        var schemaVersion: Int
        var asOf: CivilDate
        var organisation: String
        var packs: [Pack]
        var rules: [Rule]
        var evidenceItems: [Item]
        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version", asOf = "as_of", organisation, packs, rules, evidenceItems = "evidence_items"
        }

        func member(source: String) -> RollupMember {
            var seen: Set<String> = []
            var figures: [RollupMember.Figure] = []
            for rule in rules {
                for measure in rule.measures where seen.insert(measure.indicator + "\u{0}" + measure.group).inserted {
                    func point(_ point: Point?) -> RollupMember.Point? {
                        point.map { RollupMember.Point(period: $0.period, value: $0.value, lowConfidence: $0.lowConfidence) }
                    }
                    figures.append(RollupMember.Figure(
                        indicator: measure.indicator, title: measure.title, group: measure.group, unit: measure.unit,
                        decimals: measure.decimals, better: measure.better, band: measure.band,
                        latest: point(measure.latest), previous: point(measure.previous), position: measure.position))
                }
            }
            let items = evidenceItems.map { (id: $0.id, title: $0.title) }
            return RollupMember(
                organisation: organisation, asOf: asOf, source: source,
                packs: packs.map { RollupMember.Pack(id: $0.info.id, title: $0.info.title, revision: $0.info.revision, score: $0.score) },
                rules: rules.map { rule in
                    let documents = SharedGap.documents(items: items, findings: rule.findings.map { (item: $0.item, message: $0.message) })
                    return RollupMember.Rule(id: rule.id, pack: rule.pack, title: rule.title,
                                      definition: RollupMember.Rule.definition(title: rule.title, desiredState: rule.desiredState,
                                                                                deadlineBasis: rule.deadlineBasis, severity: rule.severity.rawValue),
                                      status: rule.status, rag: rule.rag, deadline: rule.deadline, metOn: rule.metOn,
                                      daysOverdue: rule.daysOverdue, owners: rule.owners,
                                      gaps: rule.gaps.map { SharedGap.words($0, documents: documents) })
                },
                figures: figures)
        }
    }

    static func versionError(_ version: Int, file: String) -> ParityError {
        ParityError("\(file) is a report of schema_version \(version), which this parity does not read (it reads \(knownSchemaVersions.map(String.init).joined(separator: ", "))); make the report again with this version of parity, or roll up with the parity that wrote it")
    }

    static func describe(_ error: DecodingError, file: String, data: Data) -> ParityError {
        func path(_ codingPath: [CodingKey], _ last: CodingKey? = nil) -> String {
            var text = "$"
            for key in codingPath + (last.map { [$0] } ?? []) {
                if let index = key.intValue { text += "[\(index)]" } else { text += "." + SnakeCase.converted(key.stringValue) }
            }
            return text
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            if data.isEmpty { return ParityError("\(file) is empty; expected a JSON report from parity gap --format json") }
            if endsEarly(data) {
                return ParityError("\(file) is not complete JSON: it ends before the report does (truncated while copying?); make or copy it again")
            }
            let detail = (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
            return ParityError("\(file) is not valid JSON: \(detail)")
        case .dataCorrupted(let context):
            return ParityError("\(file): \(path(context.codingPath)): \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return ParityError("\(file): \(path(context.codingPath, key)) is missing; the report's shape is rules/schemas/gap-report.schema.json")
        case .typeMismatch(let type, let context):
            return ParityError("\(file): \(path(context.codingPath)) is not \(words(type)); the report's shape is rules/schemas/gap-report.schema.json")
        case .valueNotFound(let type, let context):
            return ParityError("\(file): \(path(context.codingPath)) is null, where \(words(type)) is expected")
        @unknown default:
            return ParityError("\(file): \(error.localizedDescription)")
        }
    }

    /// Whether the text stops inside a string, an object or a list: a file cut short.
    static func endsEarly(_ data: Data) -> Bool {
        var depth = 0, inString = false, escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return inString || depth > 0
    }

    static func words(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }
}
