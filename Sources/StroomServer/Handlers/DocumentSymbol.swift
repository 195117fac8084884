import StroomLSP
import StroomModel
import StroomSyntax

/// `textDocument/documentSymbol`: the outline of a document, hierarchical: each map with its
/// members under the sides of the map (a value stream map) or the parts of the logic (a
/// benefit logic), headings in the reader's language (`Analysis.outline`).
enum DocumentSymbolHandler: RequestHandler {
    static func handle(_ request: DocumentSymbolRequest, context: RequestContext) throws -> [DocumentSymbol]? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        return file.analysis.outline(ofFile: file.fileIndex, language: file.language).map { symbol($0, in: file) }
    }

    static func symbol(_ item: OutlineItem, in file: FileContext) -> DocumentSymbol {
        let children = item.children.map { symbol($0, in: file) }
        // A heading groups declarations; a declaration of an unknown kind (S006) has none.
        let kind = item.kind?.symbolKind ?? (item.declaration == nil ? .namespace : .variable)
        return DocumentSymbol(name: item.label.isEmpty ? "?" : item.label, detail: item.detail, kind: kind,
                              range: file.range(of: item.fullRange), selectionRange: file.range(of: item.nameRange),
                              children: children.isEmpty ? nil : children)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.documentSymbolProvider = true
    }
}
