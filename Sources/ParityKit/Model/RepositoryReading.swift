/// A repository read leniently, with every problem found.
public struct RepositoryReading: Sendable {
    public var repository: LoadedRepository?
    public var errors: [ParityError]
}
