import StroomLSP
import StroomModel

/// `workspace/symbol`: the declarations of every workspace whose id matches the query, best
/// first (`Analysis.workspaceSymbols`: exact, prefix, substring, letters in order, label).
enum WorkspaceSymbolHandler: RequestHandler {
    /// At most this many symbols in an answer.
    static let limit = 500

    static func handle(_ request: WorkspaceSymbolRequest, context: RequestContext) throws -> [SymbolInformation]? {
        let state = context.state
        var symbols: [SymbolInformation] = []
        for index in state.workspaces.indices {
            try context.checkCancellation()
            let analyzed = state.analyze(index)
            for found in analyzed.analysis.workspaceSymbols(matching: request.query, limit: limit) {
                let location = analyzed.location(found.location, encoding: state.encoding, uri: { state.uri(for: $0) })
                symbols.append(SymbolInformation(name: found.name, kind: found.kind?.symbolKind ?? .variable, location: location,
                                                 containerName: found.containerName))
            }
        }
        return Array(symbols.prefix(limit))
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.workspaceSymbolProvider = true
    }
}
