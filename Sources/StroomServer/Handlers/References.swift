import StroomLSP
import StroomModel

/// `textDocument/references`: every use of the declaration under the cursor, across the
/// workspace, its own name first when the client asks for it (`Analysis.references`).
enum ReferencesHandler: RequestHandler {
    static func handle(_ request: ReferencesRequest, context: RequestContext) throws -> [Location]? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        try context.checkCancellation()
        let places = file.analysis.references(at: file.utf8Offset(of: request.position), inFile: file.fileIndex,
                                              includeDeclaration: request.context.includeDeclaration)
        return places.map(file.location)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.referencesProvider = true
    }
}
