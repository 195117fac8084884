#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif

/// Keeps stdout for protocol bytes only.
public enum StandardIO {
    /// Duplicates stdout for the protocol and points descriptor 1 at stderr, so that a stray
    /// `print` anywhere in the process lands in the log instead of corrupting the stream.
    /// Returns the descriptor to write protocol bytes to.
    public static func reserveStandardOutputForProtocol() -> Int32 {
        fflush(nil)
        let saved = Descriptors.duplicate(Descriptors.standardOutput)
        guard saved >= 0 else { return Descriptors.standardOutput }
        Descriptors.duplicate(Descriptors.standardError, onto: Descriptors.standardOutput)
        return saved
    }

    /// Puts stdin and stdout in binary mode, so that the C runtime of Windows neither turns
    /// `\n` into `\r\n` on the way out nor `\r\n` into `\n` (and Ctrl-Z into the end) on the way
    /// in: LSP's `Content-Length` counts bytes, and `stroom fmt -` must keep a file's line ends.
    /// Nothing to do elsewhere: POSIX streams are binary.
    public static func useBinaryMode() {
        #if os(Windows)
        _ = _setmode(_fileno(stdin), _O_BINARY)
        _ = _setmode(_fileno(stdout), _O_BINARY)
        #endif
    }

    /// A connection over stdin and the saved stdout.
    public static func connection(log: @escaping TransportLog) -> FileDescriptorConnection {
        useBinaryMode()
        let output = reserveStandardOutputForProtocol()
        return FileDescriptorConnection(input: Descriptors.standardInput, output: output, ownsDescriptors: false, log: log)
    }
}
