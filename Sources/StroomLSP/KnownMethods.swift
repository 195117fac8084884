/// Every request and notification this package has types for, by direction.
public enum KnownMethods {
    /// Requests a client sends to the server.
    public static let clientRequests: [any LSPRequest.Type] = [
        CodeActionRequest.self,
        CompletionRequest.self,
        DefinitionRequest.self,
        DocumentDiagnosticRequest.self,
        DocumentFormattingRequest.self,
        DocumentRangeFormattingRequest.self,
        DocumentSymbolRequest.self,
        ExecuteCommandRequest.self,
        FoldingRangeRequest.self,
        HoverRequest.self,
        InitializeRequest.self,
        PrepareRenameRequest.self,
        ReferencesRequest.self,
        RenameRequest.self,
        SemanticTokensFullRequest.self,
        ShutdownRequest.self,
        WorkspaceSymbolRequest.self,
    ]

    /// Notifications a client sends to the server.
    public static let clientNotifications: [any LSPNotification.Type] = [
        CancelRequestNotification.self,
        DidChangeConfigurationNotification.self,
        DidChangeTextDocumentNotification.self,
        DidChangeWatchedFilesNotification.self,
        DidChangeWorkspaceFoldersNotification.self,
        DidCloseTextDocumentNotification.self,
        DidOpenTextDocumentNotification.self,
        DidSaveTextDocumentNotification.self,
        ExitNotification.self,
        InitializedNotification.self,
    ]

    /// Requests the server sends to the client.
    public static let serverRequests: [any LSPRequest.Type] = [
        DiagnosticRefreshRequest.self,
        RegisterCapabilityRequest.self,
    ]

    /// Notifications the server sends to the client.
    public static let serverNotifications: [any LSPNotification.Type] = [
        LogMessageNotification.self,
        PublishDiagnosticsNotification.self,
        ShowMessageNotification.self,
    ]
}
