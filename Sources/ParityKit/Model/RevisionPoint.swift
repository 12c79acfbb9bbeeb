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
