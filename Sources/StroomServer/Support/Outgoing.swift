import StroomPlatform
import StroomJSONRPC
import StroomLSP

/// Everything the server sends: responses, notifications, and its own requests to the client.
/// Payloads are encoded once here; the transport frames and writes them.
final class Outgoing: @unchecked Sendable {
    private let connection: any Connection
    private let log: ServerLog
    private let lock = Lock()
    private var nextID = 1
    /// Methods of the requests we sent and whose answer has not come.
    private var waiting: [RequestID: String] = [:]

    init(connection: any Connection, log: ServerLog) {
        self.connection = connection
        self.log = log
    }

    /// The params or result of a message: hand-written JSON where the type has it.
    static func encode(_ value: some Encodable) throws -> RawJSON {
        if let fast = value as? FastJSONEncodable { return RawJSON(uncheckedBytes: fast.fastJSON) }
        return try RawJSON(encoding: value)
    }

    func respond(to id: RequestID, result: RawJSON) {
        connection.send(.response(id: id, result: result))
    }

    func respond(to id: RequestID, error: JSONRPCError) {
        connection.send(.errorResponse(id: id, error: error))
    }

    func notify<N: LSPNotification>(_ notification: N) {
        do {
            connection.send(.notification(method: N.method, params: N.hasParams ? try Outgoing.encode(notification) : nil))
        } catch {
            log.error("cannot encode \(N.method): \(error)")
        }
    }

    /// Sends a request to the client; its answer is only checked for an error, which is logged.
    func request<R: LSPRequest>(_ request: R) {
        lock.lock()
        let id = RequestID.number(nextID)
        nextID += 1
        waiting[id] = R.method
        lock.unlock()
        do {
            connection.send(.request(id: id, method: R.method, params: R.hasParams ? try Outgoing.encode(request) : nil))
        } catch {
            log.error("cannot encode \(R.method): \(error)")
        }
    }

    /// The client answered one of our requests.
    func answerArrived(id: RequestID?, error: JSONRPCError?) {
        lock.lock()
        let method = id.flatMap { waiting.removeValue(forKey: $0) }
        lock.unlock()
        if let error {
            log.warning("the client refused \(method ?? "a request") (\(id.map(String.init(describing:)) ?? "no id")): \(error)")
        } else if method == nil {
            log.warning("an answer to a request we did not send: \(id.map(String.init(describing:)) ?? "no id")")
        }
    }

    func close() {
        connection.close()
    }
}
