import Dispatch
import StroomPlatform

/// Two connected ends in one process, for tests. Messages still cross as framed bytes, so the
/// framing and decoding run exactly as over a pipe; each end delivers on a serial queue of its own.
public final class LocalConnection: Connection, @unchecked Sendable {
    private let queue: DispatchQueue
    private let log: TransportLog
    private let lock = Lock()
    private weak var peer: LocalConnection?
    /// Touched on `queue` only.
    private var inbound: InboundStream?
    private var handler: (any MessageHandler)?
    private var waiting: [[UInt8]] = []
    private var closed = false

    private init(name: String, log: @escaping TransportLog) {
        queue = DispatchQueue(label: "stroom.local-connection.\(name)")
        self.log = log
    }

    /// Two ends; what one sends, the other receives. Keep both alive while in use.
    public static func pair(log: @escaping TransportLog = { _ in }) -> (LocalConnection, LocalConnection) {
        let first = LocalConnection(name: "a", log: log)
        let second = LocalConnection(name: "b", log: log)
        first.peer = second
        second.peer = first
        return (first, second)
    }

    public func start(handler: any MessageHandler) {
        queue.async { [self] in
            self.handler = handler
            inbound = InboundStream(handler: handler, reply: { [weak self] in self?.send($0) }, log: log)
            for bytes in waiting { inbound?.feed(bytes) }
            waiting.removeAll()
        }
    }

    public func send(_ message: JSONRPCMessage) {
        sendBytes(message.framed())
    }

    /// Sends bytes as they are, framed or not (tests send broken input this way).
    public func sendBytes(_ bytes: [UInt8]) {
        lock.lock()
        let isClosed = closed
        lock.unlock()
        guard !isClosed else { return }
        peer?.deliver(bytes)
    }

    private func deliver(_ bytes: [UInt8]) {
        queue.async { [self] in
            if let inbound { inbound.feed(bytes) } else { waiting.append(bytes) }
        }
    }

    public func close() {
        lock.lock()
        let wasClosed = closed
        closed = true
        lock.unlock()
        guard !wasClosed, let peer else { return }
        peer.queue.async {
            peer.inbound?.finish()
            peer.handler?.connectionClosed()
        }
    }
}
