#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one temporary file `stroom fmt` may have at a time, removed on every path out: by its
/// owner when done, and by a handler for SIGINT, SIGTERM and SIGHUP when the process is
/// stopped half-way (the handler unlinks the file, then lets the signal end the process as
/// it would have). SIGKILL cannot be caught; the file is hidden and named `.NAME.stroom-fmt-…`.
enum TemporaryFile {
    /// The path as a C string, in memory set aside once, so that the handler reads it
    /// without allocating. Empty when there is no temporary file.
    nonisolated(unsafe) private static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
        buffer.initialize(repeating: 0, count: Int(PATH_MAX) + 1)
        return buffer
    }()

    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private static let installHandlers: Void = {
        for number in signals {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = TemporaryFile.handle
            #else
            action.__sigaction_u.__sa_handler = TemporaryFile.handle
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(number, &action, nil)
        }
        // A parent may have started us with these signals blocked; they must reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }()

    /// Creates a new hidden temporary file next to `target` and remembers it. Returns its path
    /// and an open descriptor, or the error number.
    static func create(nextTo target: String) -> Created {
        _ = installHandlers
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        // Hidden and without a Stroom extension, so that no other run picks it up.
        let temporary = (folder as NSString).appendingPathComponent(".\(name).stroom-fmt-\(UUID().uuidString).tmp")
        guard temporary.utf8.count <= Int(PATH_MAX) else { return .failed(ENAMETOOLONG) }
        var blocked = blockSignals()
        defer { unblockSignals(&blocked) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .failed(errno) }
        // The first byte last: a handler on another thread sees an empty path or the whole one.
        path[0] = 0
        temporary.withCString { source in
            _ = strcpy(path + 1, source + 1)
            path[0] = source[0]
        }
        return .file(path: temporary, descriptor: descriptor)
    }

    enum Created {
        case file(path: String, descriptor: Int32)
        /// The error number.
        case failed(Int32)
    }

    /// Forgets the temporary file after it was renamed over its target.
    static func forget() {
        var blocked = blockSignals()
        path[0] = 0
        unblockSignals(&blocked)
    }

    /// Removes the temporary file (after a failure, or when its content was copied).
    static func remove() {
        var blocked = blockSignals()
        if path[0] != 0 { _ = unlink(path) }
        path[0] = 0
        unblockSignals(&blocked)
    }

    /// The handler: only async-signal-safe calls (`unlink`, `raise`).
    private static let handle: @convention(c) (Int32) -> Void = { number in
        if TemporaryFile.path[0] != 0 { _ = unlink(TemporaryFile.path) }
        // SA_RESETHAND put the default action back: the signal now ends the process.
        _ = raise(number)
    }

    /// While the path changes, a signal waits, so that the handler never sees half a path.
    private static func blockSignals() -> sigset_t {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_BLOCK, &set, &old)
        return old
    }

    private static func unblockSignals(_ old: inout sigset_t) {
        pthread_sigmask(SIG_SETMASK, &old, nil)
    }
}
