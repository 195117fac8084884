import StroomJSONRPC
import StroomLSP
import StroomModel

/// `textDocument/prepareRename`: the name under the cursor and its text, or why nothing can be
/// renamed there (a keyword, an allowed word, an undeclared name) as `RequestFailed` with the
/// reason in the reader's language, which editors show.
enum PrepareRenameHandler: RequestHandler {
    static func handle(_ request: PrepareRenameRequest, context: RequestContext) throws -> PrepareRenameResult? {
        let file = try context.state.requireFileContext(for: request.textDocument.uri)
        switch file.analysis.prepareRename(at: file.utf8Offset(of: request.position), inFile: file.fileIndex) {
        case .success(let target):
            return PrepareRenameResult(range: file.range(of: target.range), placeholder: target.placeholder)
        case .failure(let refusal):
            throw JSONRPCError.refused(refusal.reason, language: file.language)
        }
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        var options = capabilities.renameProvider ?? RenameOptions()
        // Only a client that says it can ask first may be told so.
        if state.client.textDocument?.rename?.prepareSupport == true { options.prepareProvider = true }
        capabilities.renameProvider = options
    }
}
