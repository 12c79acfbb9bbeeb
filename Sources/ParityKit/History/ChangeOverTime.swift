import Foundation

/// Reads snapshots from git revisions or from the working tree at several dates, for
/// `parity diff` and `parity history`. The git reading itself is `GitRepository`'s.
public enum ChangeOverTime {
    /// Compares two git revisions, or a revision with the working tree when `to` is nil,
    /// both judged as of `asOf`.
    public static func diff(root: URL, displayPath: String? = nil, from: String, to: String?, asOf: CivilDate) throws -> RepositoryDiff {
        let git = try GitRepository.locate(root, displayPath: displayPath)
        let fromCommit = try git.commit(from)
        let toCommit = try to.map { try git.commit($0) }
        let before = try revision(git, fromCommit, named: from, asOf: asOf)
        let after: Snapshot
        if let to, let toCommit {
            after = try revision(git, toCommit, named: to, asOf: asOf)
        } else {
            after = Snapshot(point: RevisionPoint(label: "working tree", asOf: asOf), repository: try RepositoryLoader.load(root: root))
        }
        return RepositoryDiff.compare(before, after)
    }

    /// Compares the repository's files as they are, judged as of two dates.
    public static func diff(root: URL, fromDate: CivilDate, toDate: CivilDate) throws -> RepositoryDiff {
        let repository = try RepositoryLoader.load(root: root)
        return RepositoryDiff.compare(
            Snapshot(point: RevisionPoint(label: fromDate.description, asOf: fromDate), repository: repository),
            Snapshot(point: RevisionPoint(label: toDate.description, asOf: toDate), repository: repository))
    }

    /// The repository at each tag matching `pattern` (every tag when nil), in tag-date
    /// order, each judged as of its commit date unless `asOf` is given. A tag whose tree
    /// holds no policy repository, or one that cannot be read, is skipped with the reason.
    public static func history(root: URL, displayPath: String? = nil, tags pattern: String?, asOf: CivilDate?) throws -> StatusHistory {
        let git = try GitRepository.locate(root, displayPath: displayPath)
        if try git.isShallow() {
            throw ParityError("\(git.topLevel.path) is a shallow clone, so its history is cut short and older tags may be missing; run git fetch --unshallow --tags first (or give --dates to judge the files as they are at several dates)")
        }
        let tags = try git.tags(matching: pattern)
        guard !tags.isEmpty else {
            throw ParityError(pattern.map { "no tags match '\($0)' in \(git.topLevel.path); git tag --list shows the tags there" }
                ?? "no tags in \(git.topLevel.path); tag the revision each board saw (git tag board-2024-01 COMMIT), or give --dates to judge the files as they are at several dates")
        }
        var snapshots: [Snapshot] = []
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
                snapshots.append(Snapshot(point: point, repository: repository))
            } catch let error as ParityErrors {
                skipped.append(SkippedPoint(label: tag.name, commit: tag.commit.sha, reason: unreadable(error.errors)))
            } catch let error as ParityError {
                skipped.append(SkippedPoint(label: tag.name, commit: tag.commit.sha, reason: unreadable([error])))
            }
        }
        guard !snapshots.isEmpty else {
            throw ParityError("none of the tags holds a policy repository parity can read:\n"
                + skipped.map { "  \($0.label): \($0.reason)" }.joined(separator: "\n"))
        }
        return StatusHistory.build(snapshots, skipped: skipped)
    }

    /// The repository's files as they are, judged as of each date, earliest first.
    public static func history(root: URL, dates: [CivilDate]) throws -> StatusHistory {
        let repository = try RepositoryLoader.load(root: root)
        return StatusHistory.build(Set(dates).sorted().map {
            Snapshot(point: RevisionPoint(label: $0.description, asOf: $0), repository: repository)
        })
    }

    // MARK: helpers

    /// A revision's repository, or an error naming the revision when it holds none or a
    /// broken one.
    static func revision(_ git: GitRepository, _ commit: GitCommit, named name: String, asOf: CivilDate) throws -> Snapshot {
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
        return Snapshot(point: RevisionPoint(label: name, revision: name, commit: commit, asOf: asOf), repository: repository)
    }

    /// The repository in `tree`, or nil when there is no `parity.yaml`.
    private static func read(_ tree: URL) throws -> LoadedRepository? {
        guard FileManager.default.fileExists(atPath: tree.appending(path: RepositoryLoader.configFile).path) else { return nil }
        return try RepositoryLoader.load(root: tree)
    }

    private static func missingReason(_ git: GitRepository) -> String {
        "no \(git.prefix.isEmpty ? "" : git.prefix + "/")\(RepositoryLoader.configFile) there"
    }

    private static func unreadable(_ errors: [ParityError]) -> String {
        guard let first = errors.first else { return "it cannot be read" }
        return "\(errors.count) error\(errors.count == 1 ? "" : "s") reading it, the first: \(first)"
    }
}
