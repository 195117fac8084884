import Foundation
import StroomCLI
import StroomModel
import StroomTestSupport
import Testing

/// `stroom --version`, `-V` and `stroom version` print one line from `ProjectInfo`.
@Suite struct VersionTests {
    @Test func everySpellingPrintsTheVersionLine() {
        for spelling in [["--version"], ["-V"], ["version"], ["check", "--version"]] {
            let output = CommandRunner.run(spelling)
            #expect(output.exitCode == 0, "\(spelling)")
            #expect(output.stdout == ProjectInfo.versionLine + "\n", "\(spelling)")
            #expect(output.stderr.isEmpty)
        }
    }

    @Test func aPlainBuildNamesNoCommit() {
        // Only the packaging scripts fill in BuildInfo.commit (and restore the file afterwards).
        #expect(BuildInfo.commit == nil)
        #expect(ProjectInfo.versionLine == "stroom \(ProjectInfo.version)")
        #expect(StroomVersion.current == ProjectInfo.version)
    }

    @Test func theHomeURLIsAnHTTPSAddressWithoutATrailingSlash() {
        #expect(ProjectInfo.homeURL.hasPrefix("https://"))
        #expect(!ProjectInfo.homeURL.hasSuffix("/"))
        #expect(ProjectInfo.version.split(separator: ".").count == 3)
    }

    @Test func documentsThatSpellOutTheHomeURLFollowIt() throws {
        // Text files cannot read the constant; they must name the same address.
        for name in ["README.md", "docs/install.md", "editors/vscode/package.json"] {
            let text = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains(ProjectInfo.homeURL), "\(name) does not name \(ProjectInfo.homeURL)")
            let others = text.components(separatedBy: "https://github.com/").dropFirst().map { $0.prefix { $0 != "/" } }
            #expect(others.allSatisfy { ProjectInfo.homeURL.hasPrefix("https://github.com/\($0)/") }, "\(name): \(others)")
        }
    }
}
