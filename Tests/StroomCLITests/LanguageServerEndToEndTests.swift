import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The built `stroom lsp`, started as an editor starts it, over real pipes.
@Suite struct LanguageServerEndToEndTests {
    /// A sample with a known error: `door: leraar` misspelt in groepsplannen.vsm.
    static let sample = RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm")

    @Test func initializeOpenDiagnosticsShutdownExit() async throws {
        let original = try String(contentsOf: Self.sample, encoding: .utf8)
        let text = original.replacingOccurrences(of: "{ door: leraar  ict: ict_systeem }", with: "{ door: leeraar  ict: ict_systeem }")
        #expect(text != original)
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"])
        let result = try await client.initialize(rootURI: RepositoryPaths.samples.absoluteString, locale: "nl")
        #expect(result.serverInfo == ClientInfo(name: "stroom", version: "0.1.0"))
        #expect(result.capabilities.positionEncoding == .utf16)
        #expect(result.capabilities.textDocumentSync?.change == .incremental)

        let uri = Self.sample.absoluteString
        try client.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "vsm", version: 1, text: text)))
        let published = try await client.nextDiagnostics(for: uri) { $0.version == 1 }
        let error = try #require(published.diagnostics.first { $0.severity == .error })
        #expect(error.code == "N102")
        #expect(error.source == "stroom")
        // Line 49 of the file (0-based 48), the columns of `leeraar` in UTF-16 code units.
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[48]
        let column = try #require(line.range(of: "leeraar")).lowerBound.utf16Offset(in: line)
        #expect(error.range == LSPRange(start: Position(line: 48, codeUnitColumn: column), end: Position(line: 48, codeUnitColumn: column + 7)))
        #expect(error.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")

        #expect(try await client.shutdownAndExit() == 0)
        // stdout held nothing but framed protocol messages; the log went to stderr.
        #expect(client.transportProblems.isEmpty, "\(client.transportProblems)")
        #expect(client.standardErrorText.contains("initialize"))
    }

    /// An editor that sends no locale (most do not): the server process's `LANG` decides, so a
    /// Dutch teacher reads Dutch.
    @Test func withoutALocaleTheProcesssLANGDecides() async throws {
        let folder = try CommandRunner.folder(["kaart.vsm": "proces p \"P\" {\n  stap s \"S\" { door: niemand }\n}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        for (lang, message) in [("nl_NL.UTF-8", "‘niemand’ komt nergens voor als naam van iets."), ("en_US.UTF-8", "‘niemand’ is not the name of anything.")] {
            let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"], environment: ["LANG": lang])
            try await client.initialize(rootURI: folder.absoluteString, locale: nil)
            let published = try await client.nextDiagnostics(for: folder.appendingPathComponent("kaart.vsm").absoluteString)
            #expect(published.diagnostics.first { $0.code == "N102" }?.message.hasPrefix(message) == true, "\(published.diagnostics.map(\.message))")
            #expect(try await client.shutdownAndExit() == 0)
            #expect(client.standardErrorText.contains("(environment)"), "\(client.standardErrorText)")
        }
    }

    @Test func exitWithoutShutdownGivesOne() async throws {
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"])
        try await client.initialize()
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 1)
    }

    @Test func theLogGoesToTheFileOfDashDashLog() async throws {
        let folder = try CommandRunner.folder(["README": "the log goes next to this file"])
        let log = folder.appendingPathComponent("lsp.log")
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp", "--log", log.path, "--stdio"])
        try await client.initialize()
        #expect(try await client.shutdownAndExit() == 0)
        #expect(client.standardErrorText.isEmpty)
        let written = try String(contentsOf: log, encoding: .utf8)
        #expect(written.contains("initialize: client TestLSPClient"))
        #expect(written.contains("exit with code 0"))
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func helpAndBadArguments() throws {
        let help = try CommandRunner.execute(["lsp", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("USAGE: stroom lsp"))
        let bad = try CommandRunner.execute(["lsp", "somewhere"])
        #expect(bad.exitCode == 2)
        let unwritable = try CommandRunner.execute(["lsp", "--log", "/nonexistent/folder/lsp.log"])
        #expect(unwritable.exitCode == 2)
        #expect(unwritable.stderr.contains("cannot open the log"))
    }
}
