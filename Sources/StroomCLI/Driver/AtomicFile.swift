// POSIX only; Windows has its own `AtomicFile` in AtomicReplace+Windows.swift.
#if !os(Windows)
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StroomPlatform
import StroomSyntax

/// Replaces a file's contents so that a crash or a full disk never leaves half a file, and the
/// file stays the same file: its owner, group, mode and hard links are kept.
///
/// The new bytes always go first to a hidden temporary file in the same folder, written whole
/// and synced. A file with one link whose owner and group the temporary file can take is then
/// replaced by renaming (atomic). A file with more than one hard link, or whose owner cannot be
/// given away (not root), is overwritten in place from the synced copy, which is removed after.
/// A symbolic link is never followed (``FileCollector`` decides which links to resolve), and a
/// file nobody may write is never written (see ``writability(of:status:)``).
enum AtomicFile {
    /// Writes `bytes` to the regular file at `path` (absolute). Returns what went wrong, or nil.
    static func replace(_ path: String, with bytes: [UInt8]) -> LocalizedText? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return failure(errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return LocalizedText(nl: "geen gewoon bestand (een link, map of apparaat)", en: "not a regular file (a link, folder or device)")
        }
        if let refusal = writability(of: path, status: status) { return refusal }
        let temporary: TemporaryFile.Handle
        switch TemporaryFile.create(nextTo: path) {
        case .file(let handle): temporary = handle
        case .failed(let error): return failure(error)
        }
        /// Closes and removes the temporary file after a failure.
        func abandon(_ descriptor: Int32?, _ error: Int32) -> LocalizedText {
            if let descriptor { close(descriptor) }
            TemporaryFile.remove(temporary)
            return failure(error)
        }
        let descriptor = temporary.descriptor
        if let error = writeAll(descriptor, bytes) { return abandon(descriptor, error) }
        pauseForTests()
        var replaceByRenaming = status.st_nlink == 1
        if replaceByRenaming, status.st_uid != geteuid() || status.st_gid != getegid() {
            replaceByRenaming = fchown(descriptor, status.st_uid, status.st_gid) == 0
        }
        guard fchmod(descriptor, status.st_mode & 0o7777) == 0, fsync(descriptor) == 0 else { return abandon(descriptor, errno) }
        guard close(descriptor) == 0 else { return abandon(nil, errno) }
        if replaceByRenaming {
            guard rename(temporary.path, path) == 0 else { return abandon(nil, errno) }
            TemporaryFile.forget(temporary)
            return nil
        }
        // In place: the same inode keeps its links, owner, group and mode.
        let original = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard original >= 0 else { return abandon(nil, errno) }
        if let error = writeAll(original, bytes) {
            close(original)
            return abandon(nil, error)
        }
        guard ftruncate(original, off_t(bytes.count)) == 0, fsync(original) == 0 else {
            let error = errno
            close(original)
            return abandon(nil, error)
        }
        close(original)
        TemporaryFile.remove(temporary)
        return nil
    }

    /// Why a file must not be written, or nil. A file without any write bit (`chmod a-w`) is
    /// refused even for root, who passes every other permission check; otherwise `access(2)`
    /// decides, as for any program.
    static func writability(of path: String, status: stat) -> LocalizedText? {
        if status.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
            return LocalizedText(nl: "het bestand is alleen-lezen; stroom fmt schrijft het niet",
                                 en: "the file is read-only; stroom fmt does not write it")
        }
        return nil
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return nil
    }

    private static func failure(_ error: Int32) -> LocalizedText {
        let reason = String(cString: strerror(error))
        return LocalizedText(nl: reason, en: reason)
    }

    /// For tests of interruption only: `STROOM_TEST_FMT_PAUSE_MS` holds the temporary file
    /// written but not yet in place for that long, so that a test can stop the process or
    /// change the target at exactly that moment.
    private static let testPause: UInt32? = ProcessInfo.processInfo.environment["STROOM_TEST_FMT_PAUSE_MS"].flatMap { UInt32($0) }

    private static func pauseForTests() {
        if let milliseconds = testPause { usleep(milliseconds * 1000) }
    }
}
#endif
