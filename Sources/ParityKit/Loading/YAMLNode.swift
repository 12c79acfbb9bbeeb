/// A YAML value as parity reads it: scalars keep their text and quoting style, mappings
/// their keys in order, and every node where it starts (1-based, columns in characters).
/// Built by `YAMLReader` straight from libyaml's events; aliases share the node they name.
struct YAMLNode: Sendable {
    enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    enum Content: Sendable {
        case scalar(String, Style)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    var content: Content
    var line: Int32
    var column: Int32
}

/// One key and its value in a mapping. Keys are scalars: `YAMLReader` refuses any other.
struct YAMLPair: Sendable {
    let key: String
    let keyNode: YAMLNode
    let value: YAMLNode
}
