import StroomDisk
import StroomSyntax

/// Reads the files of a workspace from disk through ``DiskReader`` (the CLI's reader too),
/// logging what it cannot read; which files they are is ``WorkspaceDiscovery``'s business.
/// The only file I/O of the server besides the log and the discovery.
enum WorkspaceScanner {
    /// A Stroom file as a source: its bytes, or, above `limit` bytes, a source that says it was
    /// not read (W607); nil (logged) when it cannot be read.
    static func source(_ path: String, displayPath: String, limit: Int, log: ServerLog) -> SourceFile? {
        switch DiskReader.source(path, displayPath: displayPath, limit: limit) {
        case .source(let source):
            if let notRead = source.notRead {
                log.warning("not reading \(path): \(notRead.size) bytes, above the limit of \(notRead.limit)")
            }
            return source
        case .unreadable:
            if DiskReader.fileSize(path) != nil { log.warning("cannot read \(path)") }
            return nil
        }
    }

    /// The bytes of a `stroom.json`, or nil (logged) when it cannot be read or is larger than
    /// the default limit.
    static func read(_ path: String, log: ServerLog) -> [UInt8]? {
        guard let bytes = DiskReader.smallFile(path) else {
            if DiskReader.fileSize(path) != nil { log.warning("cannot read \(path), or it is larger than the limit") }
            return nil
        }
        return bytes
    }
}
