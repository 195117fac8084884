/// Every method the server handles. Add a feature here: one line, next to its handler file.
extension Router {
    public static var standard: Router {
        var router = Router()
        // Lifecycle (the state changes themselves are in `Server.handle`).
        router.on(InitializeHandler.self)
        router.on(InitializedHandler.self)
        router.on(ShutdownHandler.self)
        // Documents and workspace.
        router.on(DidOpenTextDocumentHandler.self)
        router.on(DidChangeTextDocumentHandler.self)
        router.on(DidCloseTextDocumentHandler.self)
        router.on(DidChangeWatchedFilesHandler.self)
        router.on(DidChangeWorkspaceFoldersHandler.self)
        router.on(DidChangeConfigurationHandler.self)
        // Features.
        router.on(DocumentDiagnosticHandler.self)
        router.on(DocumentSymbolHandler.self)
        router.on(HoverHandler.self)
        router.on(DefinitionHandler.self)
        router.on(ReferencesHandler.self)
        router.on(PrepareRenameHandler.self)
        router.on(RenameHandler.self)
        router.on(CompletionHandler.self)
        router.on(CodeActionHandler.self)
        router.on(FormattingHandler.self)
        router.on(SemanticTokensHandler.self)
        router.on(FoldingRangeHandler.self)
        router.on(WorkspaceSymbolHandler.self)
        router.on(ExecuteCommandHandler.self)
        return router
    }
}
