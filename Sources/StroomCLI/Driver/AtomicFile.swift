// POSIX only; Windows has its own `AtomicFile` in AtomicReplace+Windows.swift.
#if !os(Windows)
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import StroomSyntax

/// Replaces a file's contents in one step, so that a crash or a full disk never leaves half a
/// file: the new bytes go to a temporary file in the same folder (same file system), which
/// gets the old file's permissions and is then renamed over it. A symbolic link is followed:
/// the file it points to is replaced, the link stays.
enum AtomicFile {
    /// Writes `bytes` to the file at `path` (absolute). Returns what went wrong, or nil.
    static func replace(_ path: String, with bytes: [UInt8]) -> LocalizedText? {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var status = stat()
        guard stat(target, &status) == 0 else { return failure(errno) }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        // Hidden and without a Stroom extension, so no other run picks it up.
        let temporary = (folder as NSString).appendingPathComponent(".\(name).stroom-fmt-\(UUID().uuidString).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return failure(errno) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return abandon(temporary, descriptor: descriptor, error: errno)
            }
            written += result
        }
        guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else { return abandon(temporary, descriptor: descriptor, error: errno) }
        guard fsync(descriptor) == 0 else { return abandon(temporary, descriptor: descriptor, error: errno) }
        guard close(descriptor) == 0 else { return abandon(temporary, descriptor: nil, error: errno) }
        guard rename(temporary, target) == 0 else { return abandon(temporary, descriptor: nil, error: errno) }
        return nil
    }

    /// Closes and removes the temporary file after a failure.
    private static func abandon(_ temporary: String, descriptor: Int32?, error: Int32) -> LocalizedText {
        if let descriptor { close(descriptor) }
        unlink(temporary)
        return failure(error)
    }

    private static func failure(_ error: Int32) -> LocalizedText {
        let reason = String(cString: strerror(error))
        return LocalizedText(nl: reason, en: reason)
    }
}
#endif
