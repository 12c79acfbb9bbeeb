import Foundation

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

        /// A ratio or gap is one figure made from two groups, judged whole.
        public var comparesGroups: Bool { self == .relativeLikelihood || self == .gap }
    }

    /// Which way is an improvement.
    public enum Better: String, CaseIterable, Hashable, Sendable {
        case lower, higher
        /// Closer to 1.00 on either side, for a ratio where both sides are adverse.
        case parity
    }

    public var id: String
    public var title: String
    public var measure: Measure
    /// The group whose figure is judged, and the numerator group of a ratio or gap.
    public var subject: String?
    public var comparator: String?
    /// Who a figure without a group covers ("board and executive members"); figures say
    /// "all staff" when the pack does not name it.
    public var population: String?
    public var better: Better
    /// The non-adverse range, when the indicator has one (0.80–1.25 for WRES ratios).
    public var band: ClosedRange<Double>?
    /// Fewer cases than this in a group mark a computed figure low-confidence.
    public var minCases: Int
    public var tags: [String]
    /// A published series to read the figures against (the national WRES figures), if the
    /// pack carries one.
    public var reference: IndicatorReference?
    public var pack: String
    public var location: SourceLocation

    public init(id: String, title: String, measure: Measure, subject: String? = nil, comparator: String? = nil,
                population: String? = nil, better: Better, band: ClosedRange<Double>? = nil, minCases: Int = 10, decimals: Int? = nil,
                tags: [String] = [], reference: IndicatorReference? = nil, pack: String, location: SourceLocation) {
        self.decimals = decimals ?? (measure == .relativeLikelihood ? 2 : 1)
        self.id = id
        self.title = title
        self.measure = measure
        self.subject = subject
        self.comparator = comparator
        self.population = population
        self.better = better
        self.band = band
        self.minCases = minCases
        self.tags = tags
        self.reference = reference
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

    /// Indicators by id; the first declared wins (a second is a pack error reported elsewhere).
    static func index(_ indicators: [Indicator]) -> [String: Indicator] {
        Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether `new` is better than `old` for this indicator.
    public func isBetter(_ new: Double, than old: Double) -> Bool {
        switch better {
        case .lower: return new < old
        case .higher: return new > old
        case .parity:
            // 0.50 is as far from parity as 2.00: compare distances on the log scale.
            guard new > 0, old > 0 else { return new > 0 && old <= 0 }
            // Printed figures are rounded, so 0.80 and 1.25 must tie: a difference below
            // rounding noise is no difference at all.
            return abs(log(old)) - abs(log(new)) > 1e-9
        }
    }
}

enum MeasureNumber {
    static func scale(_ decimals: Int) -> Int {
        (0..<max(0, min(decimals, 6))).reduce(1) { product, _ in product * 10 }
    }

    /// Rounds half away from zero on the decimal value, as a published table does: 1.255
    /// is 1.26, although the nearest binary double lies just below it.
    static func round(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite, let exact = Decimal(string: "\(value)") else { return value }
        return round(exact, decimals: decimals)
    }

    static func round(_ value: Decimal, decimals: Int) -> Double {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, decimals, .plain)
        // Through the decimal text: NSDecimalNumber.doubleValue can land one ulp off (1.37 → 1.3699999999999999).
        return Double(rounded.description) ?? NSDecimalNumber(decimal: rounded).doubleValue
    }

    /// Fixed decimals without Foundation's locale-dependent formatting.
    static func format(_ value: Double, decimals: Int) -> String {
        let scale = scale(decimals)
        // Loaders refuse figures beyond 1e12; anything that would not fit an Int here is
        // printed plainly rather than trapping on the conversion.
        guard value.isFinite, abs(value) * Double(scale) < 9e18 else { return "\(value)" }
        // Half up on the decimal value, as `round` does: 1.255 prints as 1.26.
        let scaled = Int((abs(round(value, decimals: decimals)) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(scaled)" }
        let digits = String(scaled % scale)
        return "\(sign)\(scaled / scale).\(String(repeating: "0", count: decimals - digits.count))\(digits)"
    }
}
