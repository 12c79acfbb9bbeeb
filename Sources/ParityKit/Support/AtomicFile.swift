import Foundation

/// Writes a report so that a reader never sees half of it: into a temporary file beside
/// the target, then renamed over it. A failure leaves any earlier report untouched.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        // The String's own bytes, not a copy: large reports are tens of megabytes.
        var text = text
        try text.withUTF8 { bytes in
            let data = bytes.baseAddress.map { Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: bytes.count, deallocator: .none) } ?? Data()
            try write(data, to: path)
        }
    }

    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ParityError("cannot write \(path): the folder \(directory.path) does not exist")
        }
        let temporary = directory.appending(path: ".\(target.lastPathComponent).parity-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the target in one step; Foundation's replaceItemAt does not
            // on Linux, and a failure there could lose the earlier report.
            guard rename(temporary.path, target.path) == 0 else {
                throw ParityError(String(cString: strerror(errno)))
            }
        } catch let error as ParityError {
            try? FileManager.default.removeItem(at: temporary)
            throw ParityError("cannot write \(path): \(error.message)")
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ParityError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
