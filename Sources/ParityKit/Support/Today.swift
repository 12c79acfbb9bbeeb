import Foundation

/// The one place parity reads the clock: today's date in Europe/London, where NHS
/// deadlines fall. The CLI calls it only when no `--as-of` is given.
public enum Today {
    public static func inLondon(now: Date = Date()) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
