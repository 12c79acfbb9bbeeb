import ArgumentParser
import Foundation
import ParityKit

/// Where a command's output goes, the same for every command that writes a report:
/// `--output FILE`, written atomically so a failed run never leaves half a file, or
/// standard output.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file (atomically, replacing it) instead of standard output.", valueName: "file"))
    var output: String?

    /// Whether the output goes to a terminal a person reads: colour and progress only then.
    var toTerminal: Bool { output == nil && isatty(STDOUT_FILENO) == 1 }

    func write(_ text: String) throws {
        try Self.write(text, to: output)
    }

    /// A Word or Excel file: bytes a terminal cannot show, so they need a file or a pipe.
    func write(binary data: Data, what: String) throws {
        if let output {
            try AtomicFile.write(data, to: output)
        } else if isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("\(what) is a binary file: give --output FILE (or redirect standard output)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    static func write(_ text: String, to file: String?) throws {
        if let file {
            try AtomicFile.write(text, to: file)
        } else {
            // The String's own bytes, not a copy: a 100,000-document report is 70 MB.
            var text = text
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else { return }
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
            }
        }
    }
}
