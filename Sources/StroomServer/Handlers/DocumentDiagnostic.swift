import StroomLSP

/// `textDocument/diagnostic`: the pulled diagnostics of one document, or `unchanged` when the
/// client already has them. Announced only when the client pulls.
enum DocumentDiagnosticHandler: RequestHandler {
    static func handle(_ request: DocumentDiagnosticRequest, context: RequestContext) throws -> DocumentDiagnosticReport {
        let state = context.state
        let key = DocumentKey(uri: request.textDocument.uri)
        guard let index = state.workspaces.index(of: key) else {
            return .full(resultId: nil, items: [])
        }
        if state.workspaces[index].needsPublish {
            state.publishWorkspace(index, first: key)
        }
        let resultID = state.publisher.resultID(for: key)
        if request.previousResultId == resultID {
            return .unchanged(resultId: resultID)
        }
        return .full(resultId: resultID, items: state.publisher.latest[key] ?? [])
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        guard state.publisher.mode == .pull else { return }
        capabilities.diagnosticProvider = DiagnosticOptions(identifier: "stroom", interFileDependencies: true, workspaceDiagnostics: false)
    }
}
