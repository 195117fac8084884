import StroomLSP
import StroomModel
import StroomSyntax

/// One version of an open document: an immutable value. Its bytes, line table and syntax tree
/// belong together, so a handler that holds a snapshot never sees half an edit.
struct DocumentSnapshot: Sendable {
    /// Names a version of a document; later versions of one document compare greater.
    struct ID: Hashable, Sendable, Comparable {
        let key: DocumentKey
        let version: Int

        static func < (lhs: ID, rhs: ID) -> Bool {
            (lhs.key, lhs.version) < (rhs.key, rhs.version)
        }
    }

    let key: DocumentKey
    /// The URI as the client spelled it (what it expects back).
    let uri: DocumentURI
    let version: Int
    let languageID: String
    /// The text; its `path` is the workspace-relative name messages use.
    let source: SourceFile
    let tree: SyntaxTree
    /// How much of the text was parsed for this snapshot (the whole file, unless it came from
    /// an edit of a previous one).
    let parseScope: SyntaxTree.ReparseScope

    /// With `previous` (the tree of the version before an edit) only the blocks the edit
    /// touched are parsed again (``SyntaxTree/reparsed(with:)``); the tree is the same.
    init(key: DocumentKey, uri: DocumentURI, version: Int, languageID: String, source: SourceFile, previous: SyntaxTree? = nil) {
        self.key = key
        self.uri = uri
        self.version = version
        self.languageID = languageID
        self.source = source
        // A text above the default limit is not parsed at all (W607, as for a file on disk).
        if source.bytes.count > Configuration.defaultMaxFileSize {
            (tree, parseScope) = (DocumentSnapshot.tree(of: source, limit: Configuration.defaultMaxFileSize), .file)
        } else if let previous, previous.source.notRead == nil {
            (tree, parseScope) = SyntaxTree.reparse(previous, with: source)
        } else {
            (tree, parseScope) = (SyntaxTree.parse(source), .file)
        }
    }

    /// The tree to analyse with a workspace's limit: this snapshot's, or one that says the text
    /// is too large.
    func tree(limit: Int) -> SyntaxTree {
        source.bytes.count > limit ? DocumentSnapshot.tree(of: source, limit: limit) : tree
    }

    static func tree(of source: SourceFile, limit: Int) -> SyntaxTree {
        guard source.bytes.count > limit else { return SyntaxTree.parse(source) }
        return SyntaxTree.parse(SourceFile(path: source.path, notRead: SourceFile.SizeLimit(size: source.bytes.count, limit: limit)))
    }

    var id: ID { ID(key: key, version: version) }
    var lineTable: LineTable { source.lineTable }
}

/// Applying `didChange` content changes: each against the text so far, with that text's line
/// table, as the spec says.
extension SourceFile {
    /// The text after one change. Ranges outside the text are clamped; `clamped` says so.
    func applying(_ change: TextDocumentContentChangeEvent, in encoding: PositionEncoding) -> (source: SourceFile, clamped: Bool) {
        guard let range = change.range else {
            return (SourceFile(path: path, text: change.text), false)
        }
        let (textRange, clamped) = lineTable.textRange(of: range, in: encoding)
        var newBytes: [UInt8] = []
        newBytes.reserveCapacity(bytes.count - textRange.utf8Length + change.text.utf8.count)
        newBytes.append(contentsOf: bytes[..<textRange.utf8Start])
        newBytes.append(contentsOf: change.text.utf8)
        newBytes.append(contentsOf: bytes[textRange.utf8End...])
        return (SourceFile(path: path, bytes: newBytes), clamped)
    }
}
