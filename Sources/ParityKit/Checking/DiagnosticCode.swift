/// What a diagnostic is about: one of parity's own checks, or a rule of an applied pack.
/// Written as the bare id either way (`out-of-review`, `HIA6.2`), as every format shows it.
public enum DiagnosticCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case check(CheckCode)
    case rule(String)

    public var id: String {
        switch self {
        case .check(let code): return code.rawValue
        case .rule(let id): return id
        }
    }

    public var description: String { id }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id < rhs.id }

    public init(from decoder: any Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        self = CheckCode(rawValue: id).map(DiagnosticCode.check) ?? .rule(id)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
