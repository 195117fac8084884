#if canImport(Glibc)
import Glibc
#endif
import Foundation
import StroomJSONRPC
import Testing

/// Collects what a connection delivers.
final class Collector: MessageHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [JSONRPCMessage] = []
    private var closed = false

    func receive(_ message: JSONRPCMessage) {
        lock.lock()
        received.append(message)
        lock.unlock()
    }

    func connectionClosed() {
        lock.lock()
        closed = true
        lock.unlock()
    }

    var messages: [JSONRPCMessage] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    var isClosed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return closed
    }

    /// Waits until `condition` holds (at most five seconds).
    func wait(until condition: @escaping (Collector) -> Bool) async -> Bool {
        for _ in 0..<500 {
            if condition(self) { return true }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return condition(self)
    }
}

@Suite struct ConnectionTests {
    /// Broken input over a real pipe: the transport answers what it can and keeps reading.
    @Test func pipeConnectionAnswersBrokenMessagesAndKeepsReading() async throws {
        var toServer: [Int32] = [0, 0]
        var toClient: [Int32] = [0, 0]
        #expect(pipe(&toServer) == 0)
        #expect(pipe(&toClient) == 0)
        let server = FileDescriptorConnection(input: toServer[0], output: toClient[1], ownsDescriptors: true, log: { _ in })
        let client = FileDescriptorConnection(input: toClient[0], output: toServer[1], ownsDescriptors: true, log: { _ in })
        let atServer = Collector()
        let atClient = Collector()
        server.start(handler: atServer)
        client.start(handler: atClient)

        client.write(MessageFraming.frame(Array("{not json".utf8)))
        client.write(Array("garbage".utf8))
        client.write(MessageFraming.frame(Array(#"{"jsonrpc":"2.0","id":5}"#.utf8)))
        client.write(MessageFraming.frame(Array(#"{"jsonrpc":"2.0","method":"n","params":7}"#.utf8)))
        client.send(.request(id: .number(6), method: "ping", params: nil))

        #expect(await atServer.wait { $0.messages.count == 1 })
        #expect(atServer.messages == [.request(id: .number(6), method: "ping", params: nil)])
        #expect(await atClient.wait { $0.messages.count == 2 })
        let replies = atClient.messages
        guard replies.count == 2, case .errorResponse(nil, let parse) = replies[0], case .errorResponse(.number(5), let invalid) = replies[1] else {
            Issue.record("unexpected replies \(replies)")
            return
        }
        #expect(parse.code == JSONRPCError.parseErrorCode)
        #expect(invalid.code == JSONRPCError.invalidRequestCode)

        server.send(.response(id: .number(6), result: RawJSON("\"pong\"")!))
        #expect(await atClient.wait { $0.messages.count == 3 })
        client.close()
        #expect(await atServer.wait { $0.isClosed })
        server.close()
        #expect(await atClient.wait { $0.isClosed })
    }

    @Test func localConnectionDeliversInOrder() async {
        let (a, b) = LocalConnection.pair()
        let atB = Collector()
        b.start(handler: atB)
        a.start(handler: Collector())
        for index in 0..<50 { a.send(.notification(method: "n\(index)", params: nil)) }
        a.sendBytes(Array("Content-Length: 2\r\n\r\n{}".utf8))
        #expect(await atB.wait { $0.messages.count == 50 })
        #expect(atB.messages.map(\.method) == (0..<50).map { "n\($0)" })
        a.close()
        #expect(await atB.wait { $0.isClosed })
    }
}
