import StroomLSP

/// `workspace/didChangeWatchedFiles`: read changed files and `stroom.json` again. An open
/// document keeps the editor's text; its disk copy is still refreshed for when it closes.
enum DidChangeWatchedFilesHandler: NotificationHandler {
    static func handle(_ notification: DidChangeWatchedFilesNotification, context: NotificationContext) throws {
        let state = context.state
        for change in notification.changes {
            let key = DocumentKey(uri: change.uri)
            if key.isConfiguration {
                for index in state.workspaces.indices where state.workspaces[index].configurationKey == key {
                    state.workspaces[index].reloadConfiguration(log: state.log)
                    if state.workspaces[index].configurationSource == nil { state.clearDiagnostics(for: key) }
                }
                continue
            }
            guard key.fileType != .other, let index = state.workspaces.index(of: key), state.workspaces[index].folder != nil else {
                continue
            }
            let exists = change.type != .deleted && state.workspaces[index].reloadFile(key, log: state.log)
            if !exists {
                state.workspaces[index].diskTrees[key] = nil
                state.workspaces[index].invalidate()
                if !state.documents.isOpen(key) { state.clearDiagnostics(for: key) }
            }
        }
        state.refreshDiagnostics()
    }
}
