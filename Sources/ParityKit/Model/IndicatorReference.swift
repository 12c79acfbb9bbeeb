/// A published series an indicator's figures are read against: the national WRES figures
/// for NHS trusts in England, say. Declared in a pack's indicator as `reference:`, with
/// where the figures come from; `parity rollup` draws it beside the system's own figures.
public struct IndicatorReference: Hashable, Codable, Sendable {
    public struct Point: Hashable, Codable, Sendable {
        /// The period as the pack writes it: "2021", "2021/22".
        public var period: String
        public var value: Double

        public init(period: String, value: Double) {
            self.period = period
            self.value = value
        }
    }

    /// What the series is: "NHS trusts in England".
    public var label: String
    /// Where the figures were published, and their years.
    public var source: String
    public var points: [Point]

    public init(label: String, source: String, points: [Point]) {
        self.label = label
        self.source = source
        self.points = points
    }
}
