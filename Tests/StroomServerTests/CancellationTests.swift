import Foundation
import StroomJSONRPC
import StroomLSP
@testable import StroomServer
import StroomTestSupport
import Testing

/// A request that works until the client cancels it (as a long request would, checking
/// between its phases).
struct SlowRequest: LSPRequest {
    static let method = "test/slow"
    typealias Response = VoidResponse
}

struct EchoRequest: LSPRequest {
    static let method = "test/echo"
    typealias Response = String
    var text: String
}

enum SlowHandler: RequestHandler {
    static func handle(_ request: SlowRequest, context: RequestContext) throws -> VoidResponse {
        for _ in 0..<2000 {
            try context.checkCancellation()
            Thread.sleep(forTimeInterval: 0.005)
        }
        return VoidResponse()
    }
}

enum EchoHandler: RequestHandler {
    static func handle(_ request: EchoRequest, context: RequestContext) throws -> String { request.text }
}

@Suite struct CancellationTests {
    static var router: Router {
        var router = Router.standard
        router.on(SlowHandler.self)
        router.on(EchoHandler.self)
        return router
    }

    @Test func cancelledRequestsGetRequestCancelled() async throws {
        let client = TestLSPClient.inProcess(router: Self.router)
        try await client.initialize()
        // The slow request holds the queue; the echo behind it is cancelled before it starts,
        // then the slow one is cancelled while it runs. The reader takes cancellations in order,
        // so the echo's is certainly seen before the slow request stops.
        let slow = client.sendRequest(method: SlowRequest.method, params: nil)
        let echo = client.sendRequest(method: EchoRequest.method, params: try RawJSON(encoding: EchoRequest(text: "weg")))
        let kept = client.sendRequest(method: EchoRequest.method, params: try RawJSON(encoding: EchoRequest(text: "blijft")))
        try client.notify(CancelRequestNotification(id: .integer(Self.number(echo))))
        try client.notify(CancelRequestNotification(id: .integer(Self.number(slow))))
        #expect((try await client.response(to: slow)).failure?.code == JSONRPCError.requestCancelledCode)
        #expect((try await client.response(to: echo)).failure?.code == JSONRPCError.requestCancelledCode)
        #expect(try (try await client.response(to: kept)).get().decode(String.self) == "blijft")
        // Cancelling what was answered already changes nothing.
        #expect(try await client.send(EchoRequest(text: "a")) == "a")
        try client.notify(CancelRequestNotification(id: .integer(999)))
        #expect(try await client.send(EchoRequest(text: "b")) == "b")
        #expect(try await client.shutdownAndExit() == 0)
    }

    static func number(_ id: RequestID) -> Int {
        if case .number(let value) = id { return value }
        return -1
    }
}
