import Dispatch
import StroomPlatform
import StroomJSONRPC
import StroomLSP
import StroomSyntax

/// The language server: reads messages from a connection, handles them one at a time in the
/// order they came, and answers through the same connection.
///
/// The lifecycle is one state and one switch (``handle(_:)``): requests before `initialize`
/// get `ServerNotInitialized`, requests after `shutdown` get `InvalidRequest`, and `exit` ends
/// the server with 0 after `shutdown` and 1 without.
public final class Server: MessageHandler, @unchecked Sendable {
    enum Lifecycle: Equatable {
        case uninitialized
        case running
        case shuttingDown
        case exited
    }

    private let queue = DispatchQueue(label: "stroom.server")
    private let connection: any Connection
    private let router: Router
    private let inbox = Inbox()
    private let log: ServerLog
    private let onExit: @Sendable (Int32) -> Void
    /// Touched on `queue` only, like `state`.
    private var lifecycle = Lifecycle.uninitialized
    /// Why the log failed, while the client has not been told.
    private var logFailure: String?
    private let state: ServerState

    /// A server with every standard handler. `onExit` gets the exit code once, after `exit`
    /// or when the input ends.
    public convenience init(connection: any Connection, options: ServerOptions = ServerOptions(), log: ServerLog,
                            onExit: @escaping @Sendable (Int32) -> Void) {
        self.init(connection: connection, options: options, log: log, router: .standard, onExit: onExit)
    }

    public init(connection: any Connection, options: ServerOptions, log: ServerLog, router: Router, onExit: @escaping @Sendable (Int32) -> Void) {
        self.connection = connection
        self.router = router
        self.log = log
        self.onExit = onExit
        let inbox = self.inbox
        state = ServerState(log: log, options: options, router: router, outgoing: Outgoing(connection: connection, log: log),
                            hasQueuedEdits: { inbox.hasQueuedEdits }, hasQueuedDocumentRequests: { inbox.hasQueuedDocumentRequests })
    }

    /// The log failed (a full disk, a closed pipe): the server goes on without it and tells
    /// the client once, in its language.
    private func logBroke(_ reason: String) {
        // Before initialize the client's language is not known yet: told after it.
        guard lifecycle == .running || lifecycle == .shuttingDown else {
            logFailure = reason
            return
        }
        logFailure = nil
        let text = LocalizedText(nl: "stroom: het logboek van de taalserver kan niet geschreven worden (\(reason)); de server werkt door zonder logboek.",
                                 en: "stroom: the language server's log cannot be written (\(reason)); the server goes on without a log.")
        state.outgoing.notify(LogMessageNotification(type: .warning, message: text[state.language(for: nil)]))
    }

    /// Starts reading. Returns at once; the server runs on its own thread and queue.
    public func start() {
        log.onFailure { [weak self] reason in
            guard let self else { return }
            queue.async { self.logBroke(reason) }
        }
        connection.start(handler: self)
    }

    // MARK: - Reading thread

    public func receive(_ message: JSONRPCMessage) {
        // Cancellation must be seen before the queue reaches the request, so it is taken here.
        if case .notification(CancelRequestNotification.method, let params) = message {
            if let cancel = try? (params ?? .emptyObject).decode(CancelRequestNotification.self) {
                inbox.cancel(RequestID(cancel.id))
            } else {
                log.warning("unreadable $/cancelRequest: \(params?.text ?? "no params")")
            }
            return
        }
        inbox.arrived(message)
        queue.async { self.handle(message) }
    }

    public func connectionClosed() {
        queue.async {
            guard self.lifecycle != .exited else { return }
            self.log.warning("the input ended without exit")
            self.exit(code: 1)
        }
    }

    // MARK: - Server queue

    private func handle(_ message: JSONRPCMessage) {
        inbox.takenUp(message)
        defer { scheduleFreeing() }
        switch message {
        case .request(let id, let method, let params):
            defer {
                inbox.answered(id)
                // Diagnostics that waited for this request (see `refreshDiagnostics`).
                if state.refreshOwed != nil, lifecycle == .running { state.refreshDiagnostics() }
            }
            if inbox.isCancelled(id) {
                state.outgoing.respond(to: id, error: .requestCancelled)
                return
            }
            switch (lifecycle, method) {
            case (.uninitialized, InitializeRequest.method):
                if answer(id: id, method: method, params: params) {
                    lifecycle = .running
                    if let reason = logFailure { logBroke(reason) }
                }
            case (.uninitialized, _):
                state.outgoing.respond(to: id, error: .serverNotInitialized)
            case (.running, InitializeRequest.method):
                state.outgoing.respond(to: id, error: .invalidRequest("initialize was already sent"))
            case (.running, ShutdownRequest.method):
                lifecycle = .shuttingDown
                answer(id: id, method: method, params: params)
            case (.running, _):
                answer(id: id, method: method, params: params)
            case (.shuttingDown, _):
                state.outgoing.respond(to: id, error: .invalidRequest("the server is shutting down; only exit is accepted"))
            case (.exited, _):
                break
            }
        case .notification(let method, let params):
            switch (lifecycle, method) {
            case (.exited, _):
                break
            case (_, ExitNotification.method):
                exit(code: lifecycle == .shuttingDown ? 0 : 1)
            case (.running, _):
                deliver(method: method, params: params)
            case (.uninitialized, _), (.shuttingDown, _):
                if !method.hasPrefix("$/") { log.info("ignored \(method): the server is \(lifecycle)") }
            }
        case .response(let id, _):
            state.outgoing.answerArrived(id: id, error: nil)
        case .errorResponse(let id, let error):
            state.outgoing.answerArrived(id: id, error: error)
        }
    }

    /// Analyses nobody needs any more are freed at the back of the queue: after the messages
    /// that already wait there (the pull for the new diagnostics, which a client sends right
    /// behind its edit), not between them and their answers.
    private func scheduleFreeing() {
        guard !state.retired.isEmpty, !state.freeingScheduled else { return }
        state.freeingScheduled = true
        queue.async { [state] in
            state.freeingScheduled = false
            state.retired.removeAll()
        }
    }

    /// Runs a request's handler and sends its result or error. Returns whether it succeeded.
    @discardableResult
    private func answer(id: RequestID, method: String, params: RawJSON?) -> Bool {
        guard let route = router.requests[method] else {
            state.outgoing.respond(to: id, error: .methodNotFound(method))
            return false
        }
        let inbox = self.inbox
        let context = RequestContext(state: state, id: id, isCancelled: { inbox.isCancelled(id) })
        do {
            state.outgoing.respond(to: id, result: try route.run(params, context))
            return true
        } catch let error as JSONRPCError {
            if error.code != JSONRPCError.requestCancelledCode { log.warning("\(method) failed: \(error)") }
            state.outgoing.respond(to: id, error: error)
        } catch {
            log.error("\(method) failed: \(error)")
            state.outgoing.respond(to: id, error: .internalError("\(error)"))
        }
        return false
    }

    private func deliver(method: String, params: RawJSON?) {
        guard let route = router.notifications[method] else {
            // Unknown notifications are ignored; `$/` ones are optional by definition, silently.
            if !method.hasPrefix("$/") { log.info("ignored unknown notification \(method)") }
            return
        }
        do {
            try route.run(params, NotificationContext(state: state))
        } catch {
            state.warn("\(method) failed: \(error)")
        }
    }

    private func exit(code: Int32) {
        lifecycle = .exited
        log.info("exit with code \(code)")
        state.outgoing.close()
        onExit(code)
    }
}
