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
