import Foundation
@testable import ParityKit

/// A policy repository written to a temporary folder from a dictionary of files.
struct TestRepository {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appending(path: "parity-test-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func load() throws -> LoadedRepository {
        try RepositoryLoader.load(root: root)
    }

    /// The errors loading gives, or none.
    func loadErrors() -> [ParityError] {
        do {
            _ = try load()
            return []
        } catch let error as ParityErrors {
            return error.errors
        } catch let error as ParityError {
            return [error]
        } catch {
            return [ParityError("unexpected \(error)")]
        }
    }

    static let minimalConfig = """
        version: 1
        organisation: Test Trust
        plan_start: 2023-09-01
        packs: [rules/test.yaml]

        """
}

/// Text with a `↓` where an error is expected: the text without it, and the marker's
/// 1-based line and column (counted in Unicode scalars, as libyaml counts).
func marked(_ text: String) -> (text: String, line: Int, column: Int) {
    var line = 1, column = 1
    var found: (Int, Int)?
    var clean = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if scalar == "↓" {
            found = (line, column)
            continue
        }
        clean.append(scalar)
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
    precondition(found != nil, "no ↓ marker in fixture")
    return (String(clean), found!.0, found!.1)
}

/// A small pack for tests that exercise the language rather than the built-in content.
let testPack = """
    version: 1
    id: test
    title: Test pack
    revision: "1"
    source: tests
    owners: [Board, HR/OD]
    kinds: [policy, minutes, report]
    rules:
      - id: T.1
        title: A policy
        desired_state: An approved policy.
        owners: [HR/OD]
        deadline: 2024-03-31
        severity: high
        source: test
        evidence:
          evidence: { kind: policy, claims: true }
          status: approved
        remediation: Write one.

    """

extension CivilDate {
    init(_ text: String) {
        self = CivilDate(iso: text)!
    }
}
