/// A commit as reports name it.
public struct GitCommit: Hashable, Codable, Sendable {
    public var sha: String
    /// The committer date as a calendar date in Europe/London, where board dates fall.
    public var date: CivilDate
    /// The first line of the commit message.
    public var subject: String

    public var shortSHA: String { String(sha.prefix(7)) }
}
