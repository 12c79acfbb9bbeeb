import Foundation

/// Writes a report so that a reader never sees half of it: into a temporary file beside
/// the target, then renamed over it. A failure leaves any earlier report untouched.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParityError("cannot write \(path): the folder \(directory.path) does not exist")
        }
        let temporary = directory.appending(path: ".\(target.lastPathComponent).parity-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ParityError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
