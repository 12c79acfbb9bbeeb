import Foundation
import ParityKit
import Testing

/// What a release carries: the binary says its version, which lives in one place
/// (`ParityVersion.current`), the same that SARIF and JUnit give. `.ci/release.sh` names
/// the release binary after what `--version` prints.
@Suite struct ReleaseTests {
    @Test func versionPrintsParityVersionCurrent() throws {
        let run = try CommandLineTests().parity(["--version"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == ParityVersion.current + "\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func versionIsAPlainReleaseNumber() throws {
        // The release file is named parity-<version>-<os>-<arch>: no spaces or slashes.
        #expect(ParityVersion.current.wholeMatch(of: try Regex(#"[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?"#)) != nil)
    }
}
