import Foundation
import StroomModel
import StroomSyntax

/// Reads a workspace folder from disk: every `.vsm` and `.batenlogica` below it (hidden folders
/// such as `.git` skipped) and its `stroom.json`. The only file I/O of the server besides the log.
enum WorkspaceScanner {
    /// The Stroom files under `folder`, as absolute standardised paths, sorted.
    static func stroomFiles(under folder: String, log: ServerLog) -> [String] {
        var result: [String] = []
        guard let enumerator = FileManager.default.enumerator(
            at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                log.warning("cannot read \(url.path): \(error.localizedDescription)")
                return true
            }) else {
            log.warning("cannot read the folder \(folder)")
            return []
        }
        for case let url as URL in enumerator where FileType(path: url.path) != .other {
            result.append(DocumentKey(path: url.path).filePath ?? url.path)
        }
        return result.sorted()
    }

    /// The bytes of a file, or nil (logged) when it cannot be read.
    static func read(_ path: String, log: ServerLog) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) { log.warning("cannot read \(path)") }
            return nil
        }
        return Array(data)
    }

    /// The nearest folder at or above `folder` with a `stroom.json`.
    static func configurationRoot(above folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(Configuration.fileName).path) {
                return DocumentKey(path: current.path).filePath
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
