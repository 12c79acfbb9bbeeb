/// A short, stable hash of a text: 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits.
/// Not a security measure, only a name that stays the same while the text does; shared by
/// the fingerprints of findings and of actions.
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
