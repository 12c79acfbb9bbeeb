#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import Foundation
#endif

/// Reads a file parity is given as UTF-8 text, with one `open`, `fstat` and `read`: on a
/// large repository Foundation's attribute and `Data` round trips cost more than libyaml.
enum SourceFile {
    /// Files bigger than this are refused before reading: no policy metadata needs more.
    static let maximumBytes = 5_000_000

    /// The file's text without a byte-order mark. Refuses what is not a regular file (a
    /// FIFO would block, a device never end), what is over `maximumBytes`, and text that is
    /// not UTF-8, naming the line and column of the first bad byte.
    static func text(at path: String, displayPath: String) throws -> String {
        let bytes = try bytes(at: path, displayPath: displayPath, limit: maximumBytes)
        guard var text = utf8Text(bytes) else {
            let (line, column, byte) = firstInvalidByte(bytes)
            throw ParityError(
                "the file is not valid UTF-8 text (the bytes from 0x\(String(byte, radix: 16, uppercase: true)) here do not form a character); save it as UTF-8",
                at: SourceLocation(file: displayPath, line: line, column: column), code: .invalidText)
        }
        if text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst() }
        return text
    }

    /// The file's bytes, at most `limit` of them, from a regular file only.
    static func bytes(at path: String, displayPath: String, limit: Int) throws -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(displayPath) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw unreadable(displayPath) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ParityError("not a regular file; parity reads only regular files", at: .file(displayPath), code: .unreadableFile)
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw ParityError("file is \(size) bytes; parity reads files of at most \(limit) bytes", at: .file(displayPath), code: .fileTooLarge)
        }
        // One byte more than fstat said, to notice a file that grew while it was read.
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if got == 0 { break }
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                count += got
            }
        }
        guard !failed else { throw unreadable(displayPath) }
        guard bytes.count <= size else {
            throw ParityError("the file changed while it was read; run parity again", at: .file(displayPath), code: .unreadableFile)
        }
        return bytes
    }

    /// The bytes as a String, or nil when they are not UTF-8. The standard library's
    /// validating initialiser needs macOS 15; Foundation's does the same job before it.
    private static func utf8Text(_ bytes: [UInt8]) -> String? {
        #if canImport(Darwin)
        if #available(macOS 15, *) { return String(validating: bytes, as: UTF8.self) }
        return String(bytes: bytes, encoding: .utf8)
        #else
        return String(validating: bytes, as: UTF8.self)
        #endif
    }

    private static func unreadable(_ displayPath: String) -> ParityError {
        let reason = String(cString: strerror(errno))
        return ParityError("cannot read the file: \(reason)", at: .file(displayPath), code: .unreadableFile)
    }

    /// Where UTF-8 decoding first fails: 1-based line, column in characters, and the byte.
    static func firstInvalidByte(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return (line, column, bytes[offset])
            case .emptyInput:
                return (line, column, 0)
            }
        }
    }
}
