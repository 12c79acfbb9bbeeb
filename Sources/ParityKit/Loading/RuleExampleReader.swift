/// Reads a rule's `examples:`: each a small repository (items in front-matter form,
/// figures and targets in measures-file form) with an as-of date and the verdict due.
enum RuleExampleReader {
    static let keys = ["name", "as_of", "plan_start", "packs", "items", "figures", "targets", "expect"]

    static func examples(_ value: YAMLValue, rule: String, file: String) throws -> [RuleExample] {
        var examples: [RuleExample] = []
        var errors: [ParityError] = []
        for entry in try value.list("examples") {
            do {
                let example = try self.example(entry, file: file)
                if examples.contains(where: { $0.name == example.name }) {
                    throw entry.error("rule \(rule) already has an example named '\(example.name)'; give each a name of its own")
                }
                examples.append(example)
            } catch let error as ParityError {
                errors.append(error)
            } catch let error as ParityErrors {
                errors.append(contentsOf: error.errors)
            }
        }
        if !errors.isEmpty { throw ParityErrors(errors) }
        return examples
    }

    static func example(_ value: YAMLValue, file: String) throws -> RuleExample {
        let map = try value.mapping("an example")
        try map.checkKeys(keys)
        let items = try map["items"]?.list("items").map { try EvidenceItemReader.read($0.mapping("an example item"), path: file) } ?? []
        let figures = try MeasureFileReader.contents(observations: map["figures"], targets: map["targets"])
        let expectValue = try map.required("expect")
        let expect = try expectValue.oneOf(RuleStatus.self, "expect")
        guard [.met, .partial, .notMet].contains(expect) else {
            throw expectValue.error("an example expects met, partial or not_met; not_applicable and waived come from parity.yaml, not from evidence")
        }
        return RuleExample(
            name: try map.required("name").string("name"),
            asOf: try map.required("as_of").date("as_of"),
            planStarts: try map["plan_start"]?.scalarOrList("plan_start").map { try $0.date("plan_start") } ?? [],
            extraPacks: try map["packs"]?.strings("packs") ?? [],
            items: items,
            observations: figures.observations,
            targets: figures.targets,
            expect: expect,
            location: map.location)
    }
}
