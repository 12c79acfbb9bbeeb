import Foundation
import Testing

/// The bad-input corpus: each broken repository gives one exact message naming
/// `path:line:column` on stderr, exit 2, and nothing on stdout; never a crash or a hang.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: String]
        let expected: String
        var testDescription: String { name }
    }

    static let config = "version: 1\norganisation: Test Trust\nplan_start: 2023-09-01\npacks: [hr-accountability]\n"

    static func document(_ extra: String = "", status: String = "draft") -> String {
        "---\nid: POL-1\ntitle: Policy\nkind: policy\nstatus: \(status)\n\(extra)---\nBody\n"
    }

    static let cases: [Case] = [
        Case(name: "malformed YAML", files: ["a.md": "---\nid: POL-1\ntitle: [unclosed\nkind: policy\n---\n"],
             expected: "a.md:4:5: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence"),
        Case(name: "tabs for indentation", files: ["a.md": document("actions:\n\t- what: x\n")],
             expected: "a.md:7:1: error: invalid YAML: found character that cannot start any token while scanning for the next token (a tab: YAML is indented with spaces, not tabs)"),
        Case(name: "duplicate keys", files: ["a.md": "---\nid: POL-1\ntitle: A\ntitle: B\nkind: policy\nstatus: draft\n---\n"],
             expected: "a.md:4:1: error: duplicate key 'title' in one mapping (first at line 3, column 1); each key may appear once"),
        Case(name: "a merge key", files: ["a.md": "---\nid: POL-1\ntitle: A\n<<: { kind: policy }\nstatus: draft\n---\n"],
             expected: "a.md:4:1: error: invalid YAML: merge keys ('<<') are not supported; write the keys out in full"),
        Case(name: "a list as a key", files: ["a.md": "---\nid: POL-1\n? [title]\n: A\nkind: policy\nstatus: draft\n---\n"],
             expected: "a.md:3:3: error: invalid YAML: a key must be text, found a list"),
        Case(name: "an undefined alias", files: ["a.md": "---\nid: POL-1\ntitle: *name\nkind: policy\nstatus: draft\n---\n"],
             expected: "a.md:3:8: error: invalid YAML: found undefined alias '*name'"),
        Case(name: "two documents in parity.yaml", files: ["parity.yaml": config + "---\nversion: 1\n"],
             expected: "parity.yaml:5:1: error: invalid YAML: found a second document; a file holds one YAML document"),
        Case(name: "wrong type", files: ["a.md": document("approved_on: [2024-01-01]\n")],
             expected: "a.md:6:14: error: expected approved_on (text), found a list"),
        Case(name: "unknown key, near miss", files: ["a.md": document("reveiw_due: 2025-01-01\n")],
             expected: "a.md:6:1: error: unknown key 'reveiw_due' in front matter (did you mean 'review_due'?); allowed keys: id, title, kind, owner, status, approved_by, approved_on, last_reviewed, review_due, date, satisfies, characteristics, topics, tags, actions"),
        Case(name: "impossible date", files: ["a.md": document("review_due: 2024-02-30\n")],
             expected: "a.md:6:13: error: review_due '2024-02-30' is not a real date"),
        Case(name: "ambiguous date, day first", files: ["a.md": document("review_due: 31/03/2024\n")],
             expected: "a.md:6:13: error: expected review_due as a date YYYY-MM-DD, found '31/03/2024'"),
        Case(name: "ambiguous date, words", files: ["a.md": document("review_due: March 2024\n")],
             expected: "a.md:6:13: error: expected review_due as a date YYYY-MM-DD, found 'March 2024'"),
        Case(name: "empty front matter", files: ["a.md": "---\n---\nBody\n"],
             expected: "a.md:1:1: error: the front matter is empty; an evidence item needs id, title, kind and status"),
        Case(name: "empty parity.yaml", files: ["parity.yaml": ""],
             expected: "parity.yaml:1:1: error: parity.yaml is empty; it needs at least version, organisation and packs"),
        Case(name: "empty rule pack", files: ["parity.yaml": "version: 1\norganisation: T\npacks: [rules/x.yaml]\n", "rules/x.yaml": "\n"],
             expected: "rules/x.yaml:1:1: error: the rule pack is empty"),
        Case(name: "front matter that never closes", files: ["a.md": "---\nid: POL-1\ntitle: A\n"],
             expected: "a.md:1:1: error: front matter opened with '---' on line 1 is never closed; end it with a line holding only '---'"),
        Case(name: "CRLF line endings keep their line numbers", files: ["a.md": "---\r\nid: POL-1\r\ntitle: A\r\nkind: policy\r\nstatus: drafted\r\n---\r\n"],
             expected: "a.md:5:9: error: status 'drafted' is not one of draft, approved, retired (did you mean 'draft'?)"),
        Case(name: "a BOM before the front matter", files: ["a.md": "\u{FEFF}---\nid: POL-1\ntitle: A\nkind: procedur\nstatus: draft\n---\n"],
             expected: "a.md:4:7: error: kind 'procedur' is not declared by any applied pack (did you mean 'procedure'?); kinds: action-plan, communication, data-review, minutes, procedure, programme, report, survey, training-record"),
        Case(name: "10,000 levels of nesting", files: ["a.md": "---\nid: POL-1\ntitle: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\nkind: policy\nstatus: draft\n---\n"],
             expected: "a.md:3:9: error: invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level()) while parsing"),
        Case(name: "a manifest path outside the repository", files: ["inventory.yaml": "version: 1\nitems:\n  - id: X\n    path: ../../../etc/passwd\n    title: X\n    kind: policy\n    status: draft\n"],
             expected: "inventory.yaml:4:11: error: path '../../../etc/passwd' leads outside the repository"),
        Case(name: "an override of a rule that does not exist", files: ["parity.yaml": config + "overrides:\n  HR.9: { severity: low }\n"],
             expected: "parity.yaml:6:9: error: override of rule HR.9, which no applied pack defines (did you mean 'HR.1'?)"),
        Case(name: "an alias bomb", files: ["parity.yaml": "version: 1\norganisation: T\npacks: [rules/x.yaml]\n", "rules/x.yaml": aliasBomb],
             expected: "rules/x.yaml:19:11: error: the pack holds more than 5000 conditions (counting every alias expansion); parity stops here to protect against runaway aliases"),
    ]

    /// "Billion laughs": nine levels of nine aliases each, 387 million conditions if expanded.
    static var aliasBomb: String {
        var text = """
            version: 1
            id: x
            title: X
            revision: "1"
            source: test
            owners: [Board]
            kinds: [policy]

            """
        var levels = "  - &l0 { evidence: { kind: policy } }\n"
        for level in 1...9 {
            levels += "  - &l\(level) { all: [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "] }\n"
        }
        return text + """
            rules:
              - id: X.1
                title: X
                desired_state: X
                owners: [Board]
                deadline: ongoing
                severity: low
                source: test
                remediation: X
                evidence:
                  any:
            \(levels.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))

            """
    }

    @Test(arguments: cases)
    func eachBadInputGivesOneExactMessage(_ bad: Case) throws {
        var files = ["parity.yaml": Self.config]
        files.merge(bad.files) { _, new in new }
        let repository = try TestRepository(files)
        let run = try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2024-04-15"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(bad.expected), "\(first)")
    }

    func run(_ setup: (URL) throws -> Void) throws -> CommandLineTests.Run {
        let repository = try TestRepository(["parity.yaml": Self.config])
        try setup(repository.root)
        return try CommandLineTests().parity(["gap", repository.root.path, "--as-of", "2024-04-15"])
    }

    @Test func invalidUTF8() throws {
        let result = try run { root in
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]).write(to: root.appending(path: "a.md"))
        }
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("a.md:2:5: error: the file is not valid UTF-8 text (the bytes from 0xC3 here do not form a character)"))
    }

    @Test func aHundredMegabyteFileIsRefusedUnread() throws {
        let result = try run { root in
            let url = root.appending(path: "huge.md")
            FileManager.default.createFile(atPath: url.path, contents: Data("---\n".utf8))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 100 * 1_024 * 1_024)  // sparse: quick to make, 100 MB to read
            try handle.close()
        }
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("huge.md:1:1: error: file is 104857600 bytes; parity reads files of at most 5000000 bytes"))
    }

    @Test func aSymbolicLinkOutOfTheRepository() throws {
        let outside = FileManager.default.temporaryDirectory.appending(path: "parity-outside-\(UUID().uuidString).md")
        try Data(Self.document().utf8).write(to: outside)
        let result = try run { root in
            try FileManager.default.createSymbolicLink(at: root.appending(path: "linked.md"), withDestinationURL: outside)
        }
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("linked.md:1:1: error: path 'linked.md' leads outside the repository"))
    }

    @Test func aFileThatCannotBeReadAsAFile() throws {
        // Running as root, permissions do not stop a read; a FIFO is what would hang.
        let result = try run { root in
            #expect(mkfifo(root.appending(path: "pipe.md").path, 0o644) == 0)
        }
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("pipe.md:1:1: error: not a regular file; parity reads only regular files"))
    }
}
