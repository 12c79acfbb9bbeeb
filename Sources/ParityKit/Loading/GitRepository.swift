import Foundation



/// The git repository a policy repository lives in. This is the one place parity runs
/// git: as a subprocess with an argument list, never through a shell, and only with
/// commands that read (rev-parse, tag --list, show, ls-tree, cat-file). A revision's files
/// are read from git's objects into a fresh temporary folder, so the working tree and the
/// index are never touched, and `.gitattributes` (export-ignore, export-subst) cannot
/// change what is judged, as it would with `git archive`.
public struct GitRepository: Sendable {
    /// The top of the git working tree.
    public let topLevel: URL
    /// The policy repository's folder below the top level: "" at the top, else a path
    /// such as "policies" (no trailing slash).
    public let prefix: String
    /// The folder as the user named it, for messages.
    public let displayPath: String
    let git: URL

    /// The git repository holding `path`. Throws a clear error when git is missing or
    /// `path` is not inside a git working tree.
    public static func locate(_ path: URL, displayPath: String? = nil) throws -> GitRepository {
        let display = displayPath ?? path.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParityError("\(display) is not a directory; give the root of a policy repository")
        }
        guard let git = executable() else {
            throw ParityError("git is not installed or not on PATH; comparing revisions needs git (compare dates on the files as they are with --from-date/--to-date or --dates)")
        }
        let result = try run(git, ["rev-parse", "--is-inside-work-tree", "--show-toplevel", "--show-prefix"], in: path)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard result.status == 0, lines.first == "true", lines.count >= 2 else {
            if result.status != 0, !result.stderr.contains("not a git repository") {
                throw ParityError("git cannot read the repository at \(display): \(firstLine(result.stderr))")
            }
            throw ParityError("\(display) is not in a git repository, so it has no revisions to compare; use --from-date/--to-date (diff) or --dates (history) to compare dates on the files as they are")
        }
        var prefix = lines.count > 2 ? lines[2] : ""
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return GitRepository(topLevel: URL(fileURLWithPath: lines[1]), prefix: prefix, displayPath: display, git: git)
    }

    /// Whether the clone is shallow, so that older commits and tags may be missing.
    public func isShallow() throws -> Bool {
        let result = try run(["rev-parse", "--is-shallow-repository"])
        return String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }

    /// The commit `revision` names (a tag, branch, sha, `HEAD~2` …).
    public func commit(_ revision: String) throws -> GitCommit {
        guard !revision.isEmpty, !revision.hasPrefix("-"),
              case let result = try run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]), result.status == 0
        else { throw try noRevision(revision) }
        let sha = String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let commit = try commits([sha])[sha] else { throw try noRevision(revision) }
        return commit
    }

    /// The tags matching `pattern` (git's glob, as `git tag --list` takes it; every tag
    /// when nil), oldest first by tag date (the tagger date of an annotated tag, the
    /// commit date of a lightweight one), with the name breaking ties. Tags that do not
    /// name a commit are left out.
    public func tags(matching pattern: String? = nil) throws -> [GitTag] {
        if let pattern, pattern.hasPrefix("-") { throw ParityError("tag pattern '\(pattern)' must not start with '-'") }
        let format = ["%(refname:strip=2)", "%(objecttype)", "%(objectname)", "%(*objecttype)", "%(*objectname)", "%(creatordate:unix)"]
            .joined(separator: "%00")
        let result = try run(["tag", "--list", "--no-column", "--format=\(format)"] + (pattern.map { [$0] } ?? []))
        guard result.status == 0 else { throw ParityError("git cannot list the tags of \(topLevel.path): \(firstLine(result.stderr))") }
        var found: [(name: String, sha: String, created: Int)] = []
        for line in String(decoding: result.stdout, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6 else { continue }
            let sha: String?
            if fields[1] == "commit" {
                sha = fields[2]
            } else if fields[1] == "tag", fields[3] == "commit" {
                sha = fields[4]
            } else {
                // A tag of a tag, or of a tree or blob: peel it fully, or leave it out.
                let peeled = try run(["rev-parse", "--verify", "--quiet", "refs/tags/\(fields[0])^{commit}"])
                sha = peeled.status == 0
                    ? String(decoding: peeled.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil
            }
            if let sha { found.append((fields[0], sha, Int(fields[5]) ?? 0)) }
        }
        let commits = try commits(Array(Set(found.map(\.sha))).sorted())
        return found
            .sorted { ($0.created, $0.name) < ($1.created, $1.name) }
            .compactMap { tag in commits[tag.sha].map { GitTag(name: tag.name, commit: $0) } }
    }

    /// Writes the policy repository's files as they were at `commit` into a fresh
    /// temporary folder, calls `body` with that folder, and removes the folder whatever
    /// happens. The folder is empty when the policy repository's path did not exist then.
    public func withTree<T>(of commit: GitCommit, _ body: (URL) throws -> T) throws -> T {
        let scratch = FileManager.default.temporaryDirectory
            .appending(path: "parity-\(commit.shortSHA)-\(UUID().uuidString)", directoryHint: .isDirectory)
        let tree = scratch.appending(path: "tree", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try extract(commit, into: tree, scratch: scratch)
        return try body(tree)
    }

    // MARK: reading objects

    private struct Entry {
        var mode: String
        var oid: String
        var path: String
    }

    private func extract(_ commit: GitCommit, into tree: URL, scratch: URL) throws {
        // `--full-tree` lists paths from the top level wherever git runs; the pathspec is
        // taken literally, so a folder named with `*` or `:` means itself.
        var arguments = ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit.sha]
        if !prefix.isEmpty { arguments += ["--", prefix] }
        let listing = try run(arguments)
        guard listing.status == 0 else {
            throw ParityError("git cannot list the files of \(commit.shortSHA): \(firstLine(listing.stderr))")
        }
        let strip = prefix.isEmpty ? "" : prefix + "/"
        var entries: [Entry] = []
        for record in listing.stdout.split(separator: 0) {
            // "<mode> SP <type> SP <object> TAB <path>"
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let head = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ").map(String.init)
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard head.count == 3, head[1] == "blob", path.hasPrefix(strip) else { continue }  // submodules are left out
            let relative = String(path.dropFirst(strip.count))
            guard Self.isSafe(relative) else { continue }
            entries.append(Entry(mode: head[0], oid: head[2], path: relative))
        }
        guard !entries.isEmpty else { return }

        // One `cat-file --batch` for every blob: the requests from a file and the answers
        // to a file, so neither pipe can fill and stall.
        let requests = scratch.appending(path: "requests")
        let answers = scratch.appending(path: "objects")
        try Data(entries.map { $0.oid + "\n" }.joined().utf8).write(to: requests)
        let batch = try run(["cat-file", "--batch"], stdin: requests, stdout: answers)
        guard batch.status == 0 else {
            throw ParityError("git cannot read the objects of \(commit.shortSHA): \(firstLine(batch.stderr))")
        }
        let data = try Data(contentsOf: answers, options: .alwaysMapped)
        var offset = data.startIndex
        var links: [(Entry, Data)] = []
        for entry in entries {
            guard let newline = data[offset...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: data[offset..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), newline + 1 + size <= data.endIndex else {
                throw ParityError("git could not read \(entry.path) of \(commit.shortSHA) (object \(entry.oid))")
            }
            let content = data[(newline + 1)..<(newline + 1 + size)]
            offset = newline + 1 + size + 1
            if entry.mode == "120000" {
                links.append((entry, Data(content)))
                continue
            }
            let url = tree.appending(path: entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url)
        }
        // Symbolic links last, so no file is ever written through one; the loader then
        // refuses any that lead outside the repository, as it does in the working tree.
        for (entry, target) in links {
            let url = tree.appending(path: entry.path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: String(decoding: target, as: UTF8.self))
        }
    }

    /// A path git could have stored that stays inside the folder: no empty, `.` or `..`
    /// part, and nothing under `.git`.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.isEmpty
            && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.lowercased() == ".git" }
    }

    /// Each commit's date and subject, by sha.
    private func commits(_ shas: [String]) throws -> [String: GitCommit] {
        guard !shas.isEmpty else { return [:] }
        let result = try run(["-c", "log.showSignature=false", "show", "-s", "--no-color", "--format=%H%x00%ct%x00%s"] + shas)
        guard result.status == 0 else { throw ParityError("git cannot read commit \(shas[0]): \(firstLine(result.stderr))") }
        var commits: [String: GitCommit] = [:]
        for line in String(decoding: result.stdout, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let seconds = TimeInterval(fields[1]) else { continue }
            commits[fields[0]] = GitCommit(sha: fields[0], date: Today.inLondon(now: Date(timeIntervalSince1970: seconds)),
                                           subject: fields[2])
        }
        return commits
    }

    private func noRevision(_ revision: String) throws -> ParityError {
        if !revision.hasPrefix("-"), case let found = try run(["cat-file", "-t", revision]), found.status == 0 {
            let type = String(decoding: found.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return ParityError("'\(revision)' in \(topLevel.path) names a \(type), not a commit; give a tag, branch or commit")
        }
        var message = "no revision '\(revision)' in \(topLevel.path)"
        let names = try run(["for-each-ref", "--format=%(refname:strip=2)", "refs/tags", "refs/heads"])
        message += Suggestion.didYouMean(revision, among: String(decoding: names.stdout, as: UTF8.self).split(separator: "\n").map(String.init))
        if try isShallow() {
            message += "; this is a shallow clone, so older commits and tags may be missing: run git fetch --unshallow --tags"
        } else {
            message += "; give a tag, branch or commit (git tag --list shows the tags)"
        }
        return ParityError(message)
    }

    // MARK: running git

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    private func run(_ arguments: [String], stdin: URL? = nil, stdout: URL? = nil) throws -> Result {
        try Self.run(git, arguments, in: topLevel, stdin: stdin, stdout: stdout)
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    static func run(_ git: URL, _ arguments: [String], in directory: URL, stdin: URL? = nil, stdout: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = git
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_OPTIONAL_LOCKS"] = "0"  // never refresh the index, even opportunistically
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_PAGER"] = "cat"
        process.environment = environment
        let input = try stdin.map { try FileHandle(forReadingFrom: $0) }
        defer { try? input?.close() }
        process.standardInput = input ?? FileHandle.nullDevice
        var output: FileHandle?
        if let stdout {
            guard FileManager.default.createFile(atPath: stdout.path, contents: nil) else {
                throw ParityError("cannot create the temporary file \(stdout.path)")
            }
            output = try FileHandle(forWritingTo: stdout)
        }
        defer { try? output?.close() }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = output ?? outPipe
        process.standardError = errPipe
        do {
            try process.run()
        } catch {
            throw ParityError("cannot run git (\(git.path)): \(error.localizedDescription)")
        }
        // stderr is drained on another thread so that neither pipe can fill and stall git.
        let errors = Collected()
        let done = DispatchSemaphore(value: 0)
        let errReader = errPipe.fileHandleForReading
        DispatchQueue.global().async {
            errors.data = errReader.readDataToEndOfFile()
            done.signal()
        }
        let data = output == nil ? outPipe.fileHandleForReading.readDataToEndOfFile() : Data()
        done.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: data, stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// `git` on PATH.
    static func executable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let url = URL(fileURLWithPath: String(directory)).appending(path: "git")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.isEmpty ? "git failed" : line
    }

    private func firstLine(_ text: String) -> String { Self.firstLine(text) }
}
