/// The YAML of a small rule pack, written once for every test that needs one: the header
/// every test pack shares, then its rules as list items ("  - id: T.1" …). The header is
/// always eight lines, so positions in the rules are the same in every test.
enum TestPack {
    static func yaml(id: String = "test", title: String = "Test pack", owners: [String] = ["Board"],
                     kinds: [String] = ["policy"], rules: String) -> String {
        """
        version: 1
        id: \(id)
        title: \(title)
        revision: "1"
        source: tests
        owners: [\(owners.joined(separator: ", "))]
        kinds: [\(kinds.joined(separator: ", "))]
        rules:

        """ + rules
    }
}
