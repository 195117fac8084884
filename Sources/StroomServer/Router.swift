import StroomJSONRPC
import StroomLSP

/// A request handler: one LSP method, in `Handlers/`, named after it.
protocol RequestHandler: SendableMetatype {
    associatedtype Request: LSPRequest
    /// Runs on the server's queue. Throws a `JSONRPCError` to answer with that error.
    static func handle(_ request: Request, context: RequestContext) throws -> Request.Response
    /// Adds this feature to the capabilities announced in `initialize` (when the client can use it).
    static func announce(in capabilities: inout ServerCapabilities, state: ServerState)
}

/// A notification handler: one LSP method, in `Handlers/`, named after it.
protocol NotificationHandler: SendableMetatype {
    associatedtype Notification: LSPNotification
    static func handle(_ notification: Notification, context: NotificationContext) throws
    static func announce(in capabilities: inout ServerCapabilities, state: ServerState)
}

extension RequestHandler {
    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {}
}

extension NotificationHandler {
    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {}
}

/// What a request handler gets besides its params.
struct RequestContext {
    let state: ServerState
    let id: RequestID
    /// True once the client sent `$/cancelRequest` for this request.
    let isCancelled: @Sendable () -> Bool

    /// Throws `RequestCancelled` when the client gave up; call it between the phases of a long
    /// request.
    func checkCancellation() throws {
        if isCancelled() { throw JSONRPCError.requestCancelled }
    }
}

/// What a notification handler gets besides its params.
struct NotificationContext {
    let state: ServerState
}

/// The method table: method name → handler. A new feature is one handler file plus one line in
/// ``Router/standard``; nothing else dispatches on method names.
public struct Router: Sendable {
    struct RequestRoute: Sendable {
        let run: @Sendable (RawJSON?, RequestContext) throws -> RawJSON
        let announce: @Sendable (inout ServerCapabilities, ServerState) -> Void
    }

    struct NotificationRoute: Sendable {
        let run: @Sendable (RawJSON?, NotificationContext) throws -> Void
        let announce: @Sendable (inout ServerCapabilities, ServerState) -> Void
    }

    private(set) var requests: [String: RequestRoute] = [:]
    private(set) var notifications: [String: NotificationRoute] = [:]

    init() {}

    mutating func on<H: RequestHandler>(_ handler: H.Type) {
        precondition(requests[H.Request.method] == nil, "\(H.Request.method) has two handlers")
        requests[H.Request.method] = RequestRoute(
            run: { params, context in
                let request: H.Request = try decodeParams(params)
                return try Outgoing.encode(try H.handle(request, context: context))
            },
            announce: { H.announce(in: &$0, state: $1) })
    }

    mutating func on<H: NotificationHandler>(_ handler: H.Type) {
        precondition(notifications[H.Notification.method] == nil, "\(H.Notification.method) has two handlers")
        notifications[H.Notification.method] = NotificationRoute(
            run: { params, context in
                let notification: H.Notification = try decodeParams(params)
                try H.handle(notification, context: context)
            },
            announce: { H.announce(in: &$0, state: $1) })
    }

    /// The request methods this router answers, sorted.
    public var requestMethods: [String] { requests.keys.sorted() }
    /// The notification methods this router handles, sorted.
    public var notificationMethods: [String] { notifications.keys.sorted() }

    /// The capabilities every handler announces, given what the client can do.
    func capabilities(state: ServerState) -> ServerCapabilities {
        var capabilities = ServerCapabilities(positionEncoding: state.encoding.kind)
        for method in requestMethods { requests[method]?.announce(&capabilities, state) }
        for method in notificationMethods { notifications[method]?.announce(&capabilities, state) }
        return capabilities
    }
}

/// Missing or null params decode as `{}`, so that requests without params (`shutdown`) work and
/// requests that need some get a clear `InvalidParams`.
private func decodeParams<T: Decodable>(_ params: RawJSON?) throws -> T {
    do {
        return try (params ?? .emptyObject).decode(T.self)
    } catch let error as DecodingError {
        throw JSONRPCError.invalidParams(describe(error))
    }
}

private func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return keys.isEmpty ? "params" : "params" + keys
    }
    switch error {
    case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
        return "\(path(context)): \(context.debugDescription)"
    @unknown default: return "\(error)"
    }
}
