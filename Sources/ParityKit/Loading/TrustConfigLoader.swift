/// Reads a trust's `parity.yaml`.
enum TrustConfigLoader {
    static let keys = ["version", "organisation", "plan_start", "packs", "due_soon_days", "overrides", "waivers", "waiver_max_months", "plan_title", "paper"]
    static let waiverKeys = ["rule", "reason", "approved_by", "approved_on", "expires", "scope"]

    static func load(text: String, file: String) throws -> TrustConfig {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ParityError("parity.yaml is empty; it needs at least version, organisation and packs", at: .file(file))
        }
        let map = try root.mapping("parity.yaml")
        try map.checkKeys(keys)
        try map.requireVersion1(of: "parity.yaml")
        var packs: [TrustConfig.PackReference] = []
        var seen: Set<String> = []
        for entry in try map.required("packs").list("packs") {
            let name = try entry.string("a pack")
            guard seen.insert(name).inserted else { throw entry.error("pack '\(name)' is listed twice") }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
                guard !name.hasPrefix("/") else {
                    throw entry.error("pack path '\(name)' is absolute; give it relative to the repository root", code: .pathOutsideRepository)
                }
                packs.append(.file(name, at: entry.location))
            } else {
                guard BuiltinPacks.ids.contains(name) else {
                    throw entry.error("no built-in pack '\(name)'\(Suggestion.didYouMean(name, among: BuiltinPacks.ids)); built-in packs: \(BuiltinPacks.ids.joined(separator: ", ")); a pack of your own is named by its path, e.g. rules/local.yaml")
                }
                packs.append(.builtin(name, at: entry.location))
            }
        }
        var overrides: [RuleOverride] = []
        if let value = map["overrides"] {
            for pair in try value.mapping("overrides (rule id: changes)").pairs {
                overrides.append(try override(ruleID: try pair.keyValue.string("a rule id"), value: pair.value))
            }
        }
        let maximumMonths = try map["waiver_max_months"]?.int("waiver_max_months", range: 1...120) ?? 12
        let waivers = try map["waivers"]?.list("waivers").map { try waiver($0, maximumMonths: maximumMonths) } ?? []
        return TrustConfig(
            organisation: try map.required("organisation").string("organisation"),
            planStarts: try map["plan_start"].map(planStarts) ?? [],
            packs: packs,
            dueSoonDays: try map["due_soon_days"]?.int("due_soon_days", range: 0...3650) ?? 60,
            overrides: overrides,
            waivers: waivers,
            maximumWaiverMonths: maximumMonths,
            planTitle: try map["plan_title"]?.string("plan_title"),
            paper: try map["paper"].map(PaperParticularsReader.read) ?? PaperParticulars(),
            location: map.location
        )
    }

    /// One date, or a list of dates for a plan run in several cycles.
    static func planStarts(_ value: YAMLValue) throws -> [CivilDate] {
        let dates = try value.scalarOrList("plan_start").map { try $0.date("plan_start") }
        for (index, date) in dates.enumerated().dropFirst() where date <= dates[index - 1] {
            throw ParityError("plan_start dates must be in order, earliest first: \(date) is not after \(dates[index - 1])",
                              at: try value.list("plan_start")[index].location)
        }
        return dates
    }

    /// A waiver must say why, who approved it and when it ends, and may not run longer
    /// than the trust's maximum.
    static func waiver(_ value: YAMLValue, maximumMonths: Int) throws -> Waiver {
        let map = try value.mapping("a waiver")
        try map.checkKeys(waiverKeys)
        let waiver = Waiver(
            ruleID: try map.required("rule").string("rule"),
            reason: try map.required("reason").string("reason"),
            approvedBy: try map.required("approved_by").string("approved_by"),
            approvedOn: try map.required("approved_on").date("approved_on"),
            expires: try map.required("expires").date("expires"),
            scope: try map["scope"]?.string("scope"),
            location: map.location)
        let expiresAt = try map.required("expires").location
        guard waiver.expires > waiver.approvedOn else {
            throw ParityError("waiver of \(waiver.ruleID) expires \(waiver.expires), not after its approval on \(waiver.approvedOn)", at: expiresAt, code: .invalidWaiver)
        }
        let latest = waiver.approvedOn.adding(months: maximumMonths)
        guard waiver.expires <= latest else {
            throw ParityError("waiver of \(waiver.ruleID) runs to \(waiver.expires), longer than the maximum of \(maximumMonths) months from its approval (\(latest)); set waiver_max_months to allow longer", at: expiresAt, code: .invalidWaiver)
        }
        return waiver
    }

    static func override(ruleID: String, value: YAMLValue) throws -> RuleOverride {
        let map = try value.mapping("an override of \(ruleID)")
        try map.checkKeys(["severity", "applies", "reason"])
        var result = RuleOverride(ruleID: ruleID, location: map.location)
        result.severity = try map["severity"]?.oneOf(Severity.self, "severity")
        let applies = try map["applies"]?.bool("applies") ?? true
        let reason = try map["reason"]?.string("reason")
        if !applies {
            guard let reason else {
                throw map.error("applies: false needs a reason, so the board sees why \(ruleID) does not apply")
            }
            result.notApplicableReason = reason
        } else if reason != nil {
            throw ParityError("reason is only used with applies: false", at: map.keyLocation("reason") ?? map.location)
        }
        return result
    }
}
