import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// Files that are not open come from disk (read at `initialized`), are kept fresh through
/// `workspace/didChangeWatchedFiles`, and are overridden by open documents.
@Suite struct WorkspaceTests {
    static let fixed = mapWithError.replacingOccurrences(of: "leeraar", with: "leraar")

    @Test func filesOnDiskArePublishedAtInitialized() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError, "sub/b.vsm": Self.fixed, ".hidden/c.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        let published = try await client.nextDiagnostics(for: folder.uri("a.vsm"))
        #expect(published.version == nil)
        #expect(published.diagnostics.first { $0.code == "N102" }?.range == range(of: "leeraar", in: mapWithError))
        _ = try await client.send(ShutdownRequest())
        // Clean files and hidden folders are not published.
        let uris = Set(client.received(PublishDiagnosticsNotification.self).filter { !$0.diagnostics.isEmpty }.map(\.uri))
        #expect(uris == [folder.uri("a.vsm")] || uris == [folder.uri("a.vsm"), folder.uri("sub/b.vsm")])
        #expect(!uris.contains(folder.uri(".hidden/c.vsm")))
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 0)
    }

    @Test func openDocumentsOverrideTheDiskAndClosingGoesBack() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        let uri = folder.uri("a.vsm")
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.contains { $0.code == "N102" })
        try client.notify(openItem(uri, Self.fixed, version: 3))
        let open = try await client.nextDiagnostics(for: uri)
        #expect(open.version == 3)
        #expect(!open.diagnostics.contains { $0.code == "N102" })
        try client.notify(DidCloseTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: uri)))
        let closed = try await client.nextDiagnostics(for: uri)
        #expect(closed.version == nil)
        #expect(closed.diagnostics.contains { $0.code == "N102" })
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func watchedFilesKeepTheWorkspaceFresh() async throws {
        let folder = try TemporaryFolder(["a.vsm": Self.fixed])
        let client = TestLSPClient.inProcess()
        var capabilities = TestLSPClient.pushClient
        capabilities.workspace?.didChangeWatchedFiles = DynamicRegistrationCapability(dynamicRegistration: true)
        try await client.initialize(rootURI: folder.rootURI, capabilities: capabilities)
        // The server asks the client to watch the Stroom files and stroom.json.
        _ = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: folder.uri("a.vsm"))))
        let registration = try #require(client.requestsFromServer.first { $0.method == RegisterCapabilityRequest.method })
        let registered = try #require(registration.params).decode(RegisterCapabilityRequest.self)
        #expect(registered.registrations.first?.method == DidChangeWatchedFilesNotification.method)
        #expect(registration.params?.text.contains("**/*.batenlogica") == true)

        // Created on disk.
        try folder.write("b.vsm", mapWithError)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("b.vsm"), type: .created)]))
        #expect(try await client.nextDiagnostics(for: folder.uri("b.vsm")).diagnostics.contains { $0.code == "N102" })
        // Changed on disk.
        try folder.write("b.vsm", Self.fixed)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("b.vsm"), type: .changed)]))
        #expect(!(try await client.nextDiagnostics(for: folder.uri("b.vsm")).diagnostics.contains { $0.code == "N102" }))
        // Deleted: its diagnostics go.
        try folder.write("b.vsm", mapWithError)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("b.vsm"), type: .changed)]))
        _ = try await client.nextDiagnostics(for: folder.uri("b.vsm"))
        try folder.remove("b.vsm")
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("b.vsm"), type: .deleted)]))
        #expect(try await client.nextDiagnostics(for: folder.uri("b.vsm")).diagnostics.isEmpty)

        // stroom.json: the language, and what is wrong in it.
        try folder.write("a.vsm", mapWithError)
        try folder.write("stroom.json", #"{ "taal": "nl", "ernst": { "X999": "negeer" } }"#)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("a.vsm"), type: .changed),
                                                                      FileEvent(uri: folder.uri("stroom.json"), type: .created)]))
        let dutch = try await client.nextDiagnostics(for: folder.uri("a.vsm")) { $0.diagnostics.contains { $0.code == "N102" } }
        #expect(dutch.diagnostics.first { $0.code == "N102" }?.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")
        let configuration = try await client.nextDiagnostics(for: folder.uri("stroom.json"))
        #expect(configuration.diagnostics.map(\.code) == ["W606"])
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func noWatcherIsRegisteredWhenTheClientCannot() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        _ = try await client.nextDiagnostics(for: folder.uri("a.vsm"))
        #expect(client.requestsFromServer.isEmpty)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// An edit publishes the edited document first, then the files that refer to its maps.
    @Test func dependantsArePublishedAfterTheEditedDocument() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: RepositoryPaths.samples.absoluteString)
        let map = RepositoryPaths.samples.appendingPathComponent("akkrum/groepsplannen.vsm")
        let logic = RepositoryPaths.samples.appendingPathComponent("sws-balans/sws_balans.batenlogica").absoluteString
        let before = try await client.nextDiagnostics(for: logic)
        #expect(!before.diagnostics.contains { $0.code == "N102" })
        let text = try String(contentsOf: map, encoding: .utf8)
        try client.notify(openItem(map.absoluteString, text))
        _ = try await client.nextDiagnostics(for: map.absoluteString)
        // Rename the idea that sws_balans names as groepsplannen.koppeling.
        let idea = range(of: "idee koppeling", in: text)
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: map.absoluteString, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: idea, text: "idee koppelen")]))
        let after = try await client.nextDiagnostics(for: logic)
        #expect(after.diagnostics.contains { $0.code == "N102" && $0.message.hasPrefix("‘koppeling’ is not the name of anything in map ‘groepsplannen’.") },
                "\(after.diagnostics.filter { $0.code == "N102" }.map(\.message))")
        let order = client.received(PublishDiagnosticsNotification.self).map { $0.uri }
        let edited = try #require(order.lastIndex(of: map.absoluteString))
        let dependant = try #require(order.lastIndex(of: logic))
        #expect(edited < dependant)
        #expect(client.received(PublishDiagnosticsNotification.self)[edited].version == 2)
        #expect(try await client.shutdownAndExit() == 0)
    }
}
