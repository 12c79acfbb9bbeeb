/// A JSON value as `ReportEncoder` builds it. Objects and arrays are filled in while their
/// contents are encoded, so they are references (`JSONContainer`).
enum JSONNode {
    case string(String)
    /// The number as it is written: `12`, `62.5`, `1e-05`.
    case number(String)
    case bool(Bool)
    case null
    case container(JSONContainer)
}

/// An object or an array being filled by an encoding container.
final class JSONContainer {
    let isObject: Bool
    /// An object's members in the order they were encoded; `JSONText` sorts them.
    var members: [(key: String, value: JSONNode)] = []
    var elements: [JSONNode] = []

    init(isObject: Bool) {
        self.isObject = isObject
    }

    /// Adds a member. Encodable types write each key once (synthesized conformances cannot
    /// do otherwise), so no search for an earlier one: that search made wide objects
    /// quadratic.
    func set(_ key: String, _ value: JSONNode) {
        members.append((key, value))
    }
}
