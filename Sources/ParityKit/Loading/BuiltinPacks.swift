/// The packs in `rules/`, compiled into the binary by the EmbedRules build plugin.
public enum BuiltinPacks {
    /// Pack ids, from the file names (`rules/hia6.yaml` is `hia6`).
    public static var ids: [String] {
        BuiltinPackSources.all.map { id(ofFile: $0.file) }
    }

    public static func load(id: String) throws -> RulePack? {
        guard let source = BuiltinPackSources.all.first(where: { self.id(ofFile: $0.file) == id }) else { return nil }
        let pack = try RulePackLoader.load(text: source.text, file: source.file, isBuiltin: true)
        guard pack.id == id else {
            throw ParityError("built-in pack file \(source.file) declares id '\(pack.id)'; its id must match its file name", at: .file(source.file))
        }
        return pack
    }

    public static func loadAll() throws -> [RulePack] {
        try ids.compactMap(load(id:))
    }

    private static func id(ofFile file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    }
}
