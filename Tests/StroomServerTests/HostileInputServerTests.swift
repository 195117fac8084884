import Foundation
import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// Issue 12 through the protocol: documents nested far too deep, positions near `Int.max`, a
/// document that starts with a BOM, and documents too large to read.
@Suite struct HostileInputServerTests {
    @Test func tenTimesTheDepthThatCrashedThroughTheServer() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        for (name, text) in [("diep.vsm", HostileInput.nestedDeclarations()), ("haken.vsm", HostileInput.strayBraces())] {
            let uri = loneURI(name)
            try client.notify(openItem(uri, text))
            let published = try await client.nextDiagnostics(for: uri, timeout: 120)
            #expect(published.diagnostics.filter { $0.code == "S014" }.count == 1, "\(name)")
            try await client.askEveryDocumentRequest(uri, at: [Position(line: 0, codeUnitColumn: 1), Position(line: 30_000, codeUnitColumn: 5),
                                                               Position(line: 50_000, codeUnitColumn: 0)], timeout: 120)
        }
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test(arguments: [false, true])
    func positionsNearIntMaxAreClamped(utf8: Bool) async throws {
        let client = TestLSPClient.inProcess()
        var capabilities = TestLSPClient.pushClient
        capabilities.general = GeneralClientCapabilities(positionEncodings: utf8 ? [.utf8] : [.utf16])
        try await client.initialize(capabilities: capabilities)
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        _ = try await client.nextDiagnostics(for: uri)
        let extremes = [Int.max, Int.min, -1, 0, 1, 2, Int.max - 1]
        let positions = extremes.flatMap { line in extremes.map { Position(line: line, codeUnitColumn: $0) } }
        let document = TextDocumentIdentifier(uri: uri)
        for position in positions {
            _ = try? await client.send(HoverRequest(textDocument: document, position: position))
            _ = try? await client.send(CompletionRequest(textDocument: document, position: position))
        }
        // Empty edits at each position (the text stays), then one from each to the far end.
        var version = 1
        for position in positions {
            version += 1
            try client.notify(DidChangeTextDocumentNotification(
                textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
                contentChanges: [TextDocumentContentChangeEvent(range: LSPRange(start: position, end: position), text: "")]))
        }
        for position in positions {
            version += 1
            try client.notify(DidChangeTextDocumentNotification(
                textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
                contentChanges: [TextDocumentContentChangeEvent(range: LSPRange(start: position, end: Position(line: Int.max, codeUnitColumn: Int.max)),
                                                                text: "")]))
        }
        // Replace everything: the server is alive and its text is what the client holds.
        version += 1
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
            contentChanges: [TextDocumentContentChangeEvent(range: nil, text: mapWithError)]))
        let published = try await client.nextDiagnostics(for: uri) { $0.version == version }
        #expect(published.diagnostics.filter { $0.severity == .error }.map(\.code) == ["N102"])
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// LSP counts a BOM as a character of line 0; the server's text and its diagnostics agree.
    @Test(arguments: [false, true])
    func editsOnLineZeroOfADocumentWithABOM(utf8: Bool) async throws {
        let client = TestLSPClient.inProcess()
        var capabilities = TestLSPClient.pushClient
        capabilities.general = GeneralClientCapabilities(positionEncodings: utf8 ? [.utf8] : [.utf16])
        try await client.initialize(capabilities: capabilities)
        let uri = loneURI()
        var text = "\u{FEFF}proces kaart \"K\" { persoon leraar \"L\"  stap s \"S\" { door: lerar } }\n"
        try client.notify(openItem(uri, text))
        let first = try await client.nextDiagnostics(for: uri)
        #expect(first.diagnostics.filter { $0.code == "N102" }.map(\.range) == [range(of: "lerar", in: text, utf8: utf8)])

        // `lerar` → `leraar` (no error), then the `leraar` of the step → `niemand` (N102 there).
        let fix = range(of: "lerar", in: text, utf8: utf8)
        text = text.replacingOccurrences(of: "door: lerar", with: "door: leraar")
        let rename = range(of: "leraar", in: text, occurrence: 1, utf8: utf8)
        text = text.replacingOccurrences(of: "door: leraar", with: "door: niemand")
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: fix, text: "leraar"),
                             TextDocumentContentChangeEvent(range: rename, text: "niemand")]))
        let published = try await client.nextDiagnostics(for: uri) { $0.version == 2 }
        let errors = published.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["N102"])
        #expect(errors.first?.range == range(of: "niemand", in: text, utf8: utf8))
        // The outline's ranges come from the server's text: they agree with the client's.
        let symbols = try await client.send(DocumentSymbolRequest(textDocument: TextDocumentIdentifier(uri: uri)))
        #expect(symbols?.first?.selectionRange == range(of: "kaart", in: text, utf8: utf8))
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// A file on disk above the workspace's limit is not read (W607 at its start); the normal
    /// file beside it is checked; a document opened above the limit is not parsed either.
    @Test func filesAboveTheLimitAreNotRead() async throws {
        let folder = try TemporaryFolder(["stroom.json": #"{ "maxBestandsgrootte": 0.001 }"#, "gewoon.vsm": HostileInput.normalMap])
        let big = folder.url.appendingPathComponent("groot.vsm")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 3_000_000_000) // sparse: no gigabytes written
        try handle.close()
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        let report = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: folder.uri("groot.vsm"))))
        #expect(diagnosticCodes(report) == ["W607"])
        let normal = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: folder.uri("gewoon.vsm"))))
        #expect(diagnosticCodes(normal).contains("N102"))
        let opened = folder.uri("open.vsm")
        try client.notify(openItem(opened, HostileInput.normalMap + String(repeating: "# opvulling\n", count: 100)))
        let published = try await client.nextDiagnostics(for: opened)
        #expect(published.diagnostics.map(\.code) == ["W607"])
        #expect(published.diagnostics.first?.range == LSPRange(start: Position(line: 0, codeUnitColumn: 0), end: Position(line: 0, codeUnitColumn: 0)))
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// A file on disk read under one limit is read again when `stroom.json` sets another: it
    /// was too large (W607), and is now checked.
    @Test func aNewLimitReadsTheFilesOnDiskAgain() async throws {
        let padded = HostileInput.normalMap + String(repeating: "# opvulling\n", count: 200)
        let folder = try TemporaryFolder(["stroom.json": #"{ "maxBestandsgrootte": 0.001 }"#, "groot.vsm": padded])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        let uri = folder.uri("groot.vsm")
        let before = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: uri)))
        #expect(diagnosticCodes(before) == ["W607"])
        try folder.write("stroom.json", #"{ "maxBestandsgrootte": 1 }"#)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("stroom.json"), type: .changed)]))
        let after = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: uri)))
        #expect(!diagnosticCodes(after).contains("W607"))
        #expect(diagnosticCodes(after).contains("N102"))
        #expect(try await client.shutdownAndExit() == 0)
    }

    func diagnosticCodes(_ report: DocumentDiagnosticReport) -> [String] {
        if case .full(_, let items) = report { return items.compactMap(\.code) }
        return []
    }
}
