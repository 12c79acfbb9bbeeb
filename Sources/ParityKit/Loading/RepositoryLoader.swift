import Foundation

/// Reads `parity.yaml`, the packs it names, every Markdown document's front matter and the
/// manifest, and checks them against one another. Collects every error it can before
/// throwing, so a user fixes a broken repository in one pass.
public enum RepositoryLoader {
    static let skippedDirectories: Set<String> = [".build", "node_modules"]

    /// Reads the repository strictly: any problem in any file is an error.
    public static func load(root: URL, progress: Progress? = nil) throws -> LoadedRepository {
        let reading = try read(root: root, progress: progress)
        guard reading.errors.isEmpty, let repository = reading.repository else { throw ParityErrors(reading.errors) }
        return repository
    }

    /// Told how many documents have been read, of how many, while a large repository loads.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Reads as much of the repository as can be read, with every problem found. The
    /// repository is nil when the configuration or a pack is broken, since nothing can be
    /// judged then; a broken document only drops that document. Throws only when `root`
    /// is not a policy repository at all.
    public static func read(root: URL, progress: Progress? = nil) throws -> RepositoryReading {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParityError("\(root.path) is not a directory; give the root of a policy repository")
        }
        let configURL = root.appending(path: TrustConfig.fileName)
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            throw ParityError("no \(TrustConfig.fileName) in \(root.path); a policy repository needs one at its root (see docs/repository.md)")
        }

        var errors: [ParityError] = []
        func collect<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch let error as ParityError {
                errors.append(error)
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            } catch {
                errors.append(ParityError("\(error)"))
            }
            return nil
        }

        let config = collect {
            try TrustConfigLoader.load(text: YAMLDocument.readText(at: configURL, displayPath: TrustConfig.fileName), file: TrustConfig.fileName)
        }
        var packs: [RulePack] = []
        var packReferences: [String: SourceLocation] = [:]
        // Packs are independent too (the built-in ones are most of a small repository's
        // reading): parse them on every core, then take them in the order parity.yaml gives.
        let loadedPacks = ConcurrentMap.map(config?.packs ?? []) { reference in
            Result<RulePack, any Error> { try loadPack(reference, root: root) }
        }
        for (reference, loaded) in zip(config?.packs ?? [], loadedPacks) {
            if let pack = collect({ try loaded.get() }) {
                packs.append(pack)
                packReferences[pack.id] = reference.location
            }
        }
        if let config, errors.isEmpty { collect { try PackChecks.check(packs: packs, config: config) } }
        if let config, errors.isEmpty { errors += EmptyRepositoryCheck.check(packs: packs, config: config) }
        // Items are checked against the packs only when the packs themselves are sound.
        let packsAreSound = config != nil && errors.isEmpty

        var items: [EvidenceItem] = []
        // Documents are independent: read them on every core, then take the results in path order.
        let files = try markdownFiles(under: root)
        let total = files.count
        var perDocument: (@Sendable (Int) -> Void)?
        if let progress { perDocument = { done in progress(done, total) } }
        let documents = ConcurrentMap.map(files, progress: perDocument) { file in
            Result<EvidenceItem?, any Error> { try readDocument(file, root: root) }
        }
        for document in documents {
            if let item = collect({ try document.get() }) ?? nil { items.append(item) }
        }
        var measures = MeasureFileReader.Contents()
        let manifestURL = root.appending(path: Inventory.manifestFileName)
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            if let manifest = collect({ try readManifest(manifestURL, root: root, strictly: false) }) {
                errors += manifest.errors
                items.append(contentsOf: manifest.items)
                for file in manifest.measureFiles {
                    if let contents = collect({ try MeasureFileReader.readLeniently(path: file.path, url: file.url) }) {
                        measures.observations += contents.observations
                        measures.targets += contents.targets
                        errors += contents.errors
                    }
                }
            }
        }
        guard packsAreSound, let config else {
            return RepositoryReading(repository: nil, errors: ParityErrors(errors).errors)
        }
        errors.append(contentsOf: InventoryChecks.check(items: items, packs: packs))
        errors.append(contentsOf: MeasureChecks.check(measures.observations, targets: measures.targets, packs: packs))
        let inventory = Inventory(config: config, items: items, observations: measures.observations, targets: measures.targets)
        let repository = LoadedRepository(packs: packs, inventory: inventory, packReferences: packReferences)
        return RepositoryReading(repository: repository, errors: ParityErrors(errors).errors)
    }

    static func loadPack(_ reference: TrustConfig.PackReference, root: URL) throws -> RulePack {
        switch reference {
        case .builtin(let id, let location):
            guard let pack = try BuiltinPacks.load(id: id) else {
                throw ParityError("no built-in pack '\(id)'\(Suggestion.didYouMean(id, among: BuiltinPacks.ids)); built-in packs: \(BuiltinPacks.ids.joined(separator: ", ")); a pack of your own is named by its path, e.g. rules/local.yaml", at: location)
            }
            return pack
        case .file(let path, let location):
            let url = try PathContainment.resolve(path, root: root, at: location)
            return try RulePackLoader.load(text: YAMLDocument.readText(at: url, displayPath: path), file: path, isBuiltin: false)
        }
    }

    /// Every `.md` file under `root`, as repository-relative paths in sorted order.
    static func markdownFiles(under root: URL) throws -> [DirectoryWalk.Entry] {
        try DirectoryWalk.markdownFiles(under: root.path, skipping: skippedDirectories)
    }

    /// The evidence item a Markdown file's front matter describes, or nil if it has none.
    static func readDocument(_ file: DirectoryWalk.Entry, root: URL) throws -> EvidenceItem? {
        // The walk stays inside the root; only a symbolic link can lead out of it.
        if file.isLink {
            return try readDocument(at: PathContainment.resolve(file.path, root: root, at: .file(file.path)), displayPath: file.path)
        }
        return try readDocument(atPath: root.path + "/" + file.path, displayPath: file.path)
    }

    static func readDocument(at url: URL, displayPath path: String) throws -> EvidenceItem? {
        try readDocument(atPath: url.path, displayPath: path)
    }

    static func readDocument(atPath file: String, displayPath path: String) throws -> EvidenceItem? {
        let text = try SourceFile.text(at: file, displayPath: path)
        guard let (yaml, lineOffset) = try FrontMatter.extract(from: text, file: path) else { return nil }
        guard let node = try YAMLDocument.parse(yaml, file: path, lineOffset: lineOffset) else {
            throw ParityError("the front matter is empty; an evidence item needs id, title, kind and status", at: .file(path))
        }
        return try EvidenceItemReader.read(try node.mapping("front matter"), path: path)
    }

    /// What the manifest lists: evidence items kept outside Markdown, and the files that
    /// hold figures for indicators.
    struct Manifest {
        var items: [EvidenceItem] = []
        var measureFiles: [(path: String, url: URL)] = []
        /// Entries refused; read leniently, the sound entries are kept beside them so that
        /// one bad item does not hide the figures' own mistakes.
        var errors: [ParityError] = []
    }

    static func readManifest(_ url: URL, root: URL, displayPath file: String = Inventory.manifestFileName, strictly: Bool = true) throws -> Manifest {
        guard let node = try YAMLDocument.parse(YAMLDocument.readText(at: url, displayPath: file), file: file) else {
            return Manifest()
        }
        let map = try node.mapping("the manifest")
        try map.checkKeys(["version", "items", "measures"])
        try map.requireVersion1(of: "manifest")
        var manifest = Manifest()
        var errors: [ParityError] = []
        for entry in try map["measures"]?.list("measures") ?? [] {
            do {
                let path = try entry.string("a measures file path")
                let resolved = try PathContainment.resolve(path, root: root, at: entry.location)
                guard FileManager.default.fileExists(atPath: resolved.path) else {
                    throw entry.error("measures file '\(path)' does not exist in the repository", code: .manifestPath)
                }
                if let earlier = manifest.measureFiles.first(where: { $0.url == resolved }) {
                    throw entry.error("measures file '\(path)' is already listed (as '\(earlier.path)'); list each file once")
                }
                let lower = path.lowercased()
                guard lower.hasSuffix(".csv") || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else {
                    throw entry.error("measures file '\(path)' must be .csv or .yaml")
                }
                manifest.measureFiles.append((path, resolved))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        for entry in try map["items"]?.list("items") ?? [] {
            do {
                let entryMap = try entry.mapping("a manifest item")
                let pathValue = try entryMap.required("path")
                let path = try pathValue.string("path")
                let resolved = try PathContainment.resolve(path, root: root, at: pathValue.location)
                guard FileManager.default.fileExists(atPath: resolved.path) else {
                    throw pathValue.error("path '\(path)' does not exist in the repository", code: .manifestPath)
                }
                manifest.items.append(try EvidenceItemReader.read(entryMap, path: path, extraKeys: ["path"]))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        if strictly, !errors.isEmpty { throw ParityErrors(errors) }
        manifest.errors = errors
        return manifest
    }
}
