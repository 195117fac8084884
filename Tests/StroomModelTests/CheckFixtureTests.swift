import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// One fixture per diagnostic code, under `Fixtures/checks/CODE.vsm` (or `.batenlogica`).
/// Each has a part that triggers the code, marked with `# ^^^ CODE` under the range, and a
/// part introduced by `# ok` that must not. The test compares, for that code, exactly the
/// diagnostics with exactly the markers.
@Suite struct CheckFixtureTests {
    static let folder = RepositoryPaths.tests.appendingPathComponent("StroomModelTests/Fixtures/checks")

    static func fixtureURL(for code: DiagnosticCode) -> URL? {
        RepositoryPaths.files(under: folder, extensions: ["vsm", "batenlogica", "fixture"])
            .first { $0.deletingPathExtension().lastPathComponent == code.rawValue }
    }

    /// Codes whose findings cannot be marked inside a fixture, with the test that covers them.
    static let testedElsewhere: [String: String] = [
        "W606": "ConfigurationTests (stroom.json holds no comments for markers)",
        "W607": "HostileInputTests and FileSizeLimitTests (a file too large is not read, so it holds no markers)",
    ]

    @Test(arguments: CodeCatalog.all.map(\.code.rawValue).filter { testedElsewhere[$0] == nil })
    func fixture(code: String) throws {
        let url = try #require(CheckFixtureTests.fixtureURL(for: DiagnosticCode(code)), "no fixture for \(code)")
        let fixture = Fixture(url: url)
        let expected = fixture.expectations.filter { $0.code == code }
        #expect(!expected.isEmpty, "the fixture for \(code) marks no \(code)")
        let text = fixture.files.map(\.text).joined(separator: "\n")
        #expect(text.contains("# ok"), "the fixture for \(code) has no `# ok` part that must not trigger it")
        let (analysis, configurationDiagnostics) = fixture.analyze()
        let actual = Fixture.actual(analysis, configuration: configurationDiagnostics, configurationSource: fixture.configurationSource)
            .filter { $0.code == code }
        #expect(Set(actual) == Set(expected), """
            \(code): missing \(Set(expected).subtracting(actual).sorted { $0.description < $1.description })
            unexpected \(Set(actual).subtracting(expected).sorted { $0.description < $1.description })
            """)
        #expect(actual.count == expected.count, "\(code) reported more than once at one place")
    }
}
