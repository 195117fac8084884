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

    /// A connection over stdin and the saved stdout.
    public static func connection(log: @escaping TransportLog) -> FileDescriptorConnection {
        let output = reserveStandardOutputForProtocol()
        return FileDescriptorConnection(input: Descriptors.standardInput, output: output, ownsDescriptors: false, log: log)
    }
}
