/// Where the repository sits, so that each report names a file the way the tool reading
/// it looks for it: code scanning, GitHub annotations and GitLab read paths from the top of
/// the git repository; a person at a terminal, from where they ran the command.
/// Diagnostics themselves keep repository-relative paths.
public struct ReportPaths: Hashable, Sendable {
    /// The repository's folder below the git top level, "" at the top; nil outside git.
    public var fromGitTop: String?
    /// The repository's root and the working directory, absolute and standardised; nil
    /// when paths are to stay as the repository names them.
    public var root: String?
    public var workingDirectory: String?

    public init(fromGitTop: String? = nil, root: String? = nil, workingDirectory: String? = nil) {
        self.fromGitTop = fromGitTop
        self.root = root
        self.workingDirectory = workingDirectory
    }

    /// Paths as the repository names them: what the tests and `--format json` use.
    public static let repository = ReportPaths()

    /// A repository-relative path from the git top level (from the repository outside git).
    public func forTools(_ path: String) -> String { Self.join(fromGitTop ?? "", path) }

    /// A repository-relative path from the working directory: "docs/a.md" run at the
    /// root, "a.md" run in docs/, "../docs/a.md" run in a sibling folder.
    public func forPeople(_ path: String) -> String {
        guard let root, let workingDirectory else { return path }
        return Self.relative(Self.join(root, path), from: workingDirectory)
    }

    static func join(_ folder: String, _ path: String) -> String {
        folder.isEmpty ? path : folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// `path` relative to `base`, both absolute and standardised: "" when equal,
    /// "sub/dir" below, "../x" beside.
    public static func relative(_ path: String, from base: String) -> String {
        let target = path.split(separator: "/"), from = base.split(separator: "/")
        var common = 0
        while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let relative = (ups + target[common...].map(String.init)).joined(separator: "/")
        // Far apart, the absolute path reads better than a ladder of "..".
        return ups.count > 2 ? path : relative
    }
}
