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
            throw ParityError("path '\(path)' leads outside the repository (to \(resolved.path))", at: location, code: .pathOutsideRepository)
        }
        return resolved
    }
}
