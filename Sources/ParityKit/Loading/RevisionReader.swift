import Foundation

/// Reads the repository at git revisions, or the working tree at several dates, for
/// `parity diff` and `parity history`. Only reading: the git work is `GitRepository`'s,
/// and judging the revisions is `RepositoryDiff`'s and `StatusHistory`'s.
public enum RevisionReader {
    /// Two git revisions, or a revision and the working tree when `to` is nil, both to be
    /// judged as of `asOf`.
    public static func pair(root: URL, displayPath: String? = nil, from: String, to: String?, asOf: CivilDate) throws
        -> (before: RevisionRepository, after: RevisionRepository) {
        let git = try GitRepository.locate(root, displayPath: displayPath)
        let fromCommit = try git.commit(from)
        let toCommit = try to.map { try git.commit($0) }
        let before = try revision(git, fromCommit, named: from, asOf: asOf)
        let after: RevisionRepository
        if let to, let toCommit {
            after = try revision(git, toCommit, named: to, asOf: asOf)
        } else {
            after = RevisionRepository(point: RevisionPoint(label: "working tree", asOf: asOf),
                                       repository: try RepositoryLoader.load(root: root))
        }
        return (before, after)
    }

    /// One git revision, to be judged as of `asOf` against the working tree already read
    /// (`parity gap --since REV`).
    public static func revision(root: URL, displayPath: String? = nil, _ name: String, asOf: CivilDate) throws -> RevisionRepository {
        let git = try GitRepository.locate(root, displayPath: displayPath)
        return try revision(git, try git.commit(name), named: name, asOf: asOf)
    }

    /// The repository's files as they are, to be judged as of two dates.
    public static func pair(root: URL, fromDate: CivilDate, toDate: CivilDate) throws
        -> (before: RevisionRepository, after: RevisionRepository) {
        let repository = try RepositoryLoader.load(root: root)
        return (RevisionRepository(point: RevisionPoint(label: fromDate.description, asOf: fromDate), repository: repository),
                RevisionRepository(point: RevisionPoint(label: toDate.description, asOf: toDate), repository: repository))
    }

    /// The repository at each tag matching `pattern` (every tag when nil), in tag-date
    /// order, each to be judged as of its commit date unless `asOf` is given. A tag whose
    /// tree holds no policy repository, or one that cannot be read, is skipped with the reason.
    public static func tags(root: URL, displayPath: String? = nil, matching pattern: String?, asOf: CivilDate?) throws -> RevisionSeries {
        let git = try GitRepository.locate(root, displayPath: displayPath)
        if try git.isShallow() {
            throw ParityError("\(git.topLevel.path) is a shallow clone, so its history is cut short and older tags may be missing; run git fetch --unshallow --tags first (or give --dates to judge the files as they are at several dates)")
        }
        let tags = try git.tags(matching: pattern)
        guard !tags.isEmpty else {
            throw ParityError(pattern.map { "no tags match '\($0)' in \(git.topLevel.path); git tag --list shows the tags there" }
                ?? "no tags in \(git.topLevel.path); tag the revision each board saw (git tag board-2024-01 COMMIT), or give --dates to judge the files as they are at several dates")
        }
        var revisions: [RevisionRepository] = []
        var skipped: [SkippedPoint] = []
        var loaded: [String: LoadedRepository] = [:]  // two tags on one commit are read once
        for tag in tags {
            let point = RevisionPoint(label: tag.name, revision: tag.name, commit: tag.commit, asOf: asOf ?? tag.commit.date)
            do {
                let repository: LoadedRepository?
                if let cached = loaded[tag.commit.sha] {
                    repository = cached
                } else {
                    repository = try git.withTree(of: tag.commit) { tree in try read(tree) }
                }
                guard let repository else {
                    skipped.append(SkippedPoint(label: tag.name, commit: tag.commit.sha, reason: missingReason(git)))
                    continue
                }
                loaded[tag.commit.sha] = repository
                revisions.append(RevisionRepository(point: point, repository: repository))
            } catch let error as ParityErrors {
                skipped.append(SkippedPoint(label: tag.name, commit: tag.commit.sha, reason: unreadable(error.errors)))
            } catch let error as ParityError {
                skipped.append(SkippedPoint(label: tag.name, commit: tag.commit.sha, reason: unreadable([error])))
            }
        }
        guard !revisions.isEmpty else {
            throw ParityError("none of the tags holds a policy repository parity can read:\n"
                + skipped.map { "  \($0.label): \($0.reason)" }.joined(separator: "\n"))
        }
        return RevisionSeries(revisions: revisions, skipped: skipped)
    }

    /// The repository's files as they are, read once, to be judged as of each date,
    /// earliest first.
    public static func dates(root: URL, _ dates: [CivilDate]) throws -> RevisionSeries {
        let repository = try RepositoryLoader.load(root: root)
        return RevisionSeries(revisions: Set(dates).sorted().map {
            RevisionRepository(point: RevisionPoint(label: $0.description, asOf: $0), repository: repository)
        })
    }

    // MARK: helpers

    /// A revision's repository, or an error naming the revision when it holds none or a
    /// broken one.
    static func revision(_ git: GitRepository, _ commit: GitCommit, named name: String, asOf: CivilDate) throws -> RevisionRepository {
        let repository: LoadedRepository?
        do {
            repository = try git.withTree(of: commit) { tree in try read(tree) }
        } catch let error as ParityErrors {
            throw ParityError("\(name) (\(commit.shortSHA)) does not hold a valid policy repository:\n" + error.description)
        } catch let error as ParityError {
            throw ParityError("\(name) (\(commit.shortSHA)) does not hold a valid policy repository:\n" + error.description)
        }
        guard let repository else {
            throw ParityError("\(name) (\(commit.shortSHA)) has no policy repository: \(missingReason(git))")
        }
        return RevisionRepository(point: RevisionPoint(label: name, revision: name, commit: commit, asOf: asOf), repository: repository)
    }

    /// The repository in `tree`, or nil when there is no `parity.yaml`.
    private static func read(_ tree: URL) throws -> LoadedRepository? {
        guard FileManager.default.fileExists(atPath: tree.appending(path: TrustConfig.fileName).path) else { return nil }
        return try RepositoryLoader.load(root: tree)
    }

    private static func missingReason(_ git: GitRepository) -> String {
        "no \(git.prefix.isEmpty ? "" : git.prefix + "/")\(TrustConfig.fileName) there"
    }

    private static func unreadable(_ errors: [ParityError]) -> String {
        guard let first = errors.first else { return "it cannot be read" }
        return "\(errors.count) error\(errors.count == 1 ? "" : "s") reading it, the first: \(first)"
    }
}
