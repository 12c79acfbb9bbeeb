import Foundation
import ParityKit

/// Where a command's output goes: `--output FILE`, written atomically, or standard output.
enum Output {
    static func write(_ text: String, to file: String?) throws {
        if let file {
            try AtomicFile.write(text, to: file)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
