#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import WinSDK
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A lock with a condition to wait for (a pthread mutex and condition variable; an SRW lock and
/// condition variable on Windows): what `NSCondition` does, without Foundation.
public final class Condition: @unchecked Sendable {
    /// The lock it waits with.
    private let mutex = Lock()
    #if os(Windows)
    private let variable = UnsafeMutablePointer<CONDITION_VARIABLE>.allocate(capacity: 1)
    #else
    private let variable = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    #endif

    public init() {
        #if os(Windows)
        InitializeConditionVariable(variable)
        #else
        pthread_cond_init(variable, nil)
        #endif
    }

    deinit {
        #if !os(Windows)
        pthread_cond_destroy(variable)
        #endif
        variable.deallocate()
    }

    public func lock() { mutex.lock() }
    public func unlock() { mutex.unlock() }

    /// Runs `body` holding the lock.
    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try mutex.withLock(body)
    }

    /// Waits, holding the lock before and after, until signalled (or woken spuriously: callers
    /// wait in a loop on what they wait for).
    public func wait() {
        #if os(Windows)
        _ = SleepConditionVariableSRW(variable, mutex.handle, INFINITE, 0)
        #else
        pthread_cond_wait(variable, mutex.handle)
        #endif
    }

    /// Waits as ``wait()`` does, but not past `deadline`; false when the deadline passed.
    public func wait(until deadline: Date) -> Bool {
        let seconds = deadline.timeIntervalSince1970
        #if os(Windows)
        let milliseconds = max(0, (seconds - Date().timeIntervalSince1970) * 1000)
        return SleepConditionVariableSRW(variable, mutex.handle, DWORD(min(milliseconds, Double(INFINITE - 1))), 0)
        #else
        let whole = seconds.rounded(.down)
        var time = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000))
        return pthread_cond_timedwait(variable, mutex.handle, &time) == 0
        #endif
    }

    /// Wakes one waiter.
    public func signal() {
        #if os(Windows)
        WakeConditionVariable(variable)
        #else
        pthread_cond_signal(variable)
        #endif
    }

    /// Wakes every waiter.
    public func broadcast() {
        #if os(Windows)
        WakeAllConditionVariable(variable)
        #else
        pthread_cond_broadcast(variable)
        #endif
    }
}
