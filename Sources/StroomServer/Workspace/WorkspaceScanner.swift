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

    /// A Stroom file as a source: its bytes, or, above `limit` bytes, a source that says it was
    /// not read (W607); nil (logged) when it cannot be read.
    static func source(_ path: String, displayPath: String, limit: Int, log: ServerLog) -> SourceFile? {
        if let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue, size > limit {
            log.warning("not reading \(path): \(size) bytes, above the limit of \(limit)")
            return SourceFile(path: displayPath, notRead: SourceFile.SizeLimit(size: size, limit: limit))
        }
        return read(path, log: log).map { SourceFile(path: displayPath, bytes: $0) }
    }

    /// The bytes of a file, or nil (logged) when it cannot be read or is larger than the default
    /// limit (a `stroom.json` of gigabytes is not read).
    static func read(_ path: String, log: ServerLog) -> [UInt8]? {
        if let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue,
           size > Configuration.defaultMaxFileSize {
            log.warning("not reading \(path): \(size) bytes, above the limit of \(Configuration.defaultMaxFileSize)")
            return nil
        }
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
