/// A repository as read at one point (a git revision, the working tree, or the files as
/// they are, to be judged as of a date): what `parity diff` and `parity history` judge.
public struct RevisionRepository: Sendable {
    public var point: RevisionPoint
    public var repository: LoadedRepository

    public init(point: RevisionPoint, repository: LoadedRepository) {
        self.point = point
        self.repository = repository
    }
}

/// Repositories read at a series of points, earliest first, with the points left out.
public struct RevisionSeries: Sendable {
    public var revisions: [RevisionRepository]
    public var skipped: [SkippedPoint]

    public init(revisions: [RevisionRepository], skipped: [SkippedPoint] = []) {
        self.revisions = revisions
        self.skipped = skipped
    }
}
