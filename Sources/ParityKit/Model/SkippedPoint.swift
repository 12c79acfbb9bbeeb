/// A tag history left out, with the reason: no policy repository there, or one that cannot be read.
public struct SkippedPoint: Hashable, Codable, Sendable {
    public var label: String
    @NullEncoded public var commit: String?
    public var reason: String
}
