import StroomLSP

/// `textDocument/didOpen`: the editor's text now overrides the file on disk.
enum DidOpenTextDocumentHandler: NotificationHandler {
    static func handle(_ notification: DidOpenTextDocumentNotification, context: NotificationContext) throws {
        let state = context.state
        let item = notification.textDocument
        let key = DocumentKey(uri: item.uri)
        if state.documents.isOpen(key) {
            // A client bug; the new text wins.
            state.warn("\(item.uri) was opened twice; using the new text")
            try state.documents.close(key, uri: item.uri)
        }
        let index = state.workspaceIndexForOpening(key)
        let path = state.workspaces[index].displayPath(for: key, languageID: item.languageId)
        try state.documents.open(item, key: key, path: path)
        state.workspaces[index].openKeys.insert(key)
        state.workspaces[index].invalidate()
        if state.publisher.mode == .pull {
            // The client pulls open documents; what it was pushed while closed must go.
            state.clearPushedDiagnostics(for: key)
        }
        state.refreshDiagnostics(first: key)
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        var sync = capabilities.textDocumentSync ?? TextDocumentSyncOptions()
        sync.openClose = true
        capabilities.textDocumentSync = sync
    }
}
