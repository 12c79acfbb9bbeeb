/// Writes a `JSONNode` as Foundation's `JSONEncoder` pretty-prints: two-space indents,
/// `"key" : value`, keys sorted by their UTF-8 bytes, empty containers as `[\n\n]` with
/// the closing bracket indented, control characters escaped, slashes and non-ASCII as is.
enum JSONText {
    /// The document and a final newline, made into a String once: a 100,000-document
    /// report is 70 MB, and every copy of it shows in the peak memory.
    static func document(_ node: consuming JSONNode) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(node, indent: 0, into: &out)
        // The tree is done with: free it before the text is copied into a String.
        _ = consume node
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ node: JSONNode, indent: Int, into out: inout [UInt8]) {
        switch node {
        case .string(let text): string(text, into: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .container(let container):
            if container.isObject {
                out.append(UInt8(ascii: "{"))
                out.append(UInt8(ascii: "\n"))
                let members = container.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                for (index, member) in members.enumerated() {
                    if index > 0 {
                        out.append(UInt8(ascii: ","))
                        out.append(UInt8(ascii: "\n"))
                    }
                    spaces(indent + 1, into: &out)
                    string(member.key, into: &out)
                    out.append(contentsOf: " : ".utf8)
                    write(member.value, indent: indent + 1, into: &out)
                }
                out.append(UInt8(ascii: "\n"))
                spaces(indent, into: &out)
                out.append(UInt8(ascii: "}"))
            } else {
                out.append(UInt8(ascii: "["))
                out.append(UInt8(ascii: "\n"))
                for (index, element) in container.elements.enumerated() {
                    if index > 0 {
                        out.append(UInt8(ascii: ","))
                        out.append(UInt8(ascii: "\n"))
                    }
                    spaces(indent + 1, into: &out)
                    write(element, indent: indent + 1, into: &out)
                }
                out.append(UInt8(ascii: "\n"))
                spaces(indent, into: &out)
                out.append(UInt8(ascii: "]"))
            }
        }
    }

    private static func spaces(_ indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
