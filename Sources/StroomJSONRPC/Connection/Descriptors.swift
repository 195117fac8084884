#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif

/// The C library's calls on file descriptors, spelled once for every platform: the Windows C
/// runtime names them `_read`, `_write`, `_close`, `_dup`, `_dup2`, counts in `UInt32` and has
/// no `STDIN_FILENO` or `SIGPIPE`.
enum Descriptors {
    static let standardInput: Int32 = 0
    static let standardOutput: Int32 = 1
    static let standardError: Int32 = 2

    /// Bytes read (0 at the end), or -1 with `errno` set.
    static func readBytes(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer?, count: Int) -> Int {
        #if os(Windows)
        Int(_read(descriptor, buffer, UInt32(clamping: count)))
        #else
        read(descriptor, buffer, count)
        #endif
    }

    /// Bytes written, or -1 with `errno` set.
    static func writeBytes(_ descriptor: Int32, from bytes: UnsafeRawPointer, count: Int) -> Int {
        #if os(Windows)
        Int(_write(descriptor, bytes, UInt32(clamping: count)))
        #else
        write(descriptor, bytes, count)
        #endif
    }

    static func closeDescriptor(_ descriptor: Int32) {
        #if os(Windows)
        _ = _close(descriptor)
        #else
        _ = close(descriptor)
        #endif
    }

    /// A new descriptor for the same file, or -1.
    static func duplicate(_ descriptor: Int32) -> Int32 {
        #if os(Windows)
        _dup(descriptor)
        #else
        dup(descriptor)
        #endif
    }

    /// Points `target` at the file of `descriptor`.
    static func duplicate(_ descriptor: Int32, onto target: Int32) {
        #if os(Windows)
        _ = _dup2(descriptor, target)
        #else
        _ = dup2(descriptor, target)
        #endif
    }

    /// Writing to a closed pipe must give EPIPE, not kill the process (Windows has no SIGPIPE:
    /// the write fails there anyway).
    static func ignoreBrokenPipes() {
        #if !os(Windows)
        _ = signal(SIGPIPE, SIG_IGN)
        #endif
    }
}
