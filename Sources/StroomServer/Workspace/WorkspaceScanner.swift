import Foundation
import StroomModel
import StroomSyntax

/// Reads the files of a workspace from disk; which files they are is ``WorkspaceDiscovery``'s
/// business. The only file I/O of the server besides the log and the discovery.
enum WorkspaceScanner {
    /// A Stroom file as a source: its bytes, or, above `limit` bytes, a source that says it was
    /// not read (W607); nil (logged) when it cannot be read.
    static func source(_ path: String, displayPath: String, limit: Int, log: ServerLog) -> SourceFile? {
        if let size = fileSize(path), size > limit {
            log.warning("not reading \(path): \(size) bytes, above the limit of \(limit)")
            return SourceFile(path: displayPath, notRead: SourceFile.SizeLimit(size: size, limit: limit))
        }
        return read(path, log: log).map { SourceFile(path: displayPath, bytes: $0) }
    }

    /// The bytes of a file, or nil (logged) when it cannot be read or is larger than the default
    /// limit (a `stroom.json` of gigabytes is not read).
    static func read(_ path: String, log: ServerLog) -> [UInt8]? {
        if let size = fileSize(path), size > Configuration.defaultMaxFileSize {
            log.warning("not reading \(path): \(size) bytes, above the limit of \(Configuration.defaultMaxFileSize)")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { log.warning("cannot read \(path)") }
            return nil
        }
        return Array(data)
    }

    private static func fileSize(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
    }
}
