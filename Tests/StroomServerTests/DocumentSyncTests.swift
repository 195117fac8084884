import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// Incremental sync through the protocol: the edit lands where the client meant it, in either
/// encoding, and the diagnostics that come back are placed in that same encoding.
@Suite struct DocumentSyncTests {
    static let original = """
        proces p "Één 😀 proces" {
          persoon leraar "Leraar 👩‍🏫"
          stap s "Één 😀 stap" { door: leraar }
        }

        """

    static func capabilities(utf8: Bool) -> ClientCapabilities {
        var capabilities = TestLSPClient.pushClient
        capabilities.general = GeneralClientCapabilities(positionEncodings: utf8 ? [.utf8, .utf16] : [.utf16])
        return capabilities
    }

    @Test(arguments: [false, true])
    func incrementalEditAcrossMultiByteCharacters(utf8: Bool) async throws {
        let client = TestLSPClient.inProcess()
        let result = try await client.initialize(capabilities: Self.capabilities(utf8: utf8))
        #expect(result.capabilities.positionEncoding == (utf8 ? .utf8 : .utf16))
        let uri = loneURI()
        try client.notify(openItem(uri, Self.original))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.filter { $0.severity == .error }.isEmpty)

        // Two changes in one notification, the second against the text the first left:
        // the label "Één 😀 stap" becomes "ë", then `leraar` on that line becomes `leeraar`.
        let labelRange = range(of: "Één 😀 stap", in: Self.original, utf8: utf8)
        var text = Self.original.replacingOccurrences(of: "Één 😀 stap", with: "ë")
        let referenceRange = range(of: "leraar", in: text, occurrence: 1, utf8: utf8)
        text = text.replacingOccurrences(of: "door: leraar", with: "door: leeraar")
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: labelRange, text: "ë"),
                             TextDocumentContentChangeEvent(range: referenceRange, text: "leeraar")]))
        let published = try await client.nextDiagnostics(for: uri)
        #expect(published.version == 2)
        let errors = published.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["N102"])
        #expect(errors.first?.range == range(of: "leeraar", in: text, utf8: utf8))
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func aRangePastTheEndIsClampedAndLogged() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let uri = loneURI()
        try client.notify(openItem(uri, Self.original))
        _ = try await client.nextDiagnostics(for: uri)
        let appended = "proces q \"Q\" {\n  stap t \"T\" { door: niemand }\n}\n"
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: 40, codeUnitColumn: 3),
                                                                            end: Position(line: 99, codeUnitColumn: 0)),
                                                            text: appended)]))
        let published = try await client.nextDiagnostics(for: uri)
        let text = Self.original + appended
        #expect(published.diagnostics.first { $0.code == "N102" }?.range == range(of: "niemand", in: text))
        let warnings = try await client.waitFor(LogMessageNotification.self)
        #expect(warnings.contains { $0.message.contains("clamped") })
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// Versions only grow in what is published; the last publish is for the last text.
    @Test func staleDiagnosticsNeverReplaceNewerOnes() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        _ = try await client.nextDiagnostics(for: uri)
        let fixed = mapWithError.replacingOccurrences(of: "leeraar", with: "leraar")
        for version in 2...30 {
            // Alternate between the broken and the fixed text, the last one fixed.
            try client.notify(DidChangeTextDocumentNotification(
                textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version),
                contentChanges: [TextDocumentContentChangeEvent(text: version.isMultiple(of: 2) ? fixed : mapWithError)]))
        }
        try client.notify(DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 31),
                                                            contentChanges: [TextDocumentContentChangeEvent(text: fixed)]))
        var last = try await client.nextDiagnostics(for: uri)
        while last.version != 31 { last = try await client.nextDiagnostics(for: uri) }
        #expect(!last.diagnostics.contains { $0.code == "N102" })
        _ = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: loneURI())))
        let versions = client.received(PublishDiagnosticsNotification.self).filter { $0.uri == uri }.compactMap(\.version)
        #expect(versions == versions.sorted() && Set(versions).count == versions.count, "\(versions)")
        #expect(versions.last == 31)
        #expect(try await client.shutdownAndExit() == 0)
    }
}

/// Markers in test documents (used by position-based feature tests).
@Suite struct MarkedTextTests {
    @Test func markersAreRemovedAndPlaced() {
        let marked = MarkedText("proces p \"Één 😀\" {\n  stap 1️⃣s \"S\" { door: 2️⃣x }\n}\n")
        #expect(marked.text == "proces p \"Één 😀\" {\n  stap s \"S\" { door: x }\n}\n")
        #expect(marked.position("1️⃣") == Position(line: 1, codeUnitColumn: 7))
        #expect(marked.position("2️⃣") == Position(line: 1, codeUnitColumn: 21))
        let onFirstLine = MarkedText("Één 😀3️⃣!")
        #expect(onFirstLine.position("3️⃣") == Position(line: 0, codeUnitColumn: 6))
        #expect(onFirstLine.position("3️⃣", utf8: true) == Position(line: 0, codeUnitColumn: 10))
    }

    @Test func openDocumentReturnsThePositionsTheServerUses() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let uri = loneURI()
        let positions = try client.openDocument("proces p \"Één 😀\" {\n  persoon leraar \"L\"\n  stap s \"S\" { door: 1️⃣leeraar2️⃣ }\n}\n", uri: uri)
        let error = try #require(try await client.nextDiagnostics(for: uri).diagnostics.first { $0.code == "N102" })
        #expect(error.range == LSPRange(start: positions["1️⃣"]!, end: positions["2️⃣"]!))
        #expect(try await client.shutdownAndExit() == 0)
    }
}
