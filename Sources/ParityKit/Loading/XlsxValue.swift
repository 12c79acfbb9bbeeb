/// A cell's value as the workbook stores it.
public enum XlsxValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(CivilDate)
    /// An error value such as #REF!, kept so that it can be refused by name.
    case error(String)

    /// The value as a person reads it: text as it is, whole numbers without ".0", dates ISO.
    public var text: String {
        switch self {
        case .text(let text), .error(let text): return text
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .date(let date): return date.description
        }
    }

    /// A day from Excel's serial number: in the 1900 system day 1 is 1900-01-01 and day
    /// 60 is 29 February 1900, which never was (Lotus 1-2-3's mistake, kept by Excel), so
    /// later days are one less; in the 1904 system day 0 is 1904-01-01. A time of day is
    /// dropped. Nil for a serial that names no day.
    public static func date(serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        if date1904 { return CivilDate(year: 1904, month: 1, day: 1)!.adding(days: day) }
        guard day >= 1, day != 60 else { return nil }
        return CivilDate(year: 1899, month: 12, day: 30).map { $0.adding(days: day < 60 ? day + 1 : day) }
    }
}
