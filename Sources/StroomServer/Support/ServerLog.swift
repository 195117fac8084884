import Foundation

/// The server's log: stderr or the `--log` file, never stdout. Every line carries a time, a
/// level, and the file and line of the code that wrote it.
public final class ServerLog: @unchecked Sendable {
    public enum Level: String, Sendable {
        case info, warning, error
    }

    private let lock = NSLock()
    private let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Lines to stderr.
    public static func standardError() -> ServerLog {
        let handle = FileHandle.standardError
        return ServerLog { handle.write(Data($0.utf8)) }
    }

    /// Lines appended to a file, created if missing. Throws when it cannot be opened.
    public static func file(atPath path: String) throws -> ServerLog {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        return ServerLog { handle.write(Data($0.utf8)) }
    }

    /// A log that keeps nothing.
    public static let silent = ServerLog { _ in }

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

    private static func timestamp() -> String {
        let now = Date().timeIntervalSince1970
        let seconds = Int(now)
        let millis = Int((now - Double(seconds)) * 1000)
        let time = seconds % 86_400
        return String(format: "%02d:%02d:%02d.%03d", time / 3600, time / 60 % 60, time % 60, millis)
    }
}
