import StroomLSP

/// `textDocument/didClose`: the file on disk is the truth again; a document that was never a
/// file of a workspace leaves it, and its diagnostics are cleared. A workspace made for
/// documents outside the editor's folders goes when the last of them closes.
enum DidCloseTextDocumentHandler: NotificationHandler {
    static func handle(_ notification: DidCloseTextDocumentNotification, context: NotificationContext) throws {
        let state = context.state
        let uri = notification.textDocument.uri
        let key = DocumentKey(uri: uri)
        let index = state.workspaces.index(of: key)
        try state.documents.close(key, uri: uri)
        guard let index else { return }
        state.workspaces[index].openKeys.remove(key)
        state.workspaces[index].invalidate()
        if state.publisher.mode == .pull {
            // The client dropped what it pulled; the file is pushed from now on.
            state.publisher.forgetPushed(key)
        }
        let onDisk = state.workspaces[index].root != nil && state.workspaces[index].reloadFile(key, log: state.log)
        if !onDisk { state.clearDiagnostics(for: key) }
        // A lone workspace (a document's own folder) goes with its last open document.
        state.dropEmptyLoneWorkspaces()
        state.refreshDiagnostics(first: onDisk ? key : nil)
    }
}
