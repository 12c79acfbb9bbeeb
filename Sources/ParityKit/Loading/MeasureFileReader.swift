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
                observations.append(try ObservationReader.observation(
                    fields.mapValues { (text: $0.text.trimmingWhitespace, location: $0.location) }, row: rowStart))
            } catch let error as ParityError {
                errors.append(error)
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            }
        }
        return Contents(observations: observations, errors: errors)
    }

    // MARK: YAML

    static func yaml(text: String, file: String) throws -> Contents {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ParityError("the measures file is empty", at: .file(file))
        }
        let map = try root.mapping("a measures file")
        try map.checkKeys(["version", "observations", "targets"])
        try map.requireVersion1(of: "measures file")
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
                var fields: [String: ObservationReader.RawField] = [:]
                for key in entryMap.keys where key != "note" {
                    let value = entryMap[key]!
                    fields[key] = (try value.string(key), value.location)
                }
                contents.observations.append(try ObservationReader.observation(fields, row: entryMap.location))
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
