import StroomModel
import StroomSyntax

/// The outline of one version of an open document, made from its tree alone (``FileOutline``)
/// and kept until another version or document is asked for: an editor asks again after every
/// pause in typing, and a large document's outline costs a lowering.
struct KeptOutline: Sendable {
    let snapshot: DocumentSnapshot.ID
    let limit: Int
    let language: Language
    /// Nil when the outline needs the other files of the workspace (``FileOutline/isSelfContained``).
    let items: [OutlineItem]?
}

extension ServerState {
    /// The outline of an open document from its own text, or nil when it is not open or its
    /// outline needs the workspace's analysis.
    func documentOutline(_ key: DocumentKey) -> (items: [OutlineItem], snapshot: DocumentSnapshot)? {
        guard let snapshot = documents.snapshot(key), let index = workspaces.index(of: key) else { return nil }
        let workspace = workspaces[index]
        let limit = workspace.configuration.fileSizeLimit
        let language = language(for: workspace)
        if let kept = lastOutline, kept.snapshot == snapshot.id, kept.limit == limit, kept.language == language {
            return kept.items.map { ($0, snapshot) }
        }
        let outline = FileOutline(tree: snapshot.tree(limit: limit))
        let items = outline.isSelfContained ? outline.outline(language: language) : nil
        lastOutline = KeptOutline(snapshot: snapshot.id, limit: limit, language: language, items: items)
        return items.map { ($0, snapshot) }
    }
}
