import StroomLSP
import StroomSyntax

/// The documents the editor has open, each as its latest immutable snapshot.
struct DocumentStore: Sendable {
    enum StoreError: Error, Equatable, CustomStringConvertible {
        case alreadyOpen(DocumentURI)
        case missingDocument(DocumentURI)

        var description: String {
            switch self {
            case .alreadyOpen(let uri): "\(uri) is already open"
            case .missingDocument(let uri): "\(uri) is not open"
            }
        }
    }

    private(set) var snapshots: [DocumentKey: DocumentSnapshot] = [:]

    func snapshot(_ key: DocumentKey) -> DocumentSnapshot? { snapshots[key] }

    func isOpen(_ key: DocumentKey) -> Bool { snapshots[key] != nil }

    @discardableResult
    mutating func open(_ item: TextDocumentItem, key: DocumentKey, path: String) throws -> DocumentSnapshot {
        guard snapshots[key] == nil else { throw StoreError.alreadyOpen(item.uri) }
        let snapshot = DocumentSnapshot(key: key, uri: item.uri, version: item.version, languageID: item.languageId,
                                        source: SourceFile(path: path, text: item.text))
        snapshots[key] = snapshot
        return snapshot
    }

    @discardableResult
    mutating func close(_ key: DocumentKey, uri: DocumentURI) throws -> DocumentSnapshot {
        guard let snapshot = snapshots.removeValue(forKey: key) else { throw StoreError.missingDocument(uri) }
        return snapshot
    }

    /// Applies the changes in order and stores the result. Returns the snapshots before and
    /// after, and whether any range had to be clamped.
    mutating func applyChanges(_ changes: [TextDocumentContentChangeEvent], to key: DocumentKey, uri: DocumentURI, version: Int,
                               encoding: PositionEncoding) throws -> (before: DocumentSnapshot, after: DocumentSnapshot, clamped: Bool) {
        guard let before = snapshots[key] else { throw StoreError.missingDocument(uri) }
        var source = before.source
        var clamped = false
        for change in changes {
            let result = source.applying(change, in: encoding)
            source = result.source
            clamped = clamped || result.clamped
        }
        let after = DocumentSnapshot(key: key, uri: before.uri, version: version, languageID: before.languageID, source: source,
                                     previous: before.tree)
        snapshots[key] = after
        return (before, after, clamped)
    }

    /// Re-creates a snapshot under another workspace-relative path (after the folders changed).
    mutating func rename(_ key: DocumentKey, toPath path: String) {
        guard let snapshot = snapshots[key], snapshot.source.path != path else { return }
        snapshots[key] = DocumentSnapshot(key: key, uri: snapshot.uri, version: snapshot.version, languageID: snapshot.languageID,
                                          source: SourceFile(path: path, bytes: snapshot.source.bytes))
    }
}
