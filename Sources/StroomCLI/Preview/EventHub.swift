import StroomPlatform

/// The open `/events` streams. ``broadcast(event:data:)`` queues an event for every stream; each
/// stream's thread writes what is queued, and a comment line every ``heartbeat`` seconds so that
/// a vanished reader is noticed and proxies keep the stream open.
final class EventHub: @unchecked Sendable {
    static let heartbeat: TimeInterval = 10

    private final class Stream: @unchecked Sendable {
        let condition = Condition()
        var pending: [String] = []
        var closed = false
    }

    private let lock = Lock()
    private var streams: [ObjectIdentifier: Stream] = [:]

    /// The number of streams open now.
    var count: Int { lock.withLock { streams.count } }

    /// Sends one event (`event:` and a `data:` line per line of `data`) to every stream.
    func broadcast(event: String, data: String) {
        var message = "event: \(event)\n"
        for line in data.split(separator: "\n", omittingEmptySubsequences: false) { message += "data: \(line)\n" }
        message += "\n"
        for stream in lock.withLock({ Array(streams.values) }) {
            stream.condition.withLock {
                stream.pending.append(message)
                stream.condition.signal()
            }
        }
    }

    /// Serves one stream on the calling thread until the reader goes or the hub closes.
    func stream(to descriptor: Int32) {
        let stream = Stream()
        let key = ObjectIdentifier(stream)
        lock.withLock { streams[key] = stream }
        defer { lock.withLock { _ = streams.removeValue(forKey: key) } }
        guard Socket.write(descriptor, Array(": stroom preview\nretry: 1000\n\n".utf8)) else { return }
        while true {
            stream.condition.lock()
            if stream.pending.isEmpty, !stream.closed {
                _ = stream.condition.wait(until: Date(timeIntervalSinceNow: Self.heartbeat))
            }
            let messages = stream.pending
            stream.pending = []
            let closed = stream.closed
            stream.condition.unlock()
            if closed { return }
            let text = messages.isEmpty ? ": heartbeat\n\n" : messages.joined()
            guard Socket.write(descriptor, Array(text.utf8)) else { return }
        }
    }

    /// Ends every stream (when the server stops).
    func closeAll() {
        for stream in lock.withLock({ Array(streams.values) }) {
            stream.condition.withLock {
                stream.closed = true
                stream.condition.signal()
            }
        }
    }
}
