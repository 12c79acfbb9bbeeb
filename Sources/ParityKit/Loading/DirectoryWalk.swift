#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a repository's Markdown files with `opendir`/`readdir`: the entry types come with
/// the names, so no file needs a second system call (or a Foundation URL) to be listed.
enum DirectoryWalk {
    /// A Markdown file, relative to the root, and whether it is a symbolic link (whose
    /// target must be checked to stay inside the repository).
    struct Entry: Equatable {
        let path: String
        let isLink: Bool
    }

    /// Every `.md` file under `root` (any case of the extension), in sorted path order.
    /// Hidden files and folders (names starting with `.`) and the `skipped` folders are
    /// left out, and symbolic links to folders are not followed.
    static func markdownFiles(under root: String, skipping skipped: Set<String>) throws -> [Entry] {
        var entries: [Entry] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let full = folder.isEmpty ? root : root + "/" + folder
            guard let directory = opendir(full) else {
                // The root must be listable; a folder inside it that is not is left out,
                // as an unreadable folder was before.
                if folder.isEmpty { throw ParityError("cannot list the files in \(root)") }
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    // Some file systems do not fill in d_type: ask.
                    var status = stat()
                    guard lstat(root + "/" + path, &status) == 0 else { continue }
                    switch status.st_mode & S_IFMT {
                    case S_IFDIR: type = Int32(DT_DIR)
                    case S_IFLNK: type = Int32(DT_LNK)
                    default: type = Int32(DT_REG)
                    }
                }
                if type == Int32(DT_DIR) {
                    if !skipped.contains(name) { pending.append(path) }
                } else if isMarkdown(name) {
                    entries.append(Entry(path: path, isLink: type == Int32(DT_LNK)))
                }
            }
        }
        // Sorted as strings compare, as the paths were before.
        return entries.sorted { $0.path < $1.path }
    }

    private static func isMarkdown(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count > 3 else { return false }
        let tail = utf8.suffix(3).map { $0 | 0x20 }
        return tail == [UInt8(ascii: "."), UInt8(ascii: "m"), UInt8(ascii: "d")]
    }
}
