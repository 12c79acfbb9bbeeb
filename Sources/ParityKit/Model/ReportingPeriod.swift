/// The period a figure describes: a calendar year (`2021`), an NHS financial year
/// (`2022/23`, April to March), or a quarter of either (`2024 Q1`, `2023/24 Q3`).
public struct ReportingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public enum Kind: Hashable, Sendable {
        case calendarYear, financialYear, calendarQuarter, financialQuarter
    }

    public let kind: Kind
    /// The calendar year a calendar period falls in, or the year a financial year starts in.
    public let year: Int
    /// 1–4 for quarters; 0 for years.
    public let quarter: Int

    public init?(_ text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count) else { return nil }
        var quarter = 0
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].first == "Q" || parts[1].first == "q",
                  let number = Int(parts[1].dropFirst()), (1...4).contains(number) else { return nil }
            quarter = number
        }
        let yearText = parts[0]
        if let slash = yearText.firstIndex(of: "/") {
            // 2022/23: the second year must follow the first, so 2022/24 is a typing error.
            guard let first = Self.year(yearText[..<slash]), let second = Int(yearText[yearText.index(after: slash)...]),
                  yearText[yearText.index(after: slash)...].count == 2, second == (first + 1) % 100 else { return nil }
            self.kind = quarter == 0 ? .financialYear : .financialQuarter
            self.year = first
        } else {
            guard let year = Self.year(yearText) else { return nil }
            self.kind = quarter == 0 ? .calendarYear : .calendarQuarter
            self.year = year
        }
        self.quarter = quarter
    }

    private init(kind: Kind, year: Int, quarter: Int) {
        self.kind = kind
        self.year = year
        self.quarter = quarter
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), (1900...2999).contains(year) else { return nil }
        return year
    }

    public var description: String {
        let years: String
        switch kind {
        case .calendarYear, .calendarQuarter: years = "\(year)"
        case .financialYear, .financialQuarter:
            let next = (year + 1) % 100
            years = "\(year)/\(next < 10 ? "0" : "")\(next)"
        }
        return quarter == 0 ? years : "\(years) Q\(quarter)"
    }

    public var start: CivilDate {
        switch kind {
        case .calendarYear: return CivilDate(year: year, month: 1, day: 1)!
        case .financialYear: return CivilDate(year: year, month: 4, day: 1)!
        case .calendarQuarter: return CivilDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)!
        case .financialQuarter: return CivilDate(year: year, month: 4, day: 1)!.adding(months: (quarter - 1) * 3)
        }
    }

    /// The last day of the period.
    public var end: CivilDate {
        let months = quarter == 0 ? 12 : 3
        return start.adding(months: months).adding(days: -1)
    }

    /// The period that follows: the next year, or the next quarter.
    public var next: ReportingPeriod {
        guard quarter > 0 else { return ReportingPeriod(kind: kind, year: year + 1, quarter: 0) }
        return quarter == 4 ? ReportingPeriod(kind: kind, year: year + 1, quarter: 1) : ReportingPeriod(kind: kind, year: year, quarter: quarter + 1)
    }

    /// What a period may look like, for messages about one that is not.
    public static let forms = "a year (2021), a financial year (2022/23) or a quarter (2024 Q1, 2023/24 Q3)"

    /// The same period a year earlier: what a year-on-year comparison is made with.
    public var yearEarlier: ReportingPeriod {
        ReportingPeriod(kind: kind, year: year - 1, quarter: quarter)
    }

    /// Encoded as its label ("2022/23"), as the JSON report shows it.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = ReportingPeriod(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not \(Self.forms)")
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.end, lhs.start) < (rhs.end, rhs.start)
    }
}
