import StroomPlatform
import StroomModel
import StroomSyntax

/// Reads Stroom files and `stroom.json` from disk, the same way for the CLI and the language
/// server: a file above the size limit is not read at all (W607 on it), so that one huge file
/// cannot exhaust memory and stop the check of the others.
public enum DiskReader {
    /// What reading a Stroom file gave.
    public enum Outcome {
        /// Its bytes, or, above the limit, a source that says it was not read.
        case source(SourceFile)
        /// It could not be read (gone, no permission, a folder).
        case unreadable
    }

    /// The file at `path` as a source named `displayPath`.
    public static func source(_ path: String, displayPath: String, limit: Int) -> Outcome {
        if let size = fileSize(path), size > limit {
            return .source(SourceFile(path: displayPath, notRead: SourceFile.SizeLimit(size: size, limit: limit)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .unreadable }
        return .source(SourceFile(path: displayPath, bytes: Array(data)))
    }

    /// The bytes of a `stroom.json` (or any small file), nil when it cannot be read or is
    /// larger than the default limit (a `stroom.json` of gigabytes is not read).
    public static func smallFile(_ path: String) -> [UInt8]? {
        if let size = fileSize(path), size > Configuration.defaultMaxFileSize { return nil }
        return FileManager.default.contents(atPath: path).map(Array.init)
    }

    /// The size of a file on disk in bytes, nil when it cannot be told.
    public static func fileSize(_ path: String) -> Int? {
        FileManager.default.sizeOfItem(atPath: path)
    }
}
