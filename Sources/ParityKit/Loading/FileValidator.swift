import Foundation

/// `parity validate`: checks single files on their own, without a repository or an
/// evaluation. What a file is follows from its name.
public enum FileValidator {
    public enum FileType: String, Sendable {
        case config = "parity.yaml"
        case manifest = "manifest"
        case document = "front matter"
        case rulePack = "rule pack"
        case measures = "measures file"
    }

    public static func type(of path: String) -> FileType? {
        let name = (path as NSString).lastPathComponent
        if name == TrustConfig.fileName { return .config }
        if name == Inventory.manifestFileName { return .manifest }
        switch (name as NSString).pathExtension.lowercased() {
        case "md", "markdown": return .document
        case "csv":
            // Only a CSV with an indicator column holds figures; other CSVs are evidence
            // files, whose content parity does not read.
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let header = text.drop { $0 == "\u{FEFF}" }.prefix { !$0.isNewline }.lowercased()
            return header.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "indicator" } ? .measures : nil
        case "yaml", "yml":
            // A measures file starts its content with observations or targets; a pack never has them.
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            let isMeasures = text.split(separator: "\n").contains { $0.hasPrefix("observations:") || $0.hasPrefix("targets:") }
            return isMeasures ? .measures : .rulePack
        default: return nil
        }
    }

    /// Every problem in the file; empty when it is valid.
    public static func validate(_ path: String) -> [ParityError] {
        guard let type = type(of: path) else {
            return [ParityError("cannot tell what \(path) is: parity validates parity.yaml, inventory.yaml, rule packs (.yaml), measures files (.csv with an indicator column, or .yaml with observations or targets) and Markdown documents (.md)", at: .file(path))]
        }
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return [ParityError("no such file", at: .file(path), code: .unreadableFile)]
        }
        do {
            switch type {
            case .config:
                _ = try TrustConfigLoader.load(text: YAMLDocument.readText(at: url, displayPath: path), file: path)
            case .manifest:
                _ = try RepositoryLoader.readManifest(url, root: url.deletingLastPathComponent().standardizedFileURL, displayPath: path)
            case .document:
                _ = try RepositoryLoader.readDocument(at: url, displayPath: path)
            case .measures:
                // Whether each indicator is declared depends on the packs a trust applies: `check`'s job.
                _ = try MeasureFileReader.read(path: path, url: url)
            case .rulePack:
                let pack = try RulePackLoader.load(text: YAMLDocument.readText(at: url, displayPath: path), file: path, isBuiltin: false)
                // A trust's pack may refer to built-in rules, so check it alongside them.
                let context = try BuiltinPacks.loadAll().filter { $0.id != pack.id }
                let config = TrustConfig(organisation: "", planStart: CivilDate(year: 2000, month: 1, day: 1),
                                         packs: [], location: .file(path))
                try PackChecks.check(packs: context + [pack], config: config)
                let problems = EmptyRepositoryCheck.check(packs: context + [pack], config: config)
                    .filter { $0.location?.file == path }
                    + RuleExamples.run(pack, context: context).failures
                if !problems.isEmpty { throw ParityErrors(problems) }
            }
            return []
        } catch let error as ParityErrors {
            return error.errors
        } catch let error as ParityError {
            return [error]
        } catch {
            return [ParityError("\(error)", at: .file(path))]
        }
    }
}
