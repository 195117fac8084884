import StroomLSP
import StroomModel
import StroomSyntax
import Foundation

/// A document's identity: its URI with `file:` URIs normalised to one spelling, so that
/// `file:///a%20b.vsm` from the editor and the path `/a b.vsm` read from disk are one document.
struct DocumentKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// `file://` plus the standardised path for files; the URI as given for anything else.
    let normalized: String
    /// The absolute path of a `file:` URI.
    let filePath: String?

    init(uri: DocumentURI) {
        if uri.lowercased().hasPrefix("file:"), let url = URL(string: uri), url.isFileURL {
            let path = DocumentKey.standardize(url.path)
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
        return URL(fileURLWithPath: filePath).absoluteString
    }

    var fileType: FileType { FileType(path: filePath ?? normalized) }

    var isConfiguration: Bool { (filePath as NSString?)?.lastPathComponent == Configuration.fileName }

    var description: String { normalized }

    static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool { lhs.normalized < rhs.normalized }

    private static func standardize(_ path: String) -> String {
        var standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        if standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }
}
