/// The repository as it stood at one point, judged: what diff and history compare.
public struct Snapshot: Sendable {
    public var point: RevisionPoint
    public var assessment: Assessment
    public var inventory: Inventory

    public init(point: RevisionPoint, assessment: Assessment, inventory: Inventory) {
        self.point = point
        self.assessment = assessment
        self.inventory = inventory
    }

    public init(point: RevisionPoint, repository: LoadedRepository) {
        self.init(point: point, assessment: Evaluator.evaluate(repository, asOf: point.asOf), inventory: repository.inventory)
    }

    /// A revision judged as of its point's date.
    public init(_ revision: RevisionRepository) {
        self.init(point: revision.point, repository: revision.repository)
    }
}
