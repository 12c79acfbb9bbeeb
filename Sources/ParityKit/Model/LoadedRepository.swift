/// A trust's repository, read and checked: the packs it applies and its evidence.
public struct LoadedRepository: Sendable {
    public var packs: [RulePack]
    public var inventory: Inventory
    /// Where `parity.yaml` names each pack, by pack id: where a repository-wide finding
    /// about a pack's rule points.
    public var packReferences: [String: SourceLocation]

    public init(packs: [RulePack], inventory: Inventory, packReferences: [String: SourceLocation] = [:]) {
        self.packs = packs
        self.inventory = inventory
        self.packReferences = packReferences
    }
}
