import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// Broken input never stops the server: it answers what it can and keeps reading.
@Suite struct ProtocolErrorTests {
    static func frame(_ text: String) -> [UInt8] { MessageFraming.frame(Array(text.utf8)) }

    /// The server still answers a real request.
    static func stillServes(_ client: TestLSPClient) async throws {
        let report = try await client.send(DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: loneURI())))
        #expect(report == .full(resultId: nil, items: []))
    }

    @Test func malformedJSONGetsParseErrorAndTheServerKeepsReading() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        client.sendRaw(Self.frame("{not json at all"))
        let reply = try await client.nextStrayResponse()
        guard case .errorResponse(nil, let error) = reply else {
            Issue.record("expected an error response without id, got \(reply)")
            return
        }
        #expect(error.code == JSONRPCError.parseErrorCode)
        try await Self.stillServes(client)
        // When the id was read before the JSON broke, the answer names it.
        let id = client.reserveID()
        client.sendRaw(Self.frame(#"{"jsonrpc":"2.0","id":\#(id),"method":"shutdown","params":{"#))
        let named = try await client.response(to: .number(id))
        #expect(named.failure?.code == JSONRPCError.parseErrorCode)
        try await Self.stillServes(client)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func brokenHeadersDoNotHangTheServer() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        client.sendRaw(Array("this is not a header\r\n\r\n".utf8))
        client.sendRaw(Array("Content-Length: many\r\n\r\n{}".utf8))
        client.sendRaw(Array("Content-Type: application/vscode-jsonrpc\r\n\r\n{\"lost\":true}".utf8))
        try await Self.stillServes(client)
        // A length that is too long is cut at the next header: both requests are answered.
        let first = client.reserveID()
        let second = client.reserveID()
        let body = #"{"jsonrpc":"2.0","id":\#(first),"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///x.vsm"}}}"#
        client.sendRaw(Array("Content-Length: \(body.utf8.count + 400)\r\n\r\n\(body)".utf8)
                       + Self.frame(#"{"jsonrpc":"2.0","id":\#(second),"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///y.vsm"}}}"#))
        #expect((try await client.response(to: .number(first))).failure == nil)
        #expect((try await client.response(to: .number(second))).failure == nil)
        // A length that is too short leaves a tail that is skipped; the next message still works.
        client.sendRaw(Array("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}".utf8))
        try await Self.stillServes(client)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func unknownMethodsAndNotifications() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let id = client.sendRequest(method: "textDocument/noSuchThing", params: RawJSON("{}"))
        let result = try await client.response(to: id)
        #expect(result.failure?.code == JSONRPCError.methodNotFoundCode)
        // Unknown notifications (and `$/` ones) are ignored without an answer.
        client.sendRaw(Self.frame(#"{"jsonrpc":"2.0","method":"custom/whatever","params":{}}"#))
        client.sendRaw(Self.frame(#"{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}"#))
        try await Self.stillServes(client)
        #expect(client.strayResponses.isEmpty)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func badParamsAndBadRequests() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let id = client.sendRequest(method: DocumentDiagnosticRequest.method, params: RawJSON(#"{"textDocument":{"url":"x"}}"#))
        let result = try await client.response(to: id)
        #expect(result.failure?.code == JSONRPCError.invalidParamsCode)
        #expect(result.failure?.message.contains("params.textDocument.uri") == true)
        let bad = client.reserveID()
        client.sendRaw(Self.frame(#"{"jsonrpc":"2.0","id":\#(bad)}"#))
        #expect((try await client.response(to: .number(bad))).failure?.code == JSONRPCError.invalidRequestCode)
        // A notification with bad params is not answered; the client's log hears about it.
        client.sendRaw(Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":7}}"#))
        let warnings = try await client.waitFor(LogMessageNotification.self)
        #expect(warnings.first?.type == .warning)
        try await Self.stillServes(client)
        #expect(try await client.shutdownAndExit() == 0)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
