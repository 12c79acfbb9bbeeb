import Foundation

/// Reads the figures a trust keeps for its indicators: CSV files a data team exports, or
/// YAML files that also hold reduction targets. Every row keeps its line and column.
enum MeasureFileReader {
    static let columns = ["indicator", "period", "group", "value", "numerator", "denominator", "published", "note"]
    static let observationKeys = columns
    static let targetKeys = ["indicator", "group", "baseline", "target", "by", "set_on", "approved_by", "note"]

    struct Contents {
        var observations: [Observation] = []
        var targets: [ReductionTarget] = []
    }

    static func read(path: String, url: URL) throws -> Contents {
        let text = try YAMLDocument.readText(at: url, displayPath: path)
        if path.lowercased().hasSuffix(".csv") {
            return Contents(observations: try csv(text: text, file: path))
        }
        return try yaml(text: text, file: path)
    }

    // MARK: CSV

    static func csv(text: String, file: String) throws -> [Observation] {
        let records = try CSVTable(text: text, file: file).records
        guard let header = records.first else { throw ParityError("the measures file is empty; it needs a header row: \(columns.joined(separator: ","))", at: .file(file)) }
        var index: [String: Int] = [:]
        // Spreadsheets often end the header with empty cells (a trailing comma); such a
        // column is ignored while it stays empty.
        var unnamed: Set<Int> = []
        for (position, field) in header.enumerated() {
            let name = field.text.trimmingWhitespace.lowercased()
            if name.isEmpty {
                unnamed.insert(position)
                continue
            }
            guard columns.contains(name) else {
                throw ParityError("unknown column '\(field.text)'\(Suggestion.didYouMean(name, among: columns)); columns: \(columns.joined(separator: ", "))", at: field.location, code: .unknownKey)
            }
            if index[name] != nil { throw ParityError("column '\(name)' appears twice", at: field.location) }
            index[name] = position
        }
        for required in ["indicator", "period"] where index[required] == nil {
            throw ParityError("the header has no '\(required)' column; columns: \(columns.joined(separator: ", "))", at: header[0].location)
        }
        guard index["value"] != nil || (index["numerator"] != nil && index["denominator"] != nil) else {
            throw ParityError("the header needs a 'value' column, or 'numerator' and 'denominator'", at: header[0].location)
        }
        var observations: [Observation] = []
        var errors: [ParityError] = []
        for record in records.dropFirst() {
            do {
                guard record.count <= header.count else {
                    throw ParityError("this row has \(record.count) fields but the header has \(header.count)", at: record[header.count].location)
                }
                if let stray = unnamed.sorted().first(where: { $0 < record.count && !record[$0].text.trimmingWhitespace.isEmpty }) {
                    throw ParityError("'\(record[stray].text)' is in a column with no name in the header", at: record[stray].location)
                }
                let rowStart = record[0].location
                let fields: [String: CSVTable.Field] = index.compactMapValues { position in
                    guard position < record.count else { return nil }
                    let field = record[position]
                    return field.text.trimmingWhitespace.isEmpty ? nil : field
                }
                observations.append(try observation(
                    fields.mapValues { (text: $0.text.trimmingWhitespace, location: $0.location) }, row: rowStart))
            } catch let error as ParityError {
                errors.append(error)
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        return observations
    }

    typealias RawField = (text: String, location: SourceLocation)

    /// One figure from named fields, whether a CSV row or a YAML mapping gave them.
    static func observation(_ fields: [String: RawField], row: SourceLocation) throws -> Observation {
        guard let indicator = fields["indicator"] else { throw ParityError("this row has no indicator", at: row) }
        guard let periodField = fields["period"] else { throw ParityError("this row has no period", at: row) }
        guard let period = ReportingPeriod(periodField.text) else {
            throw ParityError("period '\(periodField.text)' is not \(ReportingPeriod.forms)", at: periodField.location)
        }
        var observation = Observation(indicator: indicator.text, period: period, group: fields["group"]?.text, location: row)
        if let value = fields["value"] {
            guard let number = MeasureText.number(value.text) else {
                throw ParityError("value '\(value.text)' is not a number\(MeasureText.hint(value.text))", at: value.location)
            }
            guard abs(number) < MeasureText.largest else {
                throw ParityError("value '\(value.text)' is too large for a figure (parity reads figures below 1,000,000,000,000)", at: value.location)
            }
            observation.value = number
            observation.valueLocation = value.location
            observation.percentSign = MeasureText.hasPercentSign(value.text)
        }
        for key in ["numerator", "denominator"] {
            guard let field = fields[key] else { continue }
            guard let count = MeasureText.count(field.text) else {
                throw ParityError("\(key) '\(field.text)' is not a whole number of people or cases", at: field.location)
            }
            guard Double(count) < MeasureText.largest else {
                throw ParityError("\(key) '\(field.text)' is too large for a count of people or cases", at: field.location)
            }
            if key == "numerator" { observation.numerator = count } else { observation.denominator = count }
        }
        switch (observation.value, observation.numerator, observation.denominator) {
        case (_?, nil, nil), (nil, _?, _?): break
        case (_?, _, _):
            throw ParityError("give a value or a numerator and denominator, not both", at: (fields["numerator"] ?? fields["denominator"])!.location)
        case (nil, _?, nil):
            throw ParityError("a numerator needs a denominator", at: fields["numerator"]!.location)
        case (nil, nil, _?):
            throw ParityError("a denominator needs a numerator", at: fields["denominator"]!.location)
        case (nil, nil, nil):
            throw ParityError("this row has neither a value nor a numerator and denominator", at: row)
        }
        if let numerator = observation.numerator, let denominator = observation.denominator, numerator > denominator {
            throw ParityError("numerator \(numerator) is larger than denominator \(denominator); a rate counts people in the group", at: fields["numerator"]!.location)
        }
        if let published = fields["published"] {
            guard let date = CivilDate(iso: published.text) else {
                throw ParityError("published '\(published.text)' is not a date YYYY-MM-DD", at: published.location)
            }
            // A figure cannot be known before its period is over: a date inside it is a typing error.
            guard date > period.end else {
                throw ParityError("published \(date) is not after the end of the period \(period) (\(period.end)); a figure is known only once its period is over", at: published.location)
            }
            observation.published = date
        }
        return observation
    }

    // MARK: YAML

    static func yaml(text: String, file: String) throws -> Contents {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ParityError("the measures file is empty", at: .file(file))
        }
        let map = try root.mapping("a measures file")
        try map.checkKeys(["version", "observations", "targets"])
        let version = try map.required("version").int("version", range: 1...Int.max)
        guard version == 1 else { throw map["version"]!.error("measures file version \(version) is not supported; this parity reads version 1") }
        return try contents(observations: map["observations"], targets: map["targets"])
    }

    /// Figures and targets from YAML lists, as a measures file or a rule example gives them.
    static func contents(observations: YAMLValue?, targets: YAMLValue?) throws -> Contents {
        var contents = Contents()
        var errors: [ParityError] = []
        for entry in try observations?.list("observations") ?? [] {
            do {
                let entryMap = try entry.mapping("an observation")
                try entryMap.checkKeys(observationKeys)
                var fields: [String: RawField] = [:]
                for key in entryMap.keys where key != "note" {
                    let value = entryMap[key]!
                    fields[key] = (try value.string(key), value.location)
                }
                contents.observations.append(try observation(fields, row: entryMap.location))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        for entry in try targets?.list("targets") ?? [] {
            do {
                contents.targets.append(try target(entry))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        return contents
    }

    static func target(_ value: YAMLValue) throws -> ReductionTarget {
        let map = try value.mapping("a reduction target")
        try map.checkKeys(targetKeys)
        let baselineMap = try map.required("baseline").mapping("a baseline ({ period: 2022/23, value: 27.5 })")
        try baselineMap.checkKeys(["period", "value"])
        let periodValue = try baselineMap.required("period")
        let periodText = try periodValue.string("baseline period")
        guard let period = ReportingPeriod(periodText) else {
            throw periodValue.error("baseline period '\(periodText)' is not \(ReportingPeriod.forms)")
        }
        return ReductionTarget(
            indicator: try map.required("indicator").string("indicator"),
            group: try map["group"]?.string("group"),
            baselinePeriod: period,
            baselineValue: try baselineMap["value"]?.number("baseline value"),
            value: try map.required("target").number("target"),
            by: try map.required("by").date("by"),
            setOn: try map["set_on"]?.date("set_on"),
            approvedBy: try map["approved_by"]?.string("approved_by"),
            location: map.location)
    }
}
