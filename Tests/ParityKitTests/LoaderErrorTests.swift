import Testing
@testable import ParityKit

/// Every loader error names the file, line and column of the offending key or value.
@Suite struct LoaderErrorTests {
    /// Loads a repository whose `file` holds `fixture` (with a ↓ marker) and expects one
    /// error at the marker whose message contains `message`.
    func expectError(in file: String, _ fixture: String, contains message: String,
                     others: [String: String] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let (text, line, column) = marked(fixture)
        var files = ["parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack]
        files.merge(others) { _, new in new }
        files[file] = text
        let errors = try TestRepository(files).loadErrors()
        #expect(errors.count == 1, "expected one error, got \(errors)", sourceLocation: sourceLocation)
        guard let error = errors.first else { return }
        #expect(error.location == ParityKit.SourceLocation(file: file, line: line, column: column),
                "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(message), "\(error.message)", sourceLocation: sourceLocation)
    }

    @Test func unknownFrontMatterKeySuggestsTheNearest() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            status: draft
            ↓aproved_by: Board
            ---
            body
            """, contains: "unknown key 'aproved_by' in front matter (did you mean 'approved_by'?)")
    }

    @Test func impossibleDate() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            status: draft
            review_due: ↓2024-02-30
            ---
            """, contains: "'2024-02-30' is not a real date")
    }

    @Test func ambiguousDate() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            status: draft
            review_due: ↓31/03/2024
            ---
            """, contains: "as a date YYYY-MM-DD, found '31/03/2024'")
    }

    @Test func wrongType() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            status: draft
            satisfies:
              ↓first: T.1
            ---
            """, contains: "expected a rule id in satisfies (text), found a mapping")
    }

    @Test func unknownKindSuggestsTheNearest() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: ↓polcy
            status: draft
            ---
            """, contains: "kind 'polcy' is not declared by any applied pack (did you mean 'policy'?)")
    }

    @Test func satisfiesAnUnknownRule() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            status: draft
            satisfies: [T.1, ↓T.9]
            ---
            """, contains: "satisfies names rule T.9, which no applied pack defines")
    }

    @Test func duplicateKeyInOneMapping() throws {
        try expectError(in: "docs/a.md", """
            ---
            id: POL-1
            title: A
            kind: policy
            ↓title: B
            status: draft
            ---
            """, contains: "duplicate key 'title' in one mapping (first at line 3, column 1)")
    }

    @Test func tabsForIndentation() throws {
        let errors = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack,
            "docs/a.md": "---\nid: POL-1\ntitle: A\nkind: policy\nstatus: draft\nactions:\n\t- what: x\n---\n",
        ]).loadErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.location?.file == "docs/a.md")
        #expect(errors.first?.location?.line == 7)
        #expect(errors.first?.message.contains("tab") == true, "\(errors)")
    }

    @Test func frontMatterThatNeverCloses() throws {
        try expectError(in: "docs/a.md", "↓---\nid: POL-1\ntitle: A\n", contains: "never closed")
    }

    @Test func approvedWithoutADate() throws {
        try expectError(in: "docs/a.md", """
            ---
            ↓id: POL-1
            title: A
            kind: policy
            status: approved
            ---
            """, contains: "approved but has no approved_on date")
    }

    @Test func duplicateItemIDsAcrossFiles() throws {
        try expectError(in: "docs/b.md", """
            ---
            id: ↓POL-1
            title: B
            kind: policy
            status: draft
            ---
            """, contains: "item id 'POL-1' is already used by docs/a.md:2:1",
            others: ["docs/a.md": "---\nid: POL-1\ntitle: A\nkind: policy\nstatus: draft\n---\n"])
    }

    @Test func crlfLineEndingsKeepLineNumbers() throws {
        let (text, line, column) = marked("---\r\nid: POL-1\r\ntitle: A\r\nkind: policy\r\nstatus: ↓drafty\r\n---\r\n")
        let errors = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack, "docs/a.md": text,
        ]).loadErrors()
        #expect(errors.map(\.location) == [ParityKit.SourceLocation(file: "docs/a.md", line: line, column: column)])
        #expect(errors.first?.message.contains("status 'drafty' is not one of draft, approved, retired (did you mean 'draft'?)") == true)
    }

    @Test func aBOMIsAccepted() throws {
        let repository = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack,
            "docs/a.md": "\u{FEFF}---\nid: POL-1\ntitle: A\nkind: policy\nstatus: draft\n---\n",
        ])
        #expect(try repository.load().inventory.items.map(\.id) == ["POL-1"])
    }

    @Test func manifestPathMustExist() throws {
        try expectError(in: "inventory.yaml", """
            version: 1
            items:
              - id: SUR-1
                path: ↓surveys/missing.csv
                title: Survey
                kind: report
                status: draft
            """, contains: "path 'surveys/missing.csv' does not exist")
    }

    @Test func manifestPathMustStayInside() throws {
        try expectError(in: "inventory.yaml", """
            version: 1
            items:
              - id: SUR-1
                path: ↓../../etc/passwd
                title: Survey
                kind: report
                status: draft
            """, contains: "leads outside the repository")
    }

    @Test func unknownRuleKeyInAPack() throws {
        try expectError(in: "rules/test.yaml", TestPack.yaml(rules: """
              - id: T.1
                title: A policy
                desired_state: An approved policy.
                owners: [Board]
                deadline: 2024-03-31
                ↓severty: high
                source: test
                evidence: { evidence: { kind: policy } }
                remediation: Write one.
            """), contains: "unknown key 'severty' in a rule (did you mean 'severity'?)")
    }

    @Test func undeclaredOwnerInAPack() throws {
        try expectError(in: "rules/test.yaml", TestPack.yaml(rules: """
              - id: T.1
                title: A policy
                desired_state: An approved policy.
                owners: [Board, ↓HR]
                deadline: 2024-03-31
                severity: high
                source: test
                evidence: { evidence: { kind: policy } }
                remediation: Write one.
            """), contains: "owner 'HR' of rule T.1 is not declared in the pack's owners")
    }

    @Test func impossibleDeadlineInAPack() throws {
        try expectError(in: "rules/test.yaml", TestPack.yaml(rules: """
              - id: T.1
                title: A policy
                desired_state: An approved policy.
                owners: [Board]
                deadline: ↓March 2024
                severity: high
                source: test
                evidence: { evidence: { kind: policy } }
                remediation: Write one.
            """), contains: "found 'March 2024'")
    }

    @Test func duplicateRuleIDs() throws {
        let rule = """
              - id: T.1
                title: A policy
                desired_state: An approved policy.
                owners: [Board]
                deadline: ongoing
                severity: high
                source: test
                evidence: { evidence: { kind: policy } }
                remediation: Write one.

            """
        try expectError(in: "rules/test.yaml", TestPack.yaml(rules: """
            \(rule)  - ↓id: T.1
                title: Again
                desired_state: An approved policy.
                owners: [Board]
                deadline: ongoing
                severity: high
                source: test
                evidence: { evidence: { kind: policy } }
                remediation: Write one.
            """), contains: "rule id T.1 is already defined at rules/test.yaml:9:5")
    }

    @Test func ruleReferenceThatDoesNotExist() throws {
        try expectError(in: "rules/test.yaml", TestPack.yaml(rules: """
              - id: T.1
                title: A phase
                desired_state: All done.
                owners: [Board]
                deadline: { plan_months: [1, 2] }
                severity: high
                source: test
                evidence: { all: [ { rule: ↓T.2 } ] }
                remediation: Do it.
            """), contains: "refers to rule T.2, which no applied pack defines")
    }

    @Test func overrideOfARuleThatDoesNotExist() throws {
        try expectError(in: "parity.yaml", """
            version: 1
            organisation: Test Trust
            packs: [rules/test.yaml]
            overrides:
              T.9: ↓{ severity: low }
            """, contains: "override of rule T.9, which no applied pack defines (did you mean 'T.1'?)")
    }

    @Test func unknownBuiltinPack() throws {
        try expectError(in: "parity.yaml", """
            version: 1
            organisation: Test Trust
            packs: [↓hia-6]
            """, contains: "no built-in pack 'hia-6' (did you mean 'hia6'?)")
    }

    @Test func everyErrorIsReportedInOnePass() throws {
        let errors = try TestRepository([
            "parity.yaml": TestRepository.minimalConfig, "rules/test.yaml": testPack,
            "a.md": "---\nid: A\ntitle: A\nkind: poli\nstatus: draft\n---\n",
            "b.md": "---\nid: B\ntitle: B\nkind: policy\nstatus: drft\n---\n",
        ]).loadErrors()
        #expect(errors.map(\.location?.file) == ["a.md", "b.md"])
    }
}
