#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StroomPlatform

/// The server's log: stderr or the `--log` file, never stdout. Every line carries a time, a
/// level, and the file and line of the code that wrote it. Logging never blocks and never
/// fails the server: a log that cannot be written is dropped (``onFailure(_:)`` says so).
public final class ServerLog: @unchecked Sendable {
    public enum Level: String, Sendable {
        case info, warning, error
    }

    private let lock = Lock()
    private let write: @Sendable (String) -> Void
    /// The background writer, for the logs that write to a descriptor.
    private let sink: LogSink?

    /// A log that hands every line to `write`, in order, under a lock.
    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
        sink = nil
    }

    private init(sink: LogSink) {
        self.sink = sink
        write = { sink.enqueue($0) }
    }

    /// Lines to stderr, written in the background (see ``LogSink``): a full device or a
    /// closed pipe stops the log, never the server.
    public static func standardError() -> ServerLog {
        ServerLog(sink: LogSink(descriptor: STDERR_FILENO, ownsDescriptor: false))
    }

    /// Lines appended to a file, created if missing; opened without waiting (a FIFO with no
    /// reader too). Throws when it cannot be opened.
    public static func file(atPath path: String) throws -> ServerLog {
        guard let descriptor = LogSink.openFile(atPath: path) else {
            throw CannotOpen(path: path)
        }
        return ServerLog(sink: LogSink(descriptor: descriptor, ownsDescriptor: true))
    }

    /// Why ``file(atPath:)`` failed.
    public struct CannotOpen: Error {
        public let path: String
    }

    /// A log that keeps nothing.
    public static let silent = ServerLog { _ in }

    /// `handler` hears once, with the reason, when the log can no longer be written.
    public func onFailure(_ handler: @escaping @Sendable (String) -> Void) {
        sink?.onFailure(handler)
    }

    /// Waits at most `timeout` seconds for the lines still waiting to be written.
    public func flush(timeout: Double = 1) {
        sink?.flush(timeout: timeout)
    }

    public func log(_ level: Level, _ message: @autoclosure () -> String, file: String = #fileID, line: Int = #line) {
        let place = file.split(separator: "/").last.map(String.init) ?? file
        let text = "\(ServerLog.timestamp()) [\(level.rawValue)] \(place):\(line) \(message())\n"
        lock.lock()
        defer { lock.unlock() }
        write(text)
    }

    public func info(_ message: @autoclosure () -> String, file: String = #fileID, line: Int = #line) {
        log(.info, message(), file: file, line: line)
    }

    public func warning(_ message: @autoclosure () -> String, file: String = #fileID, line: Int = #line) {
        log(.warning, message(), file: file, line: line)
    }

    public func error(_ message: @autoclosure () -> String, file: String = #fileID, line: Int = #line) {
        log(.error, message(), file: file, line: line)
    }

    /// `HH:MM:SS.mmm` (UTC). Written by hand: `String(format:)` costs about a million
    /// instructions the first time (Foundation's formatting and casts), on the way to the
    /// answer to `initialize`.
    private static func timestamp() -> String {
        let now = Date().timeIntervalSince1970
        let seconds = Int(now)
        let millis = Int((now - Double(seconds)) * 1000)
        let time = seconds % 86_400
        return padded(time / 3600, 2) + ":" + padded(time / 60 % 60, 2) + ":" + padded(time % 60, 2) + "." + padded(millis, 3)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
