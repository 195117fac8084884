import Foundation
import StroomJSONRPC
import StroomLSP
@testable import StroomServer
import StroomTestSupport
import Testing

@Suite struct CancellationTests {
    @Test func cancelledRequestsGetRequestCancelled() async throws {
        let client = TestLSPClient.inProcess(router: .withTestHandlers)
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
