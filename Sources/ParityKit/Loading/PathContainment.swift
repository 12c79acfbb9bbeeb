import Foundation

/// Keeps every path the repository names inside the repository, symbolic links included.
enum PathContainment {
    static func resolve(_ path: String, root: URL, at location: SourceLocation) throws -> URL {
        guard !path.hasPrefix("/") else {
            throw ParityError("path '\(path)' is absolute; give it relative to the repository root", at: location)
        }
        let resolved = root.appending(path: path).standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path.hasPrefix(rootPath) else {
            // Where it leads is not named: an absolute path from someone's machine has no
            // place in a report or a CI log, and says nothing the repository can act on.
            let throughLink = root.appending(path: path).standardizedFileURL.path.hasPrefix(rootPath)
            throw ParityError("path '\(path)' leads outside the repository\(throughLink ? " through a symbolic link" : ""); give a path inside it",
                              at: location, code: .pathOutsideRepository)
        }
        return resolved
    }
}
