/// Reads a pack's `indicators:` and its conditions over figures (`measure:` leaves).
enum IndicatorReader {
    static let indicatorKeys = ["id", "title", "measure", "subject", "comparator", "population", "better", "band", "min_cases", "decimals", "tags", "reference"]
    static let leafKeys = ["measure", "group", "latest", "year_on_year", "target", "broken_down_by", "current_within", "optional", "describe"]

    static func indicators(_ value: YAMLValue, pack: String) throws -> [Indicator] {
        var indicators: [Indicator] = []
        var seen: [String: SourceLocation] = [:]
        var errors: [ParityError] = []
        for entry in try value.list("indicators") {
            do {
                let indicator = try self.indicator(entry, pack: pack)
                if let earlier = seen[indicator.id] {
                    throw ParityError("indicator id \(indicator.id) is already declared at \(earlier)", at: indicator.location)
                }
                seen[indicator.id] = indicator.location
                indicators.append(indicator)
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        return indicators
    }

    static func indicator(_ value: YAMLValue, pack: String) throws -> Indicator {
        let map = try value.mapping("an indicator")
        try map.checkKeys(indicatorKeys)
        let id = try map.required("id").string("indicator id")
        let measure = try map.required("measure").oneOf(Indicator.Measure.self, "measure")
        let subject = try map["subject"]?.string("subject")
        let comparator = try map["comparator"]?.string("comparator")
        if measure.comparesGroups {
            guard subject != nil, comparator != nil else {
                throw map.error("indicator \(id) is a \(measure.rawValue), so it needs a subject (the numerator group) and a comparator")
            }
        }
        if let subject, let comparator, subject.lowercased() == comparator.lowercased() {
            throw try map.required("comparator").error("indicator \(id) compares \(subject) with itself; the comparator must be another group")
        }
        let better = try map.required("better").oneOf(Indicator.Better.self, "better")
        if better == .parity, measure != .relativeLikelihood {
            throw try map.required("better").error("better: parity means closer to 1.00, which only a relative_likelihood has; indicator \(id) is a \(measure.rawValue)")
        }
        var band: ClosedRange<Double>?
        if let bandValue = map["band"] {
            band = try range(bandValue, "band")
        }
        return Indicator(
            id: id,
            title: try map.required("title").string("title"),
            measure: measure,
            subject: subject,
            comparator: comparator,
            population: try map["population"]?.string("population"),
            better: better,
            band: band,
            minCases: try map["min_cases"]?.int("min_cases", range: 0...1_000_000) ?? 10,
            decimals: try map["decimals"]?.int("decimals", range: 0...4),
            tags: try map["tags"]?.strings("tags") ?? [],
            reference: try map["reference"].map(reference),
            pack: pack,
            location: map.location)
    }

    /// `reference:`: a published series (label, source, values by period) to read figures against.
    static func reference(_ value: YAMLValue) throws -> IndicatorReference {
        let map = try value.mapping("an indicator's reference")
        try map.checkKeys(["label", "source", "values"])
        let values = try map.required("values").mapping("reference values (period: value)")
        guard !values.pairs.isEmpty else { throw try map.required("values").error("reference values list no period") }
        var points: [IndicatorReference.Point] = []
        for pair in values.pairs {
            guard ReportingPeriod(pair.key) != nil else {
                throw pair.keyValue.error("reference period '\(pair.key)' is not a period such as 2021, 2021/22 or 2021/22 Q3")
            }
            points.append(.init(period: pair.key, value: try pair.value.number("the reference value for \(pair.key)")))
        }
        return IndicatorReference(label: try map.required("label").string("label"),
                                  source: try map.required("source").string("source"), points: points)
    }

    /// `[LOW, HIGH]` with LOW ≤ HIGH.
    static func range(_ value: YAMLValue, _ what: String) throws -> ClosedRange<Double> {
        let bounds = try value.list("\(what): [LOW, HIGH]")
        guard bounds.count == 2 else { throw value.error("\(what) takes two numbers, [LOW, HIGH]") }
        let low = try bounds[0].number("the low end of \(what)")
        let high = try bounds[1].number("the high end of \(what)")
        guard low <= high else { throw bounds[1].error("the high end of \(what), \(high), is below the low end, \(low)") }
        return low...high
    }

    static func leaf(_ map: YAMLMapping) throws -> MeasureLeaf {
        try map.checkKeys(leafKeys)
        let selectionValue = try map.required("measure")
        let selection: MeasureLeaf.Selection
        if selectionValue.isMapping {
            let selectionMap = try selectionValue.mapping("a measure selection")
            try selectionMap.checkKeys(["indicator", "tag", "with_target"])
            if let id = selectionMap["indicator"] {
                guard selectionMap["with_target"] == nil else { throw selectionMap.error("with_target goes with tag; a named indicator is judged whether or not it has a target") }
                guard selectionMap["tag"] == nil else { throw selectionMap.error("a measure selection names an indicator or a tag, not both") }
                selection = .indicator(try id.string("indicator"))
            } else if let tag = selectionMap["tag"] {
                selection = .tag(try tag.string("tag"), withTarget: try selectionMap["with_target"]?.bool("with_target") ?? false)
            } else {
                throw selectionMap.error("a measure selection needs an indicator id or a tag")
            }
        } else {
            selection = .indicator(try selectionValue.string("measure (an indicator id)"))
        }
        var leaf = MeasureLeaf(selection: selection, location: map.location)
        leaf.group = try map["group"]?.string("group")
        if let latest = map["latest"] {
            leaf.latest = try bound(latest)
        }
        leaf.yearOnYear = try map["year_on_year"]?.oneOf(MeasureLeaf.YearOnYear.self, "year_on_year")
        leaf.target = try map["target"]?.oneOf(MeasureLeaf.TargetRequirement.self, "target")
        leaf.brokenDownBy = try map["broken_down_by"]?.strings("broken_down_by") ?? []
        leaf.currentWithin = try map["current_within"]?.period("current_within")
        leaf.optional = try map["optional"]?.bool("optional") ?? false
        leaf.describe = try map["describe"]?.string("describe")
        guard leaf.latest != nil || leaf.yearOnYear != nil || leaf.target != nil || !leaf.brokenDownBy.isEmpty
                || leaf.currentWithin != nil else {
            throw map.error("a measure condition needs at least one of latest, year_on_year, target, broken_down_by or current_within")
        }
        return leaf
    }

    static func bound(_ value: YAMLValue) throws -> MeasureLeaf.Bound {
        if value.isScalar {
            let text = try value.string("latest")
            guard text == "in_band" else {
                throw value.error("latest is 'in_band' or one of { at_most: N }, { at_least: N }, { between: [LOW, HIGH] }, found '\(text)'")
            }
            return .inBand
        }
        let map = try value.mapping("latest")
        try map.checkKeys(["at_most", "at_least", "between"])
        guard map.keys.count == 1, let key = map.keys.first else {
            throw map.error("latest takes one of at_most, at_least or between")
        }
        switch key {
        case "at_most": return .atMost(try map.required(key).number("at_most"))
        case "at_least": return .atLeast(try map.required(key).number("at_least"))
        default:
            let range = try range(map.required(key), "between")
            return .between(range.lowerBound, range.upperBound)
        }
    }
}
