#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import WinSDK
#endif

/// Long-lived threads of their own (a reader loop, a log writer, a file watcher): work that
/// blocks for the life of the process and so does not belong on Dispatch's shared threads.
public enum BackgroundThread {
    /// Starts `body` on a new detached thread with at least `stackSize` bytes of stack.
    public static func start(stackSize: Int = 1 << 20, _ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        #if os(Windows)
        let handle = CreateThread(nil, SIZE_T(stackSize), { context in
            Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
            return 0
        }, box, 0, nil)
        precondition(handle != nil, "CreateThread failed")
        CloseHandle(handle)
        #else
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, max(stackSize, Int(PTHREAD_STACK_MIN)))
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let result = pthread_create(&thread, &attributes, { context in
            Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, box)
        precondition(result == 0, "pthread_create failed: \(result)")
        #endif
    }

    /// Blocks the calling thread for `seconds`.
    public static func sleep(seconds: Double) {
        #if os(Windows)
        Sleep(DWORD(max(0, seconds * 1000)))
        #else
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        #endif
    }

    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
