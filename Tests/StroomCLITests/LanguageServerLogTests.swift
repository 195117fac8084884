#if canImport(Glibc)
import Glibc
#endif
import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The built `stroom lsp` keeps serving when its log cannot be written: stderr on a full
/// device, `--log` on a full device, a stderr pipe whose reader went away, a `--log` FIFO that
/// nobody reads. Each time a whole session must succeed within seconds.
@Suite struct LanguageServerLogTests {
    static let text = "proces p \"P\" {\n  stap a \"A\" { door: nergens }\n}\n"

    /// initialize → didOpen → diagnostics → hover → shutdown → exit, with short timeouts.
    static func session(_ client: TestLSPClient, folder: URL) async throws {
        try await client.initialize(rootURI: folder.absoluteString, locale: "nl")
        let uri = folder.appendingPathComponent("a.vsm").absoluteString
        try client.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "vsm", version: 1, text: text)))
        let published = try await client.nextDiagnostics(for: uri, timeout: 5) { $0.version == 1 }
        #expect(published.diagnostics.contains { $0.code == "N102" }, "\(published.diagnostics.map(\.code))")
        let symbols = try await client.send(DocumentSymbolRequest(textDocument: TextDocumentIdentifier(uri: uri)), timeout: 5)
        #expect(symbols?.isEmpty == false)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// The warning the server sends (in Dutch here, the client's locale) when it drops its log.
    static func expectLogDropWarning(_ client: TestLSPClient) {
        let messages = client.received(LogMessageNotification.self).map(\.message)
        // Once, however many lines were lost after it.
        #expect(messages.filter { $0.contains("logboek van de taalserver kan niet geschreven worden") }.count == 1, "\(messages)")
    }

    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test(.enabled(if: hasDevFull, "needs /dev/full (Linux)"), .timeLimit(.minutes(1))) func standardErrorOnAFullDevice() async throws {
        let folder = try CommandRunner.folder(["a.vsm": Self.text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"], standardError: full)
        try await Self.session(client, folder: folder)
        Self.expectLogDropWarning(client)
    }

    @Test(.enabled(if: hasDevFull, "needs /dev/full (Linux)"), .timeLimit(.minutes(1))) func dashDashLogOnAFullDevice() async throws {
        let folder = try CommandRunner.folder(["a.vsm": Self.text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp", "--log", "/dev/full"])
        try await Self.session(client, folder: folder)
        Self.expectLogDropWarning(client)
    }

    @Test(.timeLimit(.minutes(1))) func standardErrorPipeWithoutReader() async throws {
        let folder = try CommandRunner.folder(["a.vsm": Self.text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = Pipe()
        // Nobody will read: the only read end is closed before the server starts.
        try pipe.fileHandleForReading.close()
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp"], standardError: pipe.fileHandleForWriting)
        try pipe.fileHandleForWriting.close()
        try await Self.session(client, folder: folder)
        Self.expectLogDropWarning(client)
    }

    @Test(.timeLimit(.minutes(1))) func dashDashLogToAFIFOThatNobodyReads() async throws {
        let folder = try CommandRunner.folder(["a.vsm": Self.text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("log.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let started = Date()
        let client = try TestLSPClient.launch(CommandRunner.binary, arguments: ["lsp", "--log", fifo])
        try await Self.session(client, folder: folder)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(client.standardErrorText.isEmpty, "\(client.standardErrorText)")
    }
}
