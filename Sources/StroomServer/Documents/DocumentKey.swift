import StroomLSP
import StroomModel
import StroomSyntax
import StroomPlatform

/// A document's identity: its URI with `file:` URIs normalised to one spelling, so that
/// `file:///a%20b.vsm` from the editor and the path `/a b.vsm` read from disk are one document.
struct DocumentKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// `file://` plus the standardised path for files; the URI as given for anything else.
    let normalized: String
    /// The absolute path of a `file:` URI.
    let filePath: String?

    init(uri: DocumentURI) {
        if let decoded = FileURI.path(fromURI: uri) {
            let path = DocumentKey.standardize(decoded)
            normalized = "file://" + path
            filePath = path
        } else {
            normalized = uri
            filePath = nil
        }
    }

    init(path: String) {
        let standardized = DocumentKey.standardize(path)
        normalized = "file://" + standardized
        filePath = standardized
    }

    /// The URI to send for a file found on disk.
    var uriForDisk: DocumentURI {
        guard let filePath else { return normalized }
        return FileURI.uri(fromPath: filePath)
    }

    var fileType: FileType { FileType(path: filePath ?? normalized) }

    var isConfiguration: Bool { filePath.map(PathStyle.native.fileName(of:)) == Configuration.fileName }

    var description: String { normalized }

    static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool { lhs.normalized < rhs.normalized }

    /// Absolute (relative paths are taken from the current folder), without `.`, `..` or a
    /// final separator.
    private static func standardize(_ path: String) -> String {
        let style = PathStyle.native
        let absolute = style.isAbsolute(path) ? path : FileManager.default.currentDirectoryPath + (style == .windows ? "\\" : "/") + path
        return style.standardized(absolute)
    }
}
