#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StroomPlatform
import StroomSyntax

/// The temporary files of `stroom fmt`, removed on every path out: by their owner when done,
/// and by a handler for SIGINT, SIGTERM and SIGHUP when the process is stopped half-way (the
/// handler unlinks them, then lets the signal end the process as it would have). SIGKILL
/// cannot be caught; the files are hidden and named `.NAME.stroom-fmt-….tmp`.
///
/// Each file has a slot: its path as a C string in memory set aside once, so that the handler
/// reads it without allocating. A run writes one file at a time; the slots are for callers on
/// several threads (tests run `stroom fmt` in process, in parallel).
enum TemporaryFile {
    static let slotCount = 16
    private static let slotSize = Int(PATH_MAX) + 1
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        buffer.initialize(repeating: 0, count: slotCount * slotSize)
        return buffer
    }()
    private static let lock = Lock()
    nonisolated(unsafe) private static var used = [Bool](repeating: false, count: slotCount)

    /// A temporary file: its path, an open descriptor, and its slot (nil when all were taken;
    /// then a signal cannot remove it).
    struct Handle {
        let path: String
        let descriptor: Int32
        fileprivate let slot: Int?
    }

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

    /// Creates a new hidden temporary file next to `target` and remembers it. Returns its
    /// handle, or the error number.
    static func create(nextTo target: String) -> Created {
        _ = installHandlers
        let folder = PathStyle.native.parent(of: target) ?? ""
        let name = PathStyle.native.fileName(of: target)
        // Hidden and without a Stroom extension, so that no other run picks it up.
        let temporary = PathStyle.native.appending(".\(name).stroom-fmt-\(UUID().uuidString).tmp", to: folder)
        guard temporary.utf8.count < slotSize else { return .failed(ENAMETOOLONG) }
        var blocked = blockSignals()
        defer { unblockSignals(&blocked) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return .failed(errno) }
        let slot = lock.withLock { () -> Int? in
            guard let free = used.firstIndex(of: false) else { return nil }
            used[free] = true
            return free
        }
        if let slot {
            // The first byte last: a handler on another thread sees an empty path or the whole one.
            let buffer = paths + slot * slotSize
            buffer[0] = 0
            temporary.withCString { source in
                _ = strcpy(buffer + 1, source + 1)
                buffer[0] = source[0]
            }
        }
        return .file(Handle(path: temporary, descriptor: descriptor, slot: slot))
    }

    enum Created {
        case file(Handle)
        /// The error number.
        case failed(Int32)
    }

    /// Forgets the temporary file after it was renamed over its target.
    static func forget(_ handle: Handle) {
        release(handle, unlinking: false)
    }

    /// Removes the temporary file (after a failure, or when its content was copied).
    static func remove(_ handle: Handle) {
        release(handle, unlinking: true)
    }

    private static func release(_ handle: Handle, unlinking: Bool) {
        var blocked = blockSignals()
        if unlinking { _ = unlink(handle.path) }
        if let slot = handle.slot {
            paths[slot * slotSize] = 0
            lock.withLock { used[slot] = false }
        }
        unblockSignals(&blocked)
    }

    /// The handler: only async-signal-safe calls (`unlink`, `raise`).
    private static let handle: @convention(c) (Int32) -> Void = { number in
        for slot in 0..<TemporaryFile.slotCount {
            let path = TemporaryFile.paths + slot * TemporaryFile.slotSize
            if path[0] != 0 { _ = unlink(path) }
        }
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
