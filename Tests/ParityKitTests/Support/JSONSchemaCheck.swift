import Foundation

/// A small JSON Schema (draft-07) checker for the keywords parity's report schemas use:
/// type, properties, required, additionalProperties, items, enum, const, pattern and
/// minProperties. CI checks the same files with check-jsonschema; this lets `swift test`
/// catch a report that drifts from its published schema without Python.
struct JSONSchemaCheck {
    let schema: [String: Any]

    init(file: String) throws {
        let data = try Data(contentsOf: packageRoot.appending(path: file))
        schema = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// The violations of `text`, each "$.path: what", first found first.
    func violations(of text: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        var found: [String] = []
        check(value, against: schema, at: "$", into: &found)
        return found
    }

    func typeName(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let number = value as? NSNumber {
            if ["c", "B"].contains(String(cString: number.objCType)) { return "boolean" }
            return number.doubleValue == number.doubleValue.rounded() ? "integer" : "number"
        }
        if value is String { return "string" }
        if value is [Any] { return "array" }
        if value is [String: Any] { return "object" }
        return "unknown"
    }

    func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [String]) {
        let actual = typeName(value)
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as! String]
            let fits = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !fits { found.append("\(path): \(actual) is not \(allowed.joined(separator: " or "))"); return }
        }
        if let options = schema["enum"] as? [Any] {
            let matches = options.contains { option in
                (option is NSNull && value is NSNull) || ((option as? String).map { $0 == value as? String } ?? false)
            }
            if !matches { found.append("\(path): \(value) is not one of the allowed values") }
        }
        if let constant = schema["const"] as? NSNumber, (value as? NSNumber) != constant {
            found.append("\(path): \(value) is not \(constant)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): '\(text)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in (schema["required"] as? [String] ?? []) where object[key] == nil {
                found.append("\(path): '\(key)' is missing")
            }
            if let minimum = schema["minProperties"] as? Int, object.count < minimum {
                found.append("\(path): fewer than \(minimum) properties")
            }
            for key in object.keys.sorted() {
                if let property = properties[key] {
                    check(object[key]!, against: property, at: "\(path).\(key)", into: &found)
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    check(object[key]!, against: extra, at: "\(path).\(key)", into: &found)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): '\(key)' is not allowed")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", into: &found)
            }
        }
    }
}
