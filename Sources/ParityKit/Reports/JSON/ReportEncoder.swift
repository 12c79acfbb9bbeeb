/// An `Encoder` that turns a report's `Encodable` values into `JSONNode`s, with the key
/// conventions of Foundation's `JSONEncoder`: struct keys in snake case when asked (cached,
/// since a report repeats the same few dozen keys thousands of times), dictionary keys as
/// they are, integral doubles without `.0`.
final class ReportEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private let keys: KeyStyle
    /// Whether this value's keys are converted: not for a `[String: …]` dictionary, whose
    /// keys are data (as `JSONEncoder` leaves them).
    private let convertsKeys: Bool
    private(set) var result: JSONNode?

    private init(keys: KeyStyle, convertsKeys: Bool) {
        self.keys = keys
        self.convertsKeys = convertsKeys
    }

    static func node(for value: some Encodable, snakeCase: Bool) -> JSONNode {
        node(for: value, keys: KeyStyle(snakeCase: snakeCase))
    }

    fileprivate static func node(for value: some Encodable, keys: KeyStyle) -> JSONNode {
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(String(number))
        case let number as Double: return double(number)
        default:
            let encoder = ReportEncoder(keys: keys, convertsKeys: !(value is StringKeyedDictionary))
            // Report values are strings, numbers, dates as strings and arrays of them:
            // their encoding cannot fail, and a failure would be a programming error.
            try! value.encode(to: encoder)
            return encoder.result ?? .container(JSONContainer(isObject: true))
        }
    }

    fileprivate static func double<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> JSONNode {
        guard value.isFinite else { return .null }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    fileprivate func key(_ key: some CodingKey) -> String {
        convertsKeys ? keys.convert(key.stringValue) : key.stringValue
    }

    fileprivate func container(isObject: Bool) -> JSONContainer {
        if case .container(let existing)? = result, existing.isObject == isObject { return existing }
        let container = JSONContainer(isObject: isObject)
        result = .container(container)
        return container
    }

    fileprivate func node(for value: some Encodable) -> JSONNode {
        Self.node(for: value, keys: keys)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(encoder: self, object: container(isObject: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(encoder: self, array: container(isObject: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(encoder: self)
    }

    fileprivate func set(_ node: JSONNode) {
        result = node
    }

    /// Converts keys as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` does, once per key.
    final class KeyStyle {
        let snakeCase: Bool
        private var converted: [String: String] = [:]

        init(snakeCase: Bool) {
            self.snakeCase = snakeCase
        }

        func convert(_ key: String) -> String {
            guard snakeCase else { return key }
            if let known = converted[key] { return known }
            let result = SnakeCase.converted(key)
            converted[key] = result
            return result
        }
    }
}

/// `[String: V]`, whose keys `JSONEncoder` writes as they are whatever the key strategy.
private protocol StringKeyedDictionary {}
extension Dictionary: StringKeyedDictionary where Key == String {}

private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ReportEncoder
    let object: JSONContainer
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { object.set(encoder.key(key), .null) }
    mutating func encode(_ value: Bool, forKey key: Key) { object.set(encoder.key(key), .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) { object.set(encoder.key(key), .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) { object.set(encoder.key(key), ReportEncoder.double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) { object.set(encoder.key(key), ReportEncoder.double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) { object.set(encoder.key(key), .number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { object.set(encoder.key(key), encoder.node(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONContainer(isObject: true)
        object.set(encoder.key(key), .container(nested))
        return KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder, object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONContainer(isObject: false)
        object.set(encoder.key(key), .container(nested))
        return Unkeyed(encoder: encoder, array: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

private struct Unkeyed: UnkeyedEncodingContainer {
    let encoder: ReportEncoder
    let array: JSONContainer
    var codingPath: [any CodingKey] { [] }
    var count: Int { array.elements.count }

    mutating func encodeNil() { array.elements.append(.null) }
    mutating func encode(_ value: Bool) { array.elements.append(.bool(value)) }
    mutating func encode(_ value: String) { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) { array.elements.append(ReportEncoder.double(value)) }
    mutating func encode(_ value: Float) { array.elements.append(ReportEncoder.double(value)) }
    mutating func encode(_ value: Int) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: Int64) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) { array.elements.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) { array.elements.append(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) { array.elements.append(encoder.node(for: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONContainer(isObject: true)
        array.elements.append(.container(nested))
        return KeyedEncodingContainer(Keyed<NestedKey>(encoder: encoder, object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONContainer(isObject: false)
        array.elements.append(.container(nested))
        return Unkeyed(encoder: encoder, array: nested)
    }

    mutating func superEncoder() -> any Encoder { encoder }
}

private struct Single: SingleValueEncodingContainer {
    let encoder: ReportEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode(_ value: Bool) { encoder.set(.bool(value)) }
    mutating func encode(_ value: String) { encoder.set(.string(value)) }
    mutating func encode(_ value: Double) { encoder.set(ReportEncoder.double(value)) }
    mutating func encode(_ value: Float) { encoder.set(ReportEncoder.double(value)) }
    mutating func encode(_ value: Int) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: Int64) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt8) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt16) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt32) { encoder.set(.number(String(value))) }
    mutating func encode(_ value: UInt64) { encoder.set(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) { encoder.set(encoder.node(for: value)) }
}
