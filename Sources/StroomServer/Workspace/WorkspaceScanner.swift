import Foundation

/// Reads the files of a workspace from disk; which files they are is ``WorkspaceDiscovery``'s
/// business. The only file I/O of the server besides the log and the discovery.
enum WorkspaceScanner {
    /// The bytes of a file, or nil (logged) when it cannot be read.
    static func read(_ path: String, log: ServerLog) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { log.warning("cannot read \(path)") }
            return nil
        }
        return Array(data)
    }
}
