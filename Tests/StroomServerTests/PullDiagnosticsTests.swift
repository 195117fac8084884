import StroomLSP
import StroomTestSupport
import Testing

/// Pull diagnostics (`textDocument/diagnostic`) for clients that support them.
@Suite struct PullDiagnosticsTests {
    static var pullClient: ClientCapabilities {
        var capabilities = TestLSPClient.pushClient
        capabilities.textDocument?.diagnostic = DiagnosticClientCapabilities()
        capabilities.workspace?.diagnostics = RefreshCapability(refreshSupport: true)
        return capabilities
    }

    @Test func openDocumentsArePulledNotPushed() async throws {
        let client = TestLSPClient.inProcess()
        let result = try await client.initialize(capabilities: Self.pullClient)
        #expect(result.capabilities.diagnosticProvider?.interFileDependencies == true)
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        let request = DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: uri))
        guard case .full(let resultID?, let items) = try await client.send(request) else {
            Issue.record("expected a full report with a result id")
            return
        }
        #expect(items.first { $0.code == "N102" }?.range == range(of: "leeraar", in: mapWithError))
        var again = request
        again.previousResultId = resultID
        #expect(try await client.send(again) == .unchanged(resultId: resultID))
        let fixed = mapWithError.replacingOccurrences(of: "leeraar", with: "leraar")
        try client.notify(DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
                                                            contentChanges: [TextDocumentContentChangeEvent(text: fixed)]))
        guard case .full(let newID?, let newItems) = try await client.send(again) else {
            Issue.record("expected a full report after the change")
            return
        }
        #expect(newID != resultID)
        #expect(!newItems.contains { $0.code == "N102" })
        #expect(client.received(PublishDiagnosticsNotification.self).filter { $0.uri == uri && !$0.diagnostics.isEmpty }.isEmpty)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// A file on disk is pushed while closed; opened, its pushed copy is cleared (it is pulled
    /// now); closed again, it is pushed again.
    @Test func openingAndClosingSwitchesBetweenPushAndPull() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, capabilities: Self.pullClient)
        let uri = folder.uri("a.vsm")
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.contains { $0.code == "N102" })
        try client.notify(openItem(uri, mapWithError))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.isEmpty)
        guard case .full(_, let items) = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: uri))) else {
            Issue.record("no report")
            return
        }
        #expect(items.contains { $0.code == "N102" })
        try client.notify(DidCloseTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: uri)))
        let pushed = try await client.nextDiagnostics(for: uri)
        #expect(pushed.diagnostics.contains { $0.code == "N102" })
        #expect(pushed.version == nil)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func theOptionsCanForcePush() async throws {
        let client = TestLSPClient.inProcess()
        let result = try await client.initialize(capabilities: Self.pullClient, options: ["diagnostics": "push"])
        #expect(result.capabilities.diagnosticProvider == nil)
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.contains { $0.code == "N102" })
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// When an edit changes what another open document reports, a pulling client is asked to
    /// pull again.
    @Test func otherOpenDocumentsAreRefreshed() async throws {
        let folder = try TemporaryFolder([
            "a.vsm": "proces a \"A\" {\n  idee x \"X\"\n}\n",
            "b.vsm": "proces b \"B\" {\n  actie y \"Y\" { uit: a.x }\n}\n",
        ])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, capabilities: Self.pullClient)
        let a = try String(contentsOf: folder.url.appendingPathComponent("a.vsm"), encoding: .utf8)
        let b = try String(contentsOf: folder.url.appendingPathComponent("b.vsm"), encoding: .utf8)
        try client.notify(openItem(folder.uri("a.vsm"), a))
        try client.notify(openItem(folder.uri("b.vsm"), b))
        let pullB = DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: folder.uri("b.vsm")))
        guard case .full(_, let before) = try await client.send(pullB) else { Issue.record("no report"); return }
        #expect(!before.contains { $0.code == "N102" })
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: folder.uri("a.vsm"), version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: range(of: "idee x", in: a), text: "idee z")]))
        guard case .full(_, let after) = try await client.send(pullB) else { Issue.record("no report"); return }
        #expect(after.contains { $0.code == "N102" })
        #expect(client.requestsFromServer.contains { $0.method == DiagnosticRefreshRequest.method })
        #expect(try await client.shutdownAndExit() == 0)
    }
}
