import Foundation
import StroomTestSupport
import Testing

/// `stroom lsp` under a real, spec-typed LSP client: pytest-lsp (pygls and lsprotocol), run
/// from `Tests/Tools/test_stroom_lsp.py`. `.ci/run` installs it in its venv and sets
/// STROOM_PYTHON; with STROOM_REQUIRE_TOOLS=1 a missing pytest-lsp fails instead of skipping.
@Suite struct LanguageServerToolTests {
    static var python: String? {
        ExternalTools.python(importing: ["pytest_lsp", "lsprotocol"])
    }

    static var available: Bool {
        python != nil || ExternalTools.requireTools
    }

    @Test(.enabled(if: available, "needs python with pytest-lsp (see .ci/run)"))
    func pytestLSPDrivesTheServer() throws {
        let python = try #require(Self.python, "python with pytest-lsp is required (STROOM_PYTHON)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function",
            // A message the announced client capabilities do not allow is a failure.
            "-W", "error::pytest_lsp.LspSpecificationWarning",
            RepositoryPaths.tests.appendingPathComponent("Tools/test_stroom_lsp.py").path,
        ]
        process.currentDirectoryURL = RepositoryPaths.root
        var environment = ProcessInfo.processInfo.environment
        environment["STROOM_BINARY"] = CommandRunner.binary.path
        environment["STROOM_SAMPLES"] = RepositoryPaths.samples.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pytest-lsp failed:\n\(text)")
        #expect(text.contains("6 passed"), "\(text)")
    }
}
