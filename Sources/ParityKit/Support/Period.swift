/// An ISO-8601 duration in whole years, months, weeks and days (`P12M`, `P1Y6M`, `P90D`).
/// Times (`PT…`) are refused: every date parity handles is a whole day.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public let years: Int
    public let months: Int
    public let days: Int
    public let text: String

    public init?(iso text: String) {
        var rest = Substring(text)
        guard rest.first == "P", rest.count > 1 else { return nil }
        rest = rest.dropFirst()
        var years = 0, months = 0, days = 0
        var lastUnit = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            guard let unit = rest.first else { return nil }
            rest = rest.dropFirst()
            // Units must come in ISO order, each at most once.
            let order: Int
            switch unit {
            case "Y": order = 1; years = value
            case "M": order = 2; months = value
            case "W": order = 3; days += value * 7
            case "D": order = 4; days += value
            default: return nil
            }
            guard order > lastUnit else { return nil }
            lastUnit = order
        }
        self.years = years
        self.months = months
        self.days = days
        self.text = text
    }

    public var description: String { text }

    /// The date this period before `date`; months are clamped, so P1M before
    /// 31 March is the last day of February.
    public func before(_ date: CivilDate) -> CivilDate {
        date.adding(months: -(years * 12 + months)).adding(days: -days)
    }

    /// The date this period after `date`, months clamped as in `before`.
    public func after(_ date: CivilDate) -> CivilDate {
        date.adding(months: years * 12 + months).adding(days: days)
    }

    /// Plain words for reports: "12 months", "1 year 6 months", "90 days".
    public var words: String {
        var parts: [String] = []
        func add(_ value: Int, _ unit: String) {
            if value > 0 { parts.append("\(value) \(unit)\(value == 1 ? "" : "s")") }
        }
        add(years, "year")
        add(months, "month")
        add(days, "day")
        return parts.isEmpty ? "0 days" : parts.joined(separator: " ")
    }
}
