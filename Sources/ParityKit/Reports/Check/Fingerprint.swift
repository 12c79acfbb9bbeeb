/// A short, stable hash of a finding's identity for SARIF's `partialFingerprints` and
/// GitLab's `fingerprint`: 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits. Not a
/// security measure, only a name that stays the same while the finding does.
enum Fingerprint {
    static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
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
