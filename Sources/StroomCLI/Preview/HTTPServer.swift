import StroomPlatform

/// The preview's tiny HTTP/1.1 server: 127.0.0.1 only, `GET` only, one request per connection
/// (`Connection: close`), a thread per connection and at most ``maximumConnections`` at once
/// (more are answered 503 and closed). `/events` stays open as a server-sent event stream.
final class HTTPServer: @unchecked Sendable {
    static let maximumConnections = 32

    struct Response {
        var status: Int
        var contentType: String
        var body: [UInt8]
        var headers: [(String, String)] = []
    }

    /// What a request gets: a response, or the event stream.
    enum Route {
        case respond(Response)
        case events
    }

    let port: UInt16
    private let listener: Int32
    private let route: @Sendable (String) -> Route
    let hub: EventHub
    private let lock = Lock()
    private var open = 0
    private var stopped = false

    /// Binds 127.0.0.1:`port` (0: any free port).
    init(port: UInt16, hub: EventHub, route: @escaping @Sendable (String) -> Route) throws(Socket.BindFailure) {
        switch Socket.listen(port: port) {
        case .success(let bound):
            listener = bound.descriptor
            self.port = bound.port
        case .failure(let failure):
            throw failure
        }
        self.hub = hub
        self.route = route
    }

    /// Accepts connections on a thread of its own until ``stop()``.
    func start() {
        BackgroundThread.start { [self] in acceptLoop() }
    }

    func stop() {
        lock.withLock { stopped = true }
        Socket.shutdown(listener)
        Socket.close(listener)
        hub.closeAll()
    }

    private func acceptLoop() {
        while !lock.withLock({ stopped }) {
            guard let client = Socket.accept(listener) else {
                if lock.withLock({ stopped }) { return }
                BackgroundThread.sleep(seconds: 0.01)
                continue
            }
            Socket.setTimeouts(client, seconds: 5)
            let admitted = lock.withLock { () -> Bool in
                guard open < Self.maximumConnections else { return false }
                open += 1
                return true
            }
            guard admitted else {
                _ = Socket.write(client, Self.head(Self.plain(503, "busy"), extra: ""))
                Socket.close(client)
                continue
            }
            BackgroundThread.start { [self] in
                serve(client)
                Socket.close(client)
                lock.withLock { open -= 1 }
            }
        }
    }

    private func serve(_ client: Int32) {
        guard let head = Socket.readHead(client) else { return }
        switch HTTPRequest.parse(head, port: port) {
        case .failure(let failure):
            send(Self.plain(failure.status, Self.reason(failure.status)), to: client)
        case .success(let request):
            switch route(request.path) {
            case .respond(let response):
                send(response, to: client)
            case .events:
                let headers = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n"
                    + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
                guard Socket.write(client, Array(headers.utf8)) else { return }
                hub.stream(to: client)
            }
        }
    }

    private func send(_ response: Response, to client: Int32) {
        var extra = ""
        for (name, value) in response.headers { extra += "\(name): \(value)\r\n" }
        _ = Socket.write(client, Self.head(response, extra: extra) + response.body)
    }

    static func head(_ response: Response, extra: String) -> [UInt8] {
        Array(("HTTP/1.1 \(response.status) \(reason(response.status))\r\nContent-Type: \(response.contentType)\r\n"
            + "Content-Length: \(response.body.count)\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
            + "Connection: close\r\n\(extra)\r\n").utf8)
    }

    static func plain(_ status: Int, _ text: String) -> Response {
        Response(status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8))
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        default: "Error"
        }
    }
}
