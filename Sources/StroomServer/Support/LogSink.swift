#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StroomPlatform

/// Where the log's lines go: a file descriptor written by a thread of its own, so that the
/// server never waits for its log. Lines wait in a bounded queue; when the destination is slow
/// or blocked (a pipe nobody reads, a FIFO without reader) the queue fills and new lines are
/// dropped, and the next line that fits says how many. When writing fails for good (a full
/// device, a pipe whose reader went away) the sink stops, forgets what waits, and tells
/// `onFailure` once.
final class LogSink: @unchecked Sendable {
    /// Lines (or bytes) that may wait; beyond that, lines are dropped.
    static let maximumQueuedBytes = 1 << 20

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let condition = Condition()
    private var queue: [[UInt8]] = []
    private var queuedBytes = 0
    private var writing = false
    private var failure: String?
    private var failureHandler: (@Sendable (String) -> Void)?
    private var failureReported = false
    /// Lines dropped since the last notice about them.
    private var droppedLines = 0

    init(descriptor: Int32, ownsDescriptor: Bool) {
        // Writing to a pipe whose reader went away must give EPIPE, not end the process.
        _ = signal(SIGPIPE, SIG_IGN)
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        BackgroundThread.start { [self] in run() }
    }

    /// Queues a line; returns at once.
    func enqueue(_ line: String) {
        condition.lock()
        defer { condition.unlock() }
        guard failure == nil else { return }
        var bytes = Array(line.utf8)
        if droppedLines > 0 {
            // A gap in the log is marked where it is.
            bytes = Array("(\(droppedLines) log lines dropped: the log did not keep up)\n".utf8) + bytes
        }
        guard queuedBytes + bytes.count <= LogSink.maximumQueuedBytes else {
            droppedLines += 1
            return
        }
        droppedLines = 0
        queue.append(bytes)
        queuedBytes += bytes.count
        condition.signal()
    }

    /// `handler` hears once why the log stopped; at once if it already has.
    func onFailure(_ handler: @escaping @Sendable (String) -> Void) {
        condition.lock()
        failureHandler = handler
        let report = failure.flatMap { reason in failureReported ? nil : reason }
        if report != nil { failureReported = true }
        condition.unlock()
        if let report { handler(report) }
    }

    /// Waits until every queued line is written, the sink failed, or `timeout` seconds passed.
    func flush(timeout: Double) {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while (!queue.isEmpty || writing), failure == nil {
            if !condition.wait(until: deadline) { return }
        }
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let line = queue.removeFirst()
            queuedBytes -= line.count
            writing = true
            condition.unlock()

            let error = writeWhole(line)

            condition.lock()
            writing = false
            var report: (handler: @Sendable (String) -> Void, reason: String)?
            if let error {
                failure = error
                queue.removeAll()
                queuedBytes = 0
                if let handler = failureHandler, !failureReported {
                    failureReported = true
                    report = (handler, error)
                }
            }
            condition.broadcast()
            condition.unlock()
            if let report { report.handler(report.reason) }
            if error != nil {
                if ownsDescriptor { _ = close(descriptor) }
                return
            }
        }
    }

    /// Writes a line; a destination that is full for now (`EAGAIN`) loses the rest of the line.
    /// Returns why writing failed for good.
    private func writeWhole(_ bytes: [UInt8]) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                condition.lock()
                droppedLines += 1
                condition.unlock()
                return nil
            } else {
                return count < 0 ? String(cString: strerror(errno)) : "nothing written"
            }
        }
        return nil
    }
}

extension LogSink {
    /// Opens a log file for appending, created if missing, without ever waiting: a FIFO that
    /// nobody reads yet is opened for reading too, so that opening returns at once and lines
    /// wait in the FIFO (or are dropped when it is full) until a reader comes.
    static func openFile(atPath path: String) -> Int32? {
        let flags = O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == ENXIO {
            descriptor = open(path, O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        }
        return descriptor >= 0 ? descriptor : nil
    }
}
