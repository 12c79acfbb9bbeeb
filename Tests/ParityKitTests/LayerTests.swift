import Foundation
import Testing

/// The layer rule of docs/development.md, checked by reading the sources: data flows
/// files → Loading → Model → Evaluation → Checking/Reports → CLI, and no layer reaches
/// back. A source scan is enough: each rule is a name a layer may not use.
@Suite struct LayerTests {
    static let kit = packageRoot.appending(path: "Sources/ParityKit")

    /// Names that touch files, processes, the environment or the clock.
    static let worldly = ["FileManager", "FileHandle", "Process(", "ProcessInfo", "Date()", "String(contentsOf", "Data(contentsOf",
                          "fopen(", "URL(fileURLWithPath", "Today.", "isatty(", "getenv("]

    /// The layer rules: a folder and the names its files may not use, with why.
    static func rules(typesIn: (String) -> Set<String>) -> [(folder: String, banned: Set<String>, why: String)] {
        let loading = typesIn("Loading"), reports = typesIn("Reports"), checking = typesIn("Checking")
        return [
            ("Model", Set(worldly).union(loading).union(reports).union(checking).union(typesIn("Evaluation")),
             "the model is plain values that every layer shares"),
            ("Evaluation", Set(worldly).union(loading).union(reports).union(checking),
             "the evaluator is pure: the same inputs and date give the same verdict"),
            ("Checking", Set(worldly).union(loading).union(reports),
             "checking turns verdicts and load errors into diagnostics; it reads nothing itself"),
            ("Reports", Set(worldly).union(loading).union(["Evaluator", "PlanTracker", "Checker"]),
             "a reporter only formats: it takes a verdict and never derives one"),
        ]
    }

    /// The types declared in a folder of the kit.
    static func types(in folder: String) throws -> Set<String> {
        var names: Set<String> = []
        let pattern = try Regex(#"(?m)^(?:public |package )?(?:final |indirect )?(?:struct|enum|class|protocol|actor) (\w+)"#)
        for (_, text) in try sources(in: kit.appending(path: folder)) {
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    static func sources(in folder: URL) throws -> [(String, String)] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.sorted { $0.path < $1.path }.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    /// The names of `banned` that `source` uses, comments aside.
    static func crossings(_ source: String, banned: Set<String>) -> [String] {
        let code = source.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        return banned.filter { name in
            guard name.first!.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return code.contains(name) }
            // Simple word boundaries: by Unicode rules "GitRepository.locate" is one word.
            return code.contains(try! Regex("\\b\(name)\\b").wordBoundaryKind(.simple))
        }.sorted()
    }

    @Test func noLayerReachesBack() throws {
        for rule in Self.rules(typesIn: { (try? Self.types(in: $0)) ?? [] }) {
            for (file, text) in try Self.sources(in: Self.kit.appending(path: rule.folder)) {
                let used = Self.crossings(text, banned: rule.banned)
                #expect(used.isEmpty, "\(rule.folder)/\(file) uses \(used.joined(separator: ", ")): \(rule.why)")
            }
        }
    }

    /// The CLI parses arguments, calls the kit once and writes: no formatting of its own,
    /// no second evaluation, no report fed into another.
    static let cliBanned: [(pattern: String, why: String)] = [
        (": error: ", "diagnostics are formatted by Diagnostic.compilerStyle"),
        ("distance(", "near matches are Suggestion's and Lookup's"),
        ("did you mean", "near matches are Suggestion's and Lookup's"),
        (".svg.render(", "a report is rendered by its reporter from data, never embedded as text"),
        ("TimelineSVG", "a report is rendered by its reporter from data, never embedded as text"),
        ("AtomicFile.write", "output goes through OutputOptions"),
        ("FileHandle.standardOutput.write", "output goes through OutputOptions"),
    ]

    static func cliCrossings(_ source: String, file: String) -> [String] {
        // OutputOptions is the one place that writes a report; init writes the files it scaffolds.
        let writes = ["AtomicFile.write", "FileHandle.standardOutput.write"]
        let writer = ["OutputOptions.swift", "Init.swift"].contains(file)
        var found = cliBanned
            .filter { source.contains($0.pattern) && !(writer && writes.contains($0.pattern)) }
            .map { "\($0.pattern) (\($0.why))" }
        if source.components(separatedBy: "Evaluator.evaluate(").count > 2 {
            found.append("Evaluator.evaluate twice (one evaluation per command; pass its assessment on)")
        }
        return found
    }

    @Test func theCommandLineOnlyParsesCallsAndWrites() throws {
        for (file, text) in try Self.sources(in: packageRoot.appending(path: "Sources/parity")) {
            let used = Self.cliCrossings(text, file: file)
            #expect(used.isEmpty, "Sources/parity/\(file): \(used.joined(separator: "; "))")
        }
    }

    /// Each crossing the house review found would fail the rules above.
    @Test func theRulesCatchEveryCrossingFoundBefore() throws {
        let rules = Dictionary(uniqueKeysWithValues: Self.rules(typesIn: { (try? Self.types(in: $0)) ?? [] })
            .map { ($0.folder, $0.banned) })
        let evaluation = try #require(rules["Evaluation"]), reports = try #require(rules["Reports"])
        let checking = try #require(rules["Checking"])
        // Git run from beside the evaluator, as History/ did.
        #expect(!Self.crossings("let git = try GitRepository.locate(root)", banned: evaluation).isEmpty)
        #expect(!Self.crossings("let process = Process()", banned: evaluation).isEmpty)
        // The evaluator ordering rules with a loader's helper.
        #expect(!Self.crossings("for rule in PackChecks.evaluationOrder(rules) {}", banned: evaluation).isEmpty)
        // The evaluator taking a type the loader declares.
        #expect(!Self.crossings("let reading: RepositoryLoader", banned: evaluation).isEmpty)
        // A comparison borrowing a report's words.
        #expect(!Self.crossings("ReportText.ragLabel(rag)", banned: evaluation).isEmpty)
        // A reporter reading files, or judging.
        #expect(!Self.crossings("let pack = try RulePackLoader.load(text: t)", banned: reports).isEmpty)
        #expect(!Self.crossings("let a = Evaluator.evaluate(repository, asOf: d)", banned: reports).isEmpty)
        // Checking reading the loader's constants.
        #expect(!Self.crossings("at: .file(RepositoryLoader.configFile)", banned: checking).isEmpty)
        // The CLI's own crossings.
        #expect(!Self.cliCrossings("PlanTracker.track(loaded, asOf: asOf).map { PhasesFormat.svg.render($0) }", file: "Gap.swift").isEmpty)
        #expect(!Self.cliCrossings(#"lines += errors.map { "\($0.location): error: \($0.message)" }"#, file: "Validate.swift").isEmpty)
        #expect(!Self.cliCrossings("let d = distance(ruleID, candidate)", file: "Explain.swift").isEmpty)
        #expect(!Self.cliCrossings("let a = Evaluator.evaluate(r, asOf: d); let b = Evaluator.evaluate(r, asOf: e)", file: "Gap.swift").isEmpty)
        #expect(!Self.cliCrossings("try AtomicFile.write(text, to: file)", file: "Gap.swift").isEmpty)
        // Comments may name anything.
        #expect(Self.crossings("// the git work is GitRepository's", banned: evaluation).isEmpty)
    }
}
