/// A measure a pack judges figures by: a WRES indicator, a staff survey question, a
/// trust's own. Declared in a pack's `indicators:`; figures come from the inventory.
public struct Indicator: Hashable, Sendable {
    /// How the judged figure is made from the rows a trust supplies.
    public enum Measure: String, CaseIterable, Hashable, Sendable {
        /// Taken as given.
        case value
        /// A percentage per group, given or from numerator ÷ denominator.
        case percentage
        /// (subject numerator ÷ subject denominator) ÷ (comparator numerator ÷ comparator
        /// denominator), or the ratio as given; 1.00 is parity.
        case relativeLikelihood = "relative_likelihood"
        /// Subject percentage minus comparator percentage, in percentage points.
        case gap
    }

    /// Which way is an improvement.
    public enum Better: String, CaseIterable, Hashable, Sendable {
        case lower, higher
    }

    public var id: String
    public var title: String
    public var measure: Measure
    /// The group whose figure is judged, and the numerator group of a ratio or gap.
    public var subject: String?
    public var comparator: String?
    public var better: Better
    /// The non-adverse range, when the indicator has one (0.80–1.25 for WRES ratios).
    public var band: ClosedRange<Double>?
    /// Fewer cases than this in a group mark a computed figure low-confidence.
    public var minCases: Int
    public var tags: [String]
    public var pack: String
    public var location: SourceLocation

    public init(id: String, title: String, measure: Measure, subject: String? = nil, comparator: String? = nil,
                better: Better, band: ClosedRange<Double>? = nil, minCases: Int = 10, decimals: Int? = nil,
                tags: [String] = [], pack: String, location: SourceLocation) {
        self.decimals = decimals ?? (measure == .relativeLikelihood ? 2 : 1)
        self.id = id
        self.title = title
        self.measure = measure
        self.subject = subject
        self.comparator = comparator
        self.better = better
        self.band = band
        self.minCases = minCases
        self.tags = tags
        self.pack = pack
        self.location = location
    }

    /// Figures are rounded as they are published, and judged as shown: by default ratios
    /// to two decimals, percentages, points and values to one.
    public var decimals: Int

    public var unit: String {
        switch measure {
        case .percentage: return "%"
        case .gap: return " points"
        case .relativeLikelihood, .value: return ""
        }
    }

    /// `value` as a reader sees it: "1.45", "16.7%", "-13.6 points".
    public func format(_ value: Double) -> String {
        MeasureNumber.format(value, decimals: decimals) + unit
    }

    /// Whether `new` is better than `old` for this indicator.
    public func isBetter(_ new: Double, than old: Double) -> Bool {
        better == .lower ? new < old : new > old
    }
}

enum MeasureNumber {
    static func scale(_ decimals: Int) -> Int {
        (0..<max(0, min(decimals, 6))).reduce(1) { product, _ in product * 10 }
    }

    static func round(_ value: Double, decimals: Int) -> Double {
        let scale = Double(scale(decimals))
        return (value * scale).rounded() / scale
    }

    /// Fixed decimals without Foundation's locale-dependent formatting.
    static func format(_ value: Double, decimals: Int) -> String {
        // Loaders refuse figures beyond 1e12; anything larger here is a computed
        // artefact, printed plainly rather than trapping on the conversion to Int.
        guard abs(value) < 1e15 else { return "\(value)" }
        let scale = scale(decimals)
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(scaled)" }
        let digits = String(scaled % scale)
        return "\(sign)\(scaled / scale).\(String(repeating: "0", count: decimals - digits.count))\(digits)"
    }
}
