/// A tag and the commit it names.
public struct GitTag: Hashable, Sendable {
    public var name: String
    public var commit: GitCommit
}
