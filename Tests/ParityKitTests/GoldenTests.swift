import Foundation
import Testing

/// The golden-file helper itself: a recording can never pass, and a mismatch shows where.
struct GoldenTests {
    @Test func recordingWritesTheFileAndFailsTheRun() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try withKnownIssue("recording must fail the run") {
            try assertGolden("new output\n", named: "report.txt", in: directory, recording: true)
        }
        #expect(try String(contentsOf: directory.appending(path: "report.txt"), encoding: .utf8) == "new output\n")
        // Once recorded, the same output passes.
        try assertGolden("new output\n", named: "report.txt", in: directory, recording: false)
    }

    @Test func aMismatchFails() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("a\nb\n".utf8).write(to: directory.appending(path: "r.txt"))
        try withKnownIssue("a changed line must fail") {
            try assertGolden("a\nc\n", named: "r.txt", in: directory, recording: false)
        }
    }

    @Test func theDiffIsUnifiedWithContext() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n")
        var lines = (1...12).map { "line \($0)" }
        lines[5] = "line six"
        lines.insert("added", at: 11)
        let diff = unifiedDiff(from: old, to: lines.joined(separator: "\n"), names: ("golden", "actual"))
        #expect(diff == """
            --- golden
            +++ actual
            @@ -3,10 +3,11 @@
             line 3
             line 4
             line 5
            -line 6
            +line six
             line 7
             line 8
             line 9
             line 10
             line 11
            +added
             line 12
            """)
        let far = (1...20).map { "l\($0)" }
        var farChanged = far
        farChanged[0] = "first"
        farChanged[19] = "last"
        let twoHunks = unifiedDiff(from: far.joined(separator: "\n"), to: farChanged.joined(separator: "\n"), names: ("g", "a"))
        #expect(twoHunks.components(separatedBy: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,4 +1,4 @@", "@@ -17,4 +17,4 @@"])
        #expect(unifiedDiff(from: "same", to: "same", names: ("g", "a")) == "")
    }
}
