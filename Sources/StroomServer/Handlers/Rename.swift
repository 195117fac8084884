import StroomJSONRPC
import StroomLSP
import StroomModel

/// `textDocument/rename`: a `WorkspaceEdit` that renames a declaration and every use of it in
/// every file (`Analysis.rename`); a name that is not valid or would clash is refused with
/// `RequestFailed` and the reason in the reader's language.
enum RenameHandler: RequestHandler {
    static func handle(_ request: RenameRequest, context: RequestContext) throws -> WorkspaceEdit? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        try context.checkCancellation()
        switch file.analysis.rename(at: file.utf8Offset(of: request.position), inFile: file.fileIndex, to: request.newName) {
        case .success(let change):
            return file.workspaceEdit(change) ?? WorkspaceEdit(changes: [:])
        case .failure(let refusal):
            throw JSONRPCError.refused(refusal.reason, language: file.language)
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.renameProvider = capabilities.renameProvider ?? RenameOptions()
    }
}
