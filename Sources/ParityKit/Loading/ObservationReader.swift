/// One figure from its named fields, the same for a CSV row and a YAML mapping, with every
/// mistake in the row named at once.
enum ObservationReader {
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
}
