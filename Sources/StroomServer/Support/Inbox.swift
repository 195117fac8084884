import StroomPlatform
import StroomJSONRPC
import StroomLSP

/// What the reading thread knows before the server's queue gets to a message: which requests
/// wait for an answer, which of them the client cancelled, how many text changes are queued and
/// how many requests that are answered from the document alone.
final class Inbox: @unchecked Sendable {
    private let lock = Lock()
    private var waiting: Set<RequestID> = []
    private var cancelled: Set<RequestID> = []
    private var queuedEdits = 0
    private var queuedDocumentRequests = 0

    /// Notifications that change text or files; while one waits, earlier ones skip analysis.
    static let editMethods: Set<String> = [
        DidOpenTextDocumentNotification.method,
        DidChangeTextDocumentNotification.method,
        DidCloseTextDocumentNotification.method,
        DidChangeWatchedFilesNotification.method,
        DidChangeWorkspaceFoldersNotification.method,
    ]

    /// Requests answered from one document without the workspace's analysis: while one waits,
    /// the diagnostics wait for it (an outline of a large document should not wait for every
    /// check of it).
    static let documentMethods: Set<String> = [
        DocumentSymbolRequest.method,
    ]

    /// Called on the reading thread for every message, before it is queued.
    func arrived(_ message: JSONRPCMessage) {
        lock.lock()
        defer { lock.unlock() }
        switch message {
        case .request(let id, let method, _):
            waiting.insert(id)
            if Inbox.documentMethods.contains(method) { queuedDocumentRequests += 1 }
        case .notification(let method, _) where Inbox.editMethods.contains(method): queuedEdits += 1
        default: break
        }
    }

    /// Called on the server's queue when it takes the message up.
    func takenUp(_ message: JSONRPCMessage) {
        lock.lock()
        defer { lock.unlock() }
        switch message {
        case .request(_, let method, _) where Inbox.documentMethods.contains(method): queuedDocumentRequests -= 1
        case .notification(let method, _) where Inbox.editMethods.contains(method): queuedEdits -= 1
        default: break
        }
    }

    /// `$/cancelRequest`: honoured only for a request that is still waiting.
    func cancel(_ id: RequestID) {
        lock.lock()
        defer { lock.unlock() }
        if waiting.contains(id) { cancelled.insert(id) }
    }

    func isCancelled(_ id: RequestID) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled.contains(id)
    }

    /// The request was answered.
    func answered(_ id: RequestID) {
        lock.lock()
        defer { lock.unlock() }
        waiting.remove(id)
        cancelled.remove(id)
    }

    var hasQueuedEdits: Bool {
        lock.lock()
        defer { lock.unlock() }
        return queuedEdits > 0
    }

    var hasQueuedDocumentRequests: Bool {
        lock.lock()
        defer { lock.unlock() }
        return queuedDocumentRequests > 0
    }
}

extension RequestID {
    init(_ id: IntegerOrString) {
        switch id {
        case .integer(let value): self = .number(value)
        case .string(let value): self = .string(value)
        }
    }
}
