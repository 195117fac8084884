#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import WinSDK
#endif

/// A mutual-exclusion lock (a pthread mutex; an SRW lock on Windows), for the few places where
/// threads share state. Here rather than `NSLock` so that the executable needs no Foundation
/// beyond `FoundationEssentials` (see `docs/platform.md`).
public final class Lock: @unchecked Sendable {
    #if os(Windows)
    let handle = UnsafeMutablePointer<SRWLOCK>.allocate(capacity: 1)
    #else
    let handle = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    #endif

    public init() {
        #if os(Windows)
        InitializeSRWLock(handle)
        #else
        let result = pthread_mutex_init(handle, nil)
        precondition(result == 0, "pthread_mutex_init failed: \(result)")
        #endif
    }

    deinit {
        #if !os(Windows)
        pthread_mutex_destroy(handle)
        #endif
        handle.deallocate()
    }

    public func lock() {
        #if os(Windows)
        AcquireSRWLockExclusive(handle)
        #else
        pthread_mutex_lock(handle)
        #endif
    }

    public func unlock() {
        #if os(Windows)
        ReleaseSRWLockExclusive(handle)
        #else
        pthread_mutex_unlock(handle)
        #endif
    }

    /// Runs `body` holding the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock()
        defer { unlock() }
        return try body()
    }
}
