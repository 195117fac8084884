import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// The lifecycle exactly per LSP 3.17: initialize → initialized → … → shutdown → exit.
@Suite struct LifecycleTests {
    @Test func requestsBeforeInitializeAreRefused() async throws {
        let client = TestLSPClient.inProcess()
        await expectError(JSONRPCError.serverNotInitializedCode) { _ = try await client.send(ShutdownRequest()) }
        await expectError(JSONRPCError.serverNotInitializedCode) {
            _ = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: loneURI())))
        }
        // A notification before initialize is dropped: the document is not open afterwards.
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        let result = try await client.initialize()
        #expect(result.serverInfo?.name == "stroom")
        #expect(result.capabilities.textDocumentSync?.change == .incremental)
        try client.notify(DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: uri, version: 2),
                                                            contentChanges: [TextDocumentContentChangeEvent(text: "")]))
        let warnings = try await client.waitFor(LogMessageNotification.self)
        #expect(warnings.first?.message.contains("is not open") == true)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func initializeTwiceIsInvalid() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        await expectError(JSONRPCError.invalidRequestCode) { _ = try await client.send(InitializeRequest()) }
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func requestsAfterShutdownAreInvalid() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        _ = try await client.send(ShutdownRequest())
        await expectError(JSONRPCError.invalidRequestCode) {
            _ = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: loneURI())))
        }
        await expectError(JSONRPCError.invalidRequestCode) { _ = try await client.send(ShutdownRequest()) }
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 0)
    }

    @Test func exitWithoutShutdownGivesOne() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 1)
    }

    @Test func exitBeforeInitializeGivesOne() async throws {
        let client = TestLSPClient.inProcess()
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 1)
    }

    @Test func endOfInputWithoutExitGivesOne() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        client.closeInput()
        #expect(try await client.waitForExit() == 1)
    }
}
