import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/documentSymbol`: the outline of a document, hierarchical: each map with its
/// members under the sides of the map (a value stream map) or the parts of the logic (a
/// benefit logic), headings in the reader's language (`Analysis.outline`).
///
/// An open document's outline is made from its own text (``FileOutline``, kept per version):
/// it does not wait for the analysis of the workspace, and the diagnostics wait for it
/// (``Inbox/documentMethods``). A file that is not open, or whose benefit logic names what
/// only the workspace knows, is answered from the workspace's analysis.
enum DocumentSymbolHandler: RequestHandler {
    static func handle(_ request: DocumentSymbolRequest, context: RequestContext) throws -> [DocumentSymbol]? {
        let state = context.state
        if let (items, snapshot) = state.documentOutline(DocumentKey(uri: request.textDocument.uri)) {
            let encoding = state.encoding
            return items.map { symbol($0) { snapshot.lineTable.range(of: $0, in: encoding) } }
        }
        let file = try state.requireFileContext(for: request.textDocument.uri)
        return file.analysis.outline(ofFile: file.fileIndex, language: file.language).map { symbol($0, range: file.range(of:)) }
    }

    static func symbol(_ item: OutlineItem, range: (TextRange) -> LSPRange) -> DocumentSymbol {
        let children = item.children.map { symbol($0, range: range) }
        // A heading groups declarations; a declaration of an unknown kind (S006) has none.
        let kind = item.kind?.symbolKind ?? (item.declaration == nil ? .namespace : .variable)
        return DocumentSymbol(name: item.label.isEmpty ? "?" : item.label, detail: item.detail, kind: kind,
                              range: range(item.fullRange), selectionRange: range(item.nameRange),
                              children: children.isEmpty ? nil : children)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.documentSymbolProvider = true
    }
}
