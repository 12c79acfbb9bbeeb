import Foundation

/// Finds where a repository sits for `ReportPaths`: the git top level above it (the
/// nearest folder holding `.git`, a folder or, in a worktree or submodule, a file) and the
/// working directory. Reads no git objects and runs no git.
public enum ReportPathsLocator {
    public static func locate(root: URL, workingDirectory: URL) -> ReportPaths {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let cwd = workingDirectory.standardizedFileURL.resolvingSymlinksInPath()
        var paths = ReportPaths(root: root.path, workingDirectory: cwd.path)
        var folder = root
        while true {
            if FileManager.default.fileExists(atPath: folder.appending(path: ".git").path) {
                paths.fromGitTop = ReportPaths.relative(root.path, from: folder.path)
                break
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return paths
    }
}
