/// A short, stable hash of a finding's identity for SARIF's `partialFingerprints` and
/// GitLab's `fingerprint` (see `StableHash`).
enum Fingerprint {
    static func of(_ text: String) -> String {
        StableHash.hex(text)
    }

    /// Fingerprints for the findings of one run: of the code, the file as the tool names it
    /// and what the finding is about; two findings alike in all three are told apart by
    /// their order.
    struct Run {
        private var seen: [String: Int] = [:]

        mutating func next(_ diagnostic: Diagnostic, file: String) -> String {
            let base = "\(diagnostic.code.id)|\(file)|\(diagnostic.identity)"
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            return Fingerprint.of(base + "|\(occurrence)")
        }
    }
}
