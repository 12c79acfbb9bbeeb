import Foundation
import Testing

/// Compares output with a file under Tests/ParityKitTests/Golden. Set RECORD_GOLDEN=1 to
/// write the files anew; a mismatch is never rewritten silently.
func assertGolden(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Golden").appending(path: name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(name); run with RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = first < expectedLines.count ? expectedLines[first] : "<end>"
        let got = first < actualLines.count ? actualLines[first] : "<end>"
        Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\nRun with RECORD_GOLDEN=1 to accept.", sourceLocation: sourceLocation)
    }
}

/// The repository root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
