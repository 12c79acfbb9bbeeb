import Foundation

/// Reads the figures a trust keeps for its indicators: CSV files a data team exports, or
/// YAML files that also hold reduction targets. Every row keeps its line and column.
enum MeasureFileReader {
    static let columns = ["indicator", "period", "group", "value", "numerator", "denominator", "published", "fraction_ok", "note"]
    static let observationKeys = columns
    static let targetKeys = ["indicator", "group", "baseline", "target", "by", "set_on", "approved_by", "note"]

    struct Contents {
        var observations: [Observation] = []
        var targets: [ReductionTarget] = []
        /// Rows refused; the rows read beside them are still checked against one another,
        /// so one pass names every mistake in the file.
        var errors: [ParityError] = []
    }

    /// Every row's error, with the rows that could be read. Throws only when the file as a
    /// whole cannot be read (not text, bad YAML, a broken header).
    static func readLeniently(path: String, url: URL) throws -> Contents {
        let text = try YAMLDocument.readText(at: url, displayPath: path)
        if path.lowercased().hasSuffix(".csv") {
            return try csv(text: text, file: path)
        }
        return try yaml(text: text, file: path)
    }

    static func read(path: String, url: URL) throws -> Contents {
        let contents = try readLeniently(path: path, url: url)
        if !contents.errors.isEmpty { throw ParityErrors(contents.errors) }
        return contents
    }

    // MARK: CSV

    static func csv(text: String, file: String) throws -> Contents {
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
        return Contents(observations: observations, errors: errors)
    }

    typealias RawField = (text: String, location: SourceLocation)

    /// One figure from named fields, whether a CSV row or a YAML mapping gave them.
    static func observation(_ fields: [String: RawField], row: SourceLocation) throws -> Observation {
        // Fields are independent: a row with a bad period and a bad value names both.
        var errors: [ParityError] = []
        func field<T>(_ body: () throws -> T?) -> T? {
            do { return try body() } catch let error as ParityError {
                errors.append(error)
            } catch {
                errors.append(ParityError("\(error)", at: row))
            }
            return nil
        }
        let indicator = field { () -> RawField in
            guard let indicator = fields["indicator"] else { throw ParityError("this row has no indicator", at: row) }
            return indicator
        }
        let period = field { () -> ReportingPeriod in
            guard let periodField = fields["period"] else { throw ParityError("this row has no period", at: row) }
            guard let period = ReportingPeriod(periodField.text) else {
                throw ParityError("period '\(periodField.text)' is not \(ReportingPeriod.forms)", at: periodField.location)
            }
            return period
        }
        let value = field { () -> Double? in
            guard let value = fields["value"] else { return nil }
            guard let number = MeasureText.number(value.text) else {
                throw ParityError("value '\(value.text)' is not a number\(MeasureText.hint(value.text))", at: value.location)
            }
            guard abs(number) < MeasureText.largest else {
                throw ParityError("value '\(value.text)' is too large for a figure (parity reads figures below 1,000,000,000,000)", at: value.location)
            }
            return number
        } ?? nil
        var counts: [String: Int] = [:]
        for key in ["numerator", "denominator"] {
            counts[key] = field { () -> Int? in
                guard let field = fields[key] else { return nil }
                guard let count = MeasureText.count(field.text) else {
                    throw ParityError("\(key) '\(field.text)' is not a whole number of people or cases", at: field.location)
                }
                guard Double(count) < MeasureText.largest else {
                    throw ParityError("\(key) '\(field.text)' is too large for a count of people or cases", at: field.location)
                }
                return count
            } ?? nil
        }
        let fractionOK = field { () -> Bool in
            guard let flag = fields["fraction_ok"] else { return false }
            switch flag.text.lowercased() {
            case "true": return true
            case "false": return false
            default: throw ParityError("fraction_ok '\(flag.text)' is not true or false", at: flag.location)
            }
        } ?? false
        let published = field { () -> CivilDate? in
            guard let published = fields["published"] else { return nil }
            guard let date = CivilDate(iso: published.text) else {
                throw ParityError("published '\(published.text)' is not a date YYYY-MM-DD", at: published.location)
            }
            // A figure cannot be known before its period is over: a date inside it is a typing error.
            if let period, date <= period.end {
                throw ParityError("published \(date) is not after the end of the period \(period) (\(period.end)); a figure is known only once its period is over", at: published.location)
            }
            return date
        } ?? nil
        // Whether the row gives a value or counts is judged on what it wrote, even where
        // the writing was refused above.
        let givesValue = fields["value"] != nil, givesNumerator = fields["numerator"] != nil, givesDenominator = fields["denominator"] != nil
        switch (givesValue, givesNumerator, givesDenominator) {
        case (true, false, false), (false, true, true): break
        case (true, _, _):
            errors.append(ParityError("give a value or a numerator and denominator, not both", at: (fields["numerator"] ?? fields["denominator"])!.location))
        case (false, true, false):
            errors.append(ParityError("a numerator needs a denominator", at: fields["numerator"]!.location))
        case (false, false, true):
            errors.append(ParityError("a denominator needs a numerator", at: fields["denominator"]!.location))
        case (false, false, false):
            errors.append(ParityError("this row has neither a value nor a numerator and denominator", at: row))
        }
        if let numerator = counts["numerator"], let denominator = counts["denominator"], numerator > denominator {
            errors.append(ParityError("numerator \(numerator) is larger than denominator \(denominator); a rate counts people in the group", at: fields["numerator"]!.location))
        }
        guard errors.isEmpty, let indicator, let period else { throw ParityErrors(errors) }
        var observation = Observation(indicator: indicator.text, period: period, group: fields["group"]?.text, value: value,
                                      numerator: counts["numerator"], denominator: counts["denominator"], published: published, location: row)
        if let value = fields["value"] {
            observation.valueLocation = value.location
            observation.percentSign = MeasureText.hasPercentSign(value.text)
        }
        observation.fractionOK = fractionOK
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
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            }
        }
        for entry in try targets?.list("targets") ?? [] {
            do {
                contents.targets.append(try target(entry))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        contents.errors = errors
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
