#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// stdout or stderr of the real process, written with `write(2)`: a stream that cannot be
/// written (a full disk, `/dev/full`) is remembered, never a crash. A closed pipe
/// (`stroom check | head -1`) still ends the process quietly through SIGPIPE, as Unix tools do.
final class StandardStream: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    /// Why writing failed, the first time it did.
    private(set) var failure: String?

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil else { return }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { writeDescriptor(descriptor, $0.baseAddress! + written, $0.count - written) }
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
