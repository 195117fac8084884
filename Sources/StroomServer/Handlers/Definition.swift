import StroomLSP
import StroomModel

/// `textDocument/definition`: from a name (in any file of the workspace) to where it is
/// declared (`Analysis.definition`).
enum DefinitionHandler: RequestHandler {
    static func handle(_ request: DefinitionRequest, context: RequestContext) throws -> [Location]? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        let places = file.analysis.definition(at: file.utf8Offset(of: request.position), inFile: file.fileIndex)
        return places.isEmpty ? nil : places.map(file.location)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.definitionProvider = true
    }
}
