/// Reads a rule pack from YAML text, strictly.
public enum RulePackLoader {
    static let packKeys = ["version", "id", "title", "revision", "source", "owners", "kinds", "indicators", "rules"]
    static let ruleKeys = ["id", "title", "desired_state", "owners", "deadline", "severity", "source", "evidence", "remediation", "examples"]
    static let leafKeys = [
        "evidence", "status", "approved_by", "approved_within", "reviewed_within", "approved_by_deadline",
        "in_review_date", "characteristics", "topics", "min_count", "describe", "with_tags", "responds_to",
    ]
    static let combinatorKeys = ["all", "any", "not", "at_least", "rule"]

    public static func load(text: String, file: String, isBuiltin: Bool) throws -> RulePack {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ParityError("the rule pack is empty", at: .file(file))
        }
        let map = try root.mapping("a rule pack")
        try map.checkKeys(packKeys)
        try map.requireVersion1(of: "rule pack")
        let id = try map.required("id").string("pack id")
        let owners = try map.required("owners").list("owners").map { try $0.string("an owner") }
        let kinds = try map.required("kinds").list("kinds").map { try $0.string("a kind") }
        try rejectDuplicates(map.required("owners"), what: "owner")
        try rejectDuplicates(map.required("kinds"), what: "kind")

        let context = Context(file: file, pack: id, owners: owners, kinds: kinds)
        var rules: [Rule] = []
        var errors: [ParityError] = []
        for ruleValue in try map.required("rules").list("rules") {
            do {
                rules.append(try rule(ruleValue, context: context))
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        var indicators: [Indicator] = []
        if let value = map["indicators"] {
            do {
                indicators = try IndicatorReader.indicators(value, pack: id)
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            } catch let error as ParityError {
                errors.append(error)
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        return RulePack(
            id: id,
            title: try map.required("title").string("title"),
            revision: try map.required("revision").string("revision"),
            source: try map.required("source").string("source"),
            owners: owners,
            kinds: kinds,
            rules: rules,
            indicators: indicators,
            file: file,
            isBuiltin: isBuiltin
        )
    }

    final class Context {
        let file: String
        let pack: String
        let owners: [String]
        let kinds: [String]
        /// Conditions read so far, against `YAMLDocument.maximumConditions`.
        var conditions = 0

        init(file: String, pack: String, owners: [String], kinds: [String]) {
            self.file = file
            self.pack = pack
            self.owners = owners
            self.kinds = kinds
        }
    }

    static func rejectDuplicates(_ value: YAMLValue, what: String) throws {
        var seen: Set<String> = []
        for element in try value.list("\(what)s") {
            let text = try element.string(what)
            guard seen.insert(text).inserted else { throw element.error("\(what) '\(text)' is listed twice") }
        }
    }

    static func rule(_ value: YAMLValue, context: Context) throws -> Rule {
        let map = try value.mapping("a rule")
        try map.checkKeys(ruleKeys)
        let id = try map.required("id").string("rule id")
        let owners = try map.required("owners").scalarOrList("owners")
        var ownerNames: [String] = []
        for owner in owners {
            let name = try owner.string("an owner")
            guard context.owners.contains(name) else {
                throw owner.error("owner '\(name)' of rule \(id) is not declared in the pack's owners\(Suggestion.didYouMean(name, among: context.owners))")
            }
            ownerNames.append(name)
        }
        guard !ownerNames.isEmpty else { throw map["owners"]!.error("rule \(id) has no owners") }
        let deadline = try deadline(map.required("deadline"))
        let evidence = try condition(map.required("evidence"), context: context)
        if deadline == .ongoing, let leaf = evidence.leaves.first(where: \.approvedByDeadline) {
            throw ParityError("approved_by_deadline needs a deadline, but rule \(id) is ongoing", at: leaf.location)
        }
        return Rule(
            id: id,
            pack: context.pack,
            title: try map.required("title").string("title"),
            desiredState: try map.required("desired_state").string("desired_state"),
            owners: ownerNames,
            deadline: deadline,
            severity: try map.required("severity").oneOf(Severity.self, "severity"),
            source: try map.required("source").string("source"),
            evidence: evidence,
            remediation: try map.required("remediation").string("remediation"),
            examples: try map["examples"].map { try RuleExampleReader.examples($0, rule: id, file: context.file) } ?? [],
            location: map.location
        )
    }

    static func deadline(_ value: YAMLValue) throws -> Deadline {
        if value.isMapping {
            let map = try value.mapping("a plan deadline")
            try map.checkKeys(["plan_months"])
            let months = try map.required("plan_months").list("plan_months: [FROM, TO]")
            guard months.count == 2 else {
                throw try map.required("plan_months").error("plan_months takes two month numbers, [FROM, TO]")
            }
            let from = try months[0].int("the first plan month", range: 1...120)
            let to = try months[1].int("the last plan month", range: 1...120)
            guard from <= to else { throw months[1].error("plan month \(to) comes before month \(from)") }
            return .planMonths(from: from, to: to)
        }
        let text = try value.string("deadline")
        if text == "ongoing" { return .ongoing }
        return .date(try value.date("deadline (a date, 'ongoing' or { plan_months: [FROM, TO] })"))
    }

    static func condition(_ value: YAMLValue, context: Context) throws -> Condition {
        context.conditions += 1
        guard context.conditions <= YAMLDocument.maximumConditions else {
            throw value.error("the pack holds more than \(YAMLDocument.maximumConditions) conditions (counting every alias expansion); parity stops here to protect against runaway aliases", code: .limitExceeded)
        }
        let map = try value.mapping("a condition")
        let location = map.location
        if map["evidence"] != nil { return .evidence(try leaf(map, context: context)) }
        if map["measure"] != nil { return .measure(try IndicatorReader.leaf(map)) }
        let combinators = map.keys.filter(combinatorKeys.contains)
        guard combinators.count == 1, let key = combinators.first else {
            if combinators.count > 1 {
                throw map.error("a condition has one of \(combinatorKeys.joined(separator: ", ")), 'evidence' or 'measure', found \(combinators.joined(separator: " and "))")
            }
            try map.checkKeys(combinatorKeys + ["evidence", "measure"])
            throw map.error("a condition needs one of \(combinatorKeys.joined(separator: ", ")), 'evidence' or 'measure'")
        }
        switch key {
        case "all", "any":
            try map.checkKeys([key])
            let children = try map.required(key).list("\(key): [conditions]").map { try condition($0, context: context) }
            guard !children.isEmpty else { throw try map.required(key).error("'\(key)' needs at least one condition") }
            return key == "all" ? .all(children, at: location) : .any(children, at: location)
        case "not":
            try map.checkKeys(["not"])
            return .not(try condition(map.required("not"), context: context), at: location)
        case "at_least":
            try map.checkKeys(["at_least", "of"])
            let children = try map.required("of").list("of: [conditions]").map { try condition($0, context: context) }
            let count = try map.required("at_least").int("at_least", range: 1...max(1, children.count))
            return .atLeast(count, of: children, at: location)
        default:
            try map.checkKeys(["rule"])
            return .rule(try map.required("rule").string("rule id"), at: try map.required("rule").location)
        }
    }

    static func leaf(_ map: YAMLMapping, context: Context) throws -> EvidenceLeaf {
        try map.checkKeys(leafKeys)
        let selectionMap = try map.required("evidence").mapping("an evidence selection")
        try selectionMap.checkKeys(["kind", "tag", "claims"])
        let selection = try self.selection(selectionMap, context: context)
        var leaf = EvidenceLeaf(selection: selection, location: map.location)
        leaf.withTags = try map["with_tags"]?.strings("with_tags") ?? []
        if let response = map["responds_to"] {
            let responseMap = try response.mapping("responds_to ({ kind: data-review, tag: inconsistency-found, within: P2M })")
            try responseMap.checkKeys(["kind", "tag", "within"])
            let within = try responseMap.required("within").period("within")
            var answered = try self.selection(responseMap, context: context)
            answered.claims = nil
            leaf.respondsTo = EvidenceResponse(selection: answered, within: within)
        }
        leaf.statuses = try map["status"]?.scalarOrList("status").map { try $0.oneOf(ItemStatus.self, "status") } ?? []
        leaf.approvedBy = try map["approved_by"]?.strings("approved_by") ?? []
        leaf.approvedWithin = try map["approved_within"]?.period("approved_within")
        leaf.reviewedWithin = try map["reviewed_within"]?.period("reviewed_within")
        leaf.approvedByDeadline = try map["approved_by_deadline"]?.bool("approved_by_deadline") ?? false
        leaf.inReviewDate = try map["in_review_date"]?.bool("in_review_date") ?? false
        leaf.characteristics = try map["characteristics"].map(EvidenceItemReader.characteristics) ?? []
        leaf.topics = try map["topics"]?.strings("topics").map { $0.lowercased() } ?? []
        leaf.minCount = try map["min_count"]?.int("min_count", range: 1...1000) ?? 1
        leaf.describe = try map["describe"]?.string("describe")
        return leaf
    }

    /// Which items a leaf (or the items it answers) looks at: kinds the pack declares, tags, claims.
    static func selection(_ selectionMap: YAMLMapping, context: Context) throws -> EvidenceSelection {
        var selection = EvidenceSelection()
        if let kinds = selectionMap["kind"] {
            for kind in try kinds.scalarOrList("kind") {
                let name = try kind.string("kind")
                guard context.kinds.contains(name) else {
                    throw kind.error("kind '\(name)' is not declared in the pack's kinds\(Suggestion.didYouMean(name, among: context.kinds))")
                }
                selection.kinds.append(name)
            }
        }
        selection.tags = try selectionMap["tag"]?.strings("tag") ?? []
        if let claims = selectionMap["claims"] {
            if let text = claims.plainText, ["true", "false"].contains(text) {
                guard try claims.bool("claims") else {
                    throw claims.error("claims: false selects nothing; leave it out, or name a rule id")
                }
                selection.claims = .thisRule
            } else {
                selection.claims = .rule(try claims.string("claims"))
            }
        }
        guard !selection.kinds.isEmpty || !selection.tags.isEmpty || selection.claims != nil else {
            throw selectionMap.error("an evidence selection needs at least one of kind, tag or claims")
        }
        return selection
    }
}
