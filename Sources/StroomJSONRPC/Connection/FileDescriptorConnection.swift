#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif
import StroomPlatform

/// A connection over two file descriptors (stdin and the saved stdout, or a pipe pair). It reads
/// on a thread of its own and writes framed messages whole, under a lock.
public final class FileDescriptorConnection: Connection, @unchecked Sendable {
    private let input: Int32
    private let output: Int32
    /// Whether the descriptors are closed when this connection is done with them.
    private let ownsDescriptors: Bool
    private let log: TransportLog
    private let lock = Lock()
    private var outputClosed = false
    private var reportedBrokenPipe = false

    /// Writing to a closed pipe must give EPIPE, not kill the process.
    private static let ignoreBrokenPipes: Void = Descriptors.ignoreBrokenPipes()

    public init(input: Int32, output: Int32, ownsDescriptors: Bool, log: @escaping TransportLog) {
        _ = FileDescriptorConnection.ignoreBrokenPipes
        self.input = input
        self.output = output
        self.ownsDescriptors = ownsDescriptors
        self.log = log
    }

    public func start(handler: any MessageHandler) {
        BackgroundThread.start(stackSize: 4 << 20) { [self] in readLoop(handler: handler) }
    }

    private func readLoop(handler: any MessageHandler) {
        let inbound = InboundStream(handler: handler, reply: { [weak self] in self?.send($0) }, log: log)
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { Descriptors.readBytes(input, into: $0.baseAddress, count: $0.count) }
            if count > 0 {
                inbound.feed(buffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                if count < 0 { log("transport: reading failed: \(String(cString: strerror(errno)))") }
                break
            }
        }
        inbound.finish()
        if ownsDescriptors { Descriptors.closeDescriptor(input) }
        handler.connectionClosed()
    }

    public func send(_ message: JSONRPCMessage) {
        // Header and body written one after the other under the lock, not copied into one
        // buffer: a large result would be in memory twice.
        let body = message.encoded()
        lock.lock()
        defer { lock.unlock() }
        if writeWhileLocked(MessageFraming.header(forBodyOf: body.count)) { writeWhileLocked(body) }
    }

    /// Writes bytes as they are, framed or not (tests send broken input this way).
    public func write(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        writeWhileLocked(bytes)
    }

    /// Writes all of `bytes`; false when the output is closed or writing failed.
    @discardableResult
    private func writeWhileLocked(_ bytes: [UInt8]) -> Bool {
        guard !outputClosed else { return false }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Descriptors.writeBytes(output, from: $0.baseAddress! + written, count: bytes.count - written) }
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                if !reportedBrokenPipe {
                    reportedBrokenPipe = true
                    log("transport: writing failed: \(String(cString: strerror(errno)))")
                }
                return false
            }
        }
        return true
    }

    public func close() {
        lock.lock()
        defer { lock.unlock() }
        guard !outputClosed else { return }
        outputClosed = true
        if ownsDescriptors { Descriptors.closeDescriptor(output) }
    }
}
