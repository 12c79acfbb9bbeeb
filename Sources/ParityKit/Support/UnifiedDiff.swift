/// A unified diff of two texts by line (`--- a/path`, `+++ b/path`, hunks with three lines
/// of context), as `diff -u` and `git apply` read it: what `--dry-run` prints. The lines
/// in common are found by a longest common subsequence, which is quadratic, so it is
/// meant for documents, not data files.
public enum UnifiedDiff {
    public static func of(_ before: String, _ after: String, path: String, context: Int = 3) -> String {
        let old = lines(before), new = lines(after)
        guard old != new else { return "" }
        // lengths[i][j]: the longest common subsequence of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        enum Step { case same(Int, Int), removed(Int), added(Int) }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                steps.append(.same(i, j)); i += 1; j += 1
            } else if i < old.count, j == new.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Removals before additions, as diff -u writes a changed line.
                steps.append(.removed(i)); i += 1
            } else {
                steps.append(.added(j)); j += 1
            }
        }
        let changed = steps.indices.filter { if case .same = steps[$0] { return false } else { return true } }
        // Changes closer than twice the context share a hunk.
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(steps.count - 1, index + context)
            if let last = groups.last, range.lowerBound <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...range.upperBound
            } else {
                groups.append(range)
            }
        }
        // Where each step stands in the old and the new text, for the hunks' headers.
        var positions: [(old: Int, new: Int)] = []
        var o = 0, n = 0
        for step in steps {
            positions.append((o, n))
            switch step {
            case .same: o += 1; n += 1
            case .removed: o += 1
            case .added: n += 1
            }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for group in groups {
            var body = "", oldCount = 0, newCount = 0
            for step in steps[group] {
                switch step {
                case .same(let a, _): body += " " + old[a]; oldCount += 1; newCount += 1
                case .removed(let a): body += "-" + old[a]; oldCount += 1
                case .added(let b): body += "+" + new[b]; newCount += 1
                }
            }
            let start = positions[group.lowerBound]
            out += "@@ -\(range(start.old, oldCount)) +\(range(start.new, newCount)) @@\n" + body
        }
        return out
    }

    /// The lines of a text, each ending in a newline; a last line without one is marked as diff marks it.
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
        if lines.last == "\n" { lines.removeLast() } else if !lines.isEmpty {
            lines[lines.count - 1] = String(lines[lines.count - 1].dropLast()) + "\n\\ No newline at end of file\n"
        }
        return lines
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }
}
