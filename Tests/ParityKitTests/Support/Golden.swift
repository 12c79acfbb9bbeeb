import Foundation
import Testing

/// Compares output with a file under Tests/ParityKitTests/Golden. Set RECORD_GOLDEN=1 to
/// write the files anew: recording then fails the run, naming each file written, so a
/// recording can never pass for a check. A mismatch prints a unified diff.
func assertGolden(_ actual: String, named name: String, in directory: URL = goldenDirectory,
                  recording: Bool = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = directory.appending(path: name)
    if recording {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded golden file \(url.path); review it (git diff), then run again without RECORD_GOLDEN",
                     sourceLocation: sourceLocation)
        return
    }
    // Byte for byte: Foundation's String(contentsOf:encoding: .utf8) drops a leading
    // byte-order mark, which the CSV golden files must keep.
    guard let data = try? Data(contentsOf: url), let expected = String(validating: data, as: UTF8.self) else {
        Issue.record("no golden file \(name); run with RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("""
            \(name) differs from the golden file (- golden, + actual):
            \(unifiedDiff(from: expected, to: actual, names: ("golden/\(name)", "actual")))
            Run with RECORD_GOLDEN=1 to accept the new output.
            """, sourceLocation: sourceLocation)
    }
}

/// A unified diff of two texts by line, with `context` lines around each change, as
/// `diff -u` prints it.
func unifiedDiff(from old: String, to new: String, names: (String, String), context: Int = 3) -> String {
    let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
    let difference = b.difference(from: a)
    var removed = Set<Int>(), inserted = Set<Int>()
    for change in difference {
        switch change {
        case .remove(let offset, _, _): removed.insert(offset)
        case .insert(let offset, _, _): inserted.insert(offset)
        }
    }
    // The edit script: each line with its mark and its line numbers on both sides.
    var script: [(mark: Character, text: String, i: Int, j: Int)] = []
    var i = 0, j = 0
    while i < a.count || j < b.count {
        if i < a.count, removed.contains(i) {
            script.append(("-", a[i], i, j)); i += 1
        } else if j < b.count, inserted.contains(j) {
            script.append(("+", b[j], i, j)); j += 1
        } else {
            script.append((" ", a[i], i, j)); i += 1; j += 1
        }
    }
    let changed = script.indices.filter { script[$0].mark != " " }
    guard !changed.isEmpty else { return "" }
    // Hunks: runs of changes closer than twice the context share one hunk.
    var hunks: [ClosedRange<Int>] = []
    for index in changed {
        let range = max(0, index - context)...min(script.count - 1, index + context)
        if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
            hunks[hunks.count - 1] = last.lowerBound...range.upperBound
        } else {
            hunks.append(range)
        }
    }
    var lines = ["--- \(names.0)", "+++ \(names.1)"]
    for hunk in hunks {
        let slice = script[hunk]
        let oldCount = slice.filter { $0.mark != "+" }.count, newCount = slice.filter { $0.mark != "-" }.count
        let first = slice.first!
        lines.append("@@ -\(first.i + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(first.j + (newCount > 0 ? 1 : 0)),\(newCount) @@")
        lines += slice.map { "\($0.mark)\($0.text)" }
    }
    return lines.joined(separator: "\n")
}

let goldenDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Golden")

/// The repository root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
