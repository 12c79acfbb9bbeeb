import Foundation
import Testing

/// `parity rollup` run as a user would: the real binary, the trusts' JSON reports, and each
/// bad input refused with the file's name and exit code 2, leaving no output behind.
@Suite struct RollupCommandLineTests {
    let cli = CommandLineTests()

    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appending(path: "parity-rollup-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A copy of the first trust's report with `edit` applied to its JSON text.
    func edited(_ edit: (String) -> String, name: String, in directory: URL) throws -> URL {
        let text = try String(contentsOf: RollupTests.reports[0], encoding: .utf8)
        let file = directory.appending(path: name)
        try Data(edit(text).utf8).write(to: file)
        return file
    }

    @Test func threeReportsRollUpInEveryFormat() throws {
        let paths = RollupTests.reports.map(\.path)
        for format in ["text", "markdown", "csv", "json", "html"] {
            let run = try cli.parity(["rollup"] + paths + ["--format", format])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.stderr.isEmpty)
            #expect(run.stdout.contains("Kingsmere Valley NHS Trust"), "\(format)")
            #expect(run.stdout.contains("fewer than 10 cases"), "\(format)")
        }
    }

    @Test func theWordPaperGoesToAFileTheSameEachTimeAndAnonymisedNamesNoOne() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = RollupTests.reports.map(\.path)
        let first = directory.appending(path: "rollup.docx"), second = directory.appending(path: "again.docx")
        for file in [first, second] {
            let run = try cli.parity(["rollup"] + paths + ["--format", "docx", "--output", file.path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let data = try Data(contentsOf: first)
        #expect(data == (try Data(contentsOf: second)), "byte-identical")
        let document = try #require(try OfficeReportTests.parts(data)["word/document.xml"])
        #expect(document.contains("Kingsmere Valley NHS Trust") && document.contains(">fewer than 10 cases<"))

        let anonymised = directory.appending(path: "anonymised.docx")
        let run = try cli.parity(["rollup"] + paths + ["--anonymise", "--format", "docx", "--output", anonymised.path])
        #expect(run.status == 0, "\(run.stderr)")
        for (path, xml) in try OfficeReportTests.parts(Data(contentsOf: anonymised)) {
            for name in ["Kingsmere", "Ashcombe", "Brindleford", "trust-1.json"] {
                #expect(!xml.localizedCaseInsensitiveContains(name), "\(path) names \(name)")
            }
        }

        let bad = directory.appending(path: "bad.docx")
        try Data("no".utf8).write(to: bad)
        let refused = try cli.parity(["rollup"] + paths + ["--format", "docx", "--template", bad.path, "--output", directory.appending(path: "x.docx").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.docx") && refused.stderr.contains("not a Word document"))
        #expect(!FileManager.default.fileExists(atPath: directory.appending(path: "x.docx").path))
        #expect(try cli.parity(["rollup"] + paths + ["--format", "html", "--template", bad.path]).status == 2)
    }

    @Test func theTitleIsThePapersAndRefusedElsewhere() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = RollupTests.reports.map(\.path)
        let title = "Equality, diversity and inclusion across Kingsmere and Valley ICS"
        let file = directory.appending(path: "paper.docx")
        let run = try cli.parity(["rollup"] + paths + ["--format", "docx", "--title", title, "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try OfficeReportTests.parts(Data(contentsOf: file))["word/document.xml"])
        #expect(document.contains(">\(title)</w:t>"))
        let text = RollupTests.text(ofDocument: document)
        #expect(text.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}", options: .regularExpression) == nil, "no ISO date in the paper")
        let markdown = try cli.parity(["rollup"] + paths + ["--format", "markdown", "--title", title])
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# \(title)\n"), "\(markdown.stderr)")

        let output = directory.appending(path: "rollup.txt")
        let refused = try cli.parity(["rollup"] + paths + ["--title", title, "--output", output.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--title") && refused.stderr.contains("docx, html or markdown"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aPaperFileGivesTheCoverSheetAndABadOneIsRefusedWhereItIsWrong() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = RollupTests.reports.map(\.path)
        let file = directory.appending(path: "paper.docx")
        let run = try cli.parity(["rollup"] + paths + ["--format", "docx", "--paper", "Tests/ParityKitTests/Fixtures/rollup/icb-paper.yaml",
                                                       "--agenda-item", "7.2", "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try OfficeReportTests.parts(Data(contentsOf: file))["word/document.xml"])
        #expect(document.contains("<w:tblCaption w:val=\"Cover sheet\"/>"))
        #expect(document.contains(">Integrated Care Board, meeting in public<") && document.contains(">Priya Raman, Chief People Officer<"))
        #expect(document.contains(">7.2<"), "an option over the file")
        #expect(document.contains(">Equality, diversity and inclusion across Kingsmere and Valley ICS<"), "the file's title")

        let bad = directory.appending(path: "bad-paper.yaml")
        try Data("meeting: ICB\nmeeting_date: 2024-13-40\n".utf8).write(to: bad)
        let output = directory.appending(path: "refused.docx")
        let refused = try cli.parity(["rollup"] + paths + ["--format", "docx", "--paper", bad.path, "--output", output.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad-paper.yaml:2:"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let unknown = directory.appending(path: "unknown.yaml")
        try Data("meeting: ICB\nchair: Someone\n".utf8).write(to: unknown)
        let refused2 = try cli.parity(["rollup"] + paths + ["--format", "docx", "--paper", unknown.path, "--output", output.path])
        #expect(refused2.status == 2)
        #expect(refused2.stderr.contains("unknown.yaml:2:1"), "\(refused2.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let text = try cli.parity(["rollup"] + paths + ["--paper", "Tests/ParityKitTests/Fixtures/rollup/icb-paper.yaml"])
        #expect(text.status == 2 && text.stderr.contains("--paper"), "\(text.stderr)")
    }

    @Test func foldersAndReportsMix() throws {
        let run = try cli.parity(["rollup", RollupTests.reports[1].path, RollupTests.reports[2].path, "policies", "--as-of", "2024-04-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Rollup of 3 organisations as of 2024-04-15"))
    }

    @Test func anonymisedOutputAndItsKeyFile() throws {
        let directory = try scratch()
        let key = directory.appending(path: "key.csv")
        for format in ["text", "markdown", "csv", "json", "html"] {
            let run = try cli.parity(["rollup"] + RollupTests.reports.map(\.path)
                                     + ["--anonymise", "--key-file", key.path, "--format", format])
            #expect(run.status == 0, "\(run.stderr)")
            for name in ["Kingsmere", "Ashcombe", "Brindleford", "trust-1.json"] {
                #expect(!run.stdout.localizedCaseInsensitiveContains(name), "\(format) names \(name)")
            }
        }
        let text = try String(contentsOf: key, encoding: .utf8)
        #expect(text.hasPrefix("label,organisation,source\r\nA,Ashcombe Hills NHS Foundation Trust,"))
        #expect(text.contains("C,Kingsmere Valley NHS Trust,"))
    }

    @Test func mixedDatesAreRefusedNamingTheOddFile() throws {
        let directory = try scratch()
        let odd = try edited({ $0.replacingOccurrences(of: "\"as_of\" : \"2024-04-15\"", with: "\"as_of\" : \"2024-03-31\"")
            .replacingOccurrences(of: "Kingsmere Valley NHS Trust", with: "Odd Date NHS Trust") }, name: "odd-date.json", in: directory)
        let output = directory.appending(path: "rollup.txt")
        let run = try cli.parity(["rollup", RollupTests.reports[0].path, RollupTests.reports[1].path, odd.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("odd-date.json") && run.stderr.contains("2024-03-31") && run.stderr.contains("--allow-mixed-dates"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let allowed = try cli.parity(["rollup", RollupTests.reports[0].path, RollupTests.reports[1].path, odd.path, "--allow-mixed-dates"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("each as of its own date"))
    }

    @Test func theSameOrganisationTwiceIsRefused() throws {
        let directory = try scratch()
        let copy = try edited({ $0 }, name: "kingsmere-again.json", in: directory)
        let run = try cli.parity(["rollup", RollupTests.reports[0].path, RollupTests.reports[1].path, copy.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("kingsmere-again.json") && run.stderr.contains("Kingsmere Valley NHS Trust"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func anUnknownSchemaVersionIsRefused() throws {
        let directory = try scratch()
        let future = try edited({ $0.replacingOccurrences(of: "\"schema_version\" : 1", with: "\"schema_version\" : 7") }, name: "future.json", in: directory)
        let run = try cli.parity(["rollup", future.path, RollupTests.reports[1].path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("future.json") && run.stderr.contains("schema_version 7"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aTruncatedFileIsRefused() throws {
        let directory = try scratch()
        let truncated = try edited({ String($0.prefix($0.count / 2)) }, name: "truncated.json", in: directory)
        let run = try cli.parity(["rollup", RollupTests.reports[1].path, truncated.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("truncated.json") && run.stderr.contains("not complete JSON"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aPipeNamedLikeAReportIsRefusedNotWaitedOn() throws {
        let pipe = try scratch().appending(path: "trust.json")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let run = try cli.parity(["rollup", RollupTests.reports[1].path, pipe.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("trust.json") && run.stderr.contains("not a regular file"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aWrongValueNamesItsJSONPath() throws {
        let directory = try scratch()
        let wrong = try edited({ text in
            // The first rule's rating, misspelt.
            guard let rules = text.range(of: "\n  \"rules\" : ["),
                  let range = text.range(of: "\"rag\" : \"amber\"", range: rules.upperBound..<text.endIndex) else { return text }
            return text.replacingCharacters(in: range, with: "\"rag\" : \"ambre\"")
        }, name: "wrong.json", in: directory)
        let run = try cli.parity(["rollup", wrong.path, RollupTests.reports[1].path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("wrong.json") && run.stderr.contains("$.rules[0].rag"), "\(run.stderr)")
        let missing = try edited({ $0.replacingOccurrences(of: "\"organisation\" : \"Kingsmere Valley NHS Trust\",", with: "") },
                                 name: "nameless.json", in: directory)
        let run2 = try cli.parity(["rollup", missing.path])
        #expect(run2.status == 2)
        #expect(run2.stderr.contains("nameless.json") && run2.stderr.contains("$.organisation is missing"), "\(run2.stderr)")
    }

    @Test func sinceNeedsRepositoryFolders() throws {
        let run = try cli.parity(["rollup", RollupTests.reports[0].path, "--since", "2024-02-01"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--from"), "\(run.stderr)")
        let folders = try cli.parity(["rollup", "policies", "--as-of", "2024-04-15", "--since", "2024-02-01"])
        #expect(folders.status == 0, "\(folders.stderr)")
        #expect(folders.stdout.contains("Since 2024-02-01"))
        #expect(folders.stdout.contains("Kingsmere Valley NHS Trust HIA6.2: AMBER"))
    }
}
