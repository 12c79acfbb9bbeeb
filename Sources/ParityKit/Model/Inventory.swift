/// Everything read from a trust's repository.
public struct Inventory: Hashable, Sendable {
    /// The optional manifest at the root, listing items that are not Markdown documents.
    public static let manifestFileName = "inventory.yaml"

    public var config: TrustConfig
    /// Sorted by id, so no report depends on the order files were read in.
    public var items: [EvidenceItem]
    /// Figures for indicators, in file order.
    public var observations: [Observation]
    public var targets: [ReductionTarget]

    public init(config: TrustConfig, items: [EvidenceItem], observations: [Observation] = [], targets: [ReductionTarget] = []) {
        self.config = config
        self.items = items.sorted { $0.id < $1.id }
        self.observations = observations
        self.targets = targets
    }
}
