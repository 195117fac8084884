import Dispatch
import StroomPlatform
import StroomJSONRPC

/// Runs the server the way an editor starts it: over stdin and stdout.
public enum LanguageServer {
    /// Serves until `exit` (or the end of stdin) and returns the exit code: 0 after `shutdown`,
    /// 1 otherwise. From the first call on, descriptor 1 points at stderr, so that nothing but
    /// protocol messages can reach the real stdout.
    public static func runOverStandardIO(options: ServerOptions, log: ServerLog) -> Int32 {
        let connection = StandardIO.connection(log: { log.warning($0) })
        let exit = ExitSignal()
        let server = Server(connection: connection, options: options, log: log) { exit.signal($0) }
        log.info("stroom \(options.serverVersion) language server started (pid \(processID))")
        server.start()
        let code = exit.wait()
        log.flush(timeout: 1)
        return code
    }

    /// `getpid()`; `ProcessInfo` is built only where there is no POSIX (it costs start-up time).
    private static var processID: Int32 {
        #if os(Windows)
        return ProcessInfo.processInfo.processIdentifier
        #else
        return getpid()
        #endif
    }
}

/// Hands the exit code from the server's queue to the waiting main thread.
final class ExitSignal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = Lock()
    private var code: Int32?

    func signal(_ code: Int32) {
        lock.lock()
        let first = self.code == nil
        if first { self.code = code }
        lock.unlock()
        if first { semaphore.signal() }
    }

    func wait() -> Int32 {
        semaphore.wait()
        lock.lock()
        defer { lock.unlock() }
        return code ?? 1
    }
}
