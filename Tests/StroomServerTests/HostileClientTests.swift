import Foundation
import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// A client that sends everything wrong, one case per row: each row names what it sends and
/// what the server must do — a JSON-RPC error with the right code (with the request's id, or
/// with `null` when no id could be read), a result, or nothing at all (the documented ignore
/// behaviour for notifications) — and after every row the server still answers a hover and a
/// documentSymbol on an open document correctly.
@Suite struct HostileClientTests {
    enum Answer: CustomStringConvertible {
        /// An error with the request's id (`ID` in the body).
        case error(Int)
        /// An error with a `null` id: nothing in the message could name the request.
        case errorWithoutID(Int)
        /// A result for the request's id (`ID`).
        case result
        /// A result for an id that the client did not hand out (a string id, say).
        case resultFor(RequestID)
        /// No answer at all.
        case ignored

        var description: String {
            switch self {
            case .error(let code): "error \(code)"
            case .errorWithoutID(let code): "error \(code) without id"
            case .result: "result"
            case .resultFor(let id): "result for \(id)"
            case .ignored: "ignored"
            }
        }
    }

    enum Phase { case beforeInitialize, running, afterShutdown }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var phase = Phase.running
        /// JSON text, framed when sent; `ID` becomes a fresh request id, `URI` the open document.
        let body: String
        let answer: Answer
        var testDescription: String { name }
    }

    static let marked = "proces kaart \"Kaart\" {\n  persoon juf \"Juf Anneliës\"\n  stap a \"A\" { door: 1️⃣juf  tijd: 5min }\n}\n"

    @Test func thereAreAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func theServerAnswersAndKeepsServing(_ hostile: Case) async throws {
        let folder = try TemporaryFolder([:])
        defer { withExtendedLifetime(folder) {} }
        let uri = folder.uri("kaart.vsm")
        let client = TestLSPClient.inProcess()
        var positions: [String: Position] = [:]
        if hostile.phase != .beforeInitialize {
            try await client.initialize(rootURI: folder.rootURI)
            positions = try client.openDocument(Self.marked, uri: uri)
        }
        if hostile.phase == .afterShutdown { _ = try await client.send(ShutdownRequest()) }

        var ids: [Int] = []
        for part in hostile.body.split(separator: "\u{0}", omittingEmptySubsequences: false) {
            let id = client.reserveID()
            ids.append(id)
            let text = part.replacingOccurrences(of: "ID", with: String(id)).replacingOccurrences(of: "URI", with: uri)
            client.sendRaw(MessageFraming.frame(Array(text.utf8)))
        }
        let id = RequestID.number(ids[0])
        switch hostile.answer {
        case .error(let code):
            let answer = try await client.response(to: id, timeout: 10)
            #expect(answer.failure?.code == code, "\(hostile.name): \(answer)")
        case .errorWithoutID(let code):
            let reply = try await client.nextStrayResponse(timeout: 10)
            guard case .errorResponse(nil, let error) = reply else {
                Issue.record("\(hostile.name): expected an error without id, got \(reply)")
                return
            }
            #expect(error.code == code, "\(hostile.name): \(error)")
        case .result:
            for id in ids {
                let answer = try await client.response(to: .number(id), timeout: 10)
                #expect(answer.failure == nil, "\(hostile.name): \(answer)")
            }
        case .resultFor(.number(let number)):
            // A number the client did not hand out but below its next id is filed as an answer.
            let answer = try await client.response(to: .number(number), timeout: 10)
            #expect(answer.failure == nil, "\(hostile.name): \(answer)")
        case .resultFor(let expected):
            let reply = try await client.nextStrayResponse(timeout: 10)
            guard case .response(expected, _) = reply else {
                Issue.record("\(hostile.name): expected a result for \(expected), got \(reply)")
                return
            }
        case .ignored:
            break
        }

        if hostile.phase == .beforeInitialize {
            try await client.initialize(rootURI: folder.rootURI)
            positions = try client.openDocument(Self.marked, uri: uri)
        }
        if hostile.phase == .afterShutdown {
            // After shutdown only exit is accepted; the server still answers, and exits with 0.
            await expectError(Self.invalidRequest) { _ = try await client.send(HoverRequest(textDocument: TextDocumentIdentifier(uri: uri), position: positions["1️⃣"]!)) }
            client.sendRaw(MessageFraming.frame(Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8)))
            #expect(try await client.waitForExit() == 0)
            return
        }
        try await Self.expectStillServing(client, uri: uri, at: positions["1️⃣"]!, name: hostile.name)
        // Nothing answered what must be ignored (the server answers in order, so any reply to
        // the hostile message came before the hover's).
        if case .ignored = hostile.answer {
            #expect(client.strayResponses.isEmpty, "\(hostile.name): \(client.strayResponses)")
        }
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// A hover on `juf` names the person; the symbols hold the map with its step.
    static func expectStillServing(_ client: TestLSPClient, uri: DocumentURI, at position: Position, name: String) async throws {
        let document = TextDocumentIdentifier(uri: uri)
        let hover = try await client.send(HoverRequest(textDocument: document, position: position), timeout: 10)
        #expect(hover?.contents.value.contains("`juf` — Juf Anneliës") == true, "\(name): \(String(describing: hover))")
        let symbols = try await client.send(DocumentSymbolRequest(textDocument: document), timeout: 10)
        #expect(symbols?.map(\.name) == ["kaart"], "\(name): \(String(describing: symbols))")
        func names(_ symbols: [DocumentSymbol]) -> [String] { symbols.flatMap { [$0.name] + names($0.children ?? []) } }
        let all = names(symbols ?? [])
        #expect(all.contains("a") && all.contains("juf"), "\(name): \(all)")
    }
}
