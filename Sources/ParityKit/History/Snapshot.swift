import Foundation

/// Where a snapshot of the repository was read from and the date it was judged as of.
public struct RevisionPoint: Hashable, Codable, Sendable {
    /// How reports name the point: a tag or revision as given, "working tree", or a date.
    public var label: String
    /// The revision as the user named it; nil for the working tree.
    @NullEncoded public var revision: String?
    /// The full sha of the commit read; nil for the working tree.
    @NullEncoded public var commit: String?
    /// The commit's committer date in Europe/London; nil for the working tree.
    @NullEncoded public var commitDate: CivilDate?
    public var asOf: CivilDate

    public init(label: String, revision: String? = nil, commit: GitCommit? = nil, asOf: CivilDate) {
        self.label = label
        self.revision = revision
        self.commit = commit?.sha
        self.commitDate = commit?.date
        self.asOf = asOf
    }

    /// The day the point stands for: a revision's commit date, else the as-of date. A
    /// deadline between two points' days lapsed between them.
    public var date: CivilDate { commitDate ?? asOf }

    public var shortCommit: String? { commit.map { String($0.prefix(7)) } }
}

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
}

/// A point with its summary, as diff and history reports show each one.
public struct PointSummary: Hashable, Codable, Sendable {
    public var label: String
    @NullEncoded public var revision: String?
    @NullEncoded public var commit: String?
    @NullEncoded public var commitDate: CivilDate?
    public var asOf: CivilDate
    public var summary: Summary

    init(_ snapshot: Snapshot) {
        label = snapshot.point.label
        revision = snapshot.point.revision
        commit = snapshot.point.commit
        commitDate = snapshot.point.commitDate
        asOf = snapshot.point.asOf
        summary = snapshot.assessment.summary
    }

    public var shortCommit: String? { commit.map { String($0.prefix(7)) } }
}
