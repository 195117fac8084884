#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StroomPlatform

/// stdout or stderr of the real process, written with `write(2)`: a stream that cannot be
/// written (a full disk, `/dev/full`) is remembered, never a crash. A closed pipe
/// (`stroom check | head -1`) still ends the process quietly through SIGPIPE, as Unix tools do.
final class StandardStream: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = Lock()
    /// Why writing failed, the first time it did.
    private(set) var failure: String?

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return }
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            write(UnsafeRawPointer(base), count: bytes.count)
        }
    }

    /// Writes these bytes (without a copy of the text: a run's output can be megabytes).
    private func write(_ base: UnsafeRawPointer, count total: Int) {
        var written = 0
        while written < total {
            let count = writeDescriptor(descriptor, base + written, total - written)
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                failure = count < 0 ? String(cString: strerror(errno)) : "nothing written"
                return
            }
        }
    }
}

// File-level, so that the method named `write` above does not hide the C call.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
