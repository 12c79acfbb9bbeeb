import Foundation

/// The FILE arguments of `parity check` as the repository-relative paths diagnostics use.
/// The pre-commit framework, a shell in a subfolder and an editor each spell a file their
/// own way; all of them must narrow the report to the same file.
public enum CheckedFiles {
    /// nil when no FILE is given (report on everything). A FILE outside the repository
    /// names nothing parity reports on, so it narrows the report to nothing of its own.
    public static func paths(_ arguments: [String], root: URL, workingDirectory: URL) -> Set<String>? {
        guard !arguments.isEmpty else { return nil }
        return Set(arguments.compactMap { relative($0, root: root, workingDirectory: workingDirectory) })
    }

    /// A symbolic link is followed to the file it names, since that is the file a
    /// diagnostic points at; `./x.md` and `x.md` are one file.
    public static func relative(_ file: String, root: URL, workingDirectory: URL) -> String? {
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : workingDirectory.appending(path: file)
        let absolute = url.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        guard absolute.hasPrefix(prefix) else { return nil }
        return String(absolute.dropFirst(prefix.count))
    }
}
