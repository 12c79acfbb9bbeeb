import Foundation

/// The packs in `rules/`, compiled into the binary by the EmbedRules build plugin.
public enum BuiltinPacks {
    /// Pack ids, from the file names (`rules/hia6.yaml` is `hia6`).
    public static var ids: [String] {
        BuiltinPackSources.all.map { id(ofFile: $0.file) }
    }

    public static func load(id: String) throws -> RulePack? {
        if let known = cached(id) { return known }
        guard let source = BuiltinPackSources.all.first(where: { self.id(ofFile: $0.file) == id }) else { return nil }
        let pack = try RulePackLoader.load(text: source.text, file: source.file, isBuiltin: true)
        guard pack.id == id else {
            throw ParityError("built-in pack file \(source.file) declares id '\(pack.id)'; its id must match its file name", at: .file(source.file))
        }
        cacheLock.lock()
        cache[id] = pack
        cacheLock.unlock()
        return pack
    }

    private static func cached(_ id: String) -> RulePack? {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        return cache[id]
    }

    // NSLock with lock and unlock: Synchronization's Mutex needs macOS 15, withLock macOS 14.
    private static let cacheLock = NSLock()
    /// Packs already read in this process. They are compiled in, so they cannot change;
    /// a command that needs them twice (the figures' checks suggest indicators from every
    /// pack, `validate` checks a pack against the others) reads each once.
    nonisolated(unsafe) private static var cache: [String: RulePack] = [:]

    public static func loadAll() throws -> [RulePack] {
        try ids.compactMap(load(id:))
    }

    private static func id(ofFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    }
}
