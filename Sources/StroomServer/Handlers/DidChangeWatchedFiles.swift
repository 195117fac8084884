import StroomLSP

/// `workspace/didChangeWatchedFiles`: read changed files and `stroom.json` again. An open
/// document keeps the editor's text; its disk copy is still refreshed for when it closes. A
/// `stroom.json` that comes or goes moves the borders between workspaces, so they are found
/// again.
enum DidChangeWatchedFilesHandler: NotificationHandler {
    static func handle(_ notification: DidChangeWatchedFilesNotification, context: NotificationContext) throws {
        let state = context.state
        var rediscover = false
        for change in notification.changes {
            let key = DocumentKey(uri: change.uri)
            if key.isConfiguration {
                let index = state.workspaces.indices.first { state.workspaces[$0].configurationKey == key }
                if change.type == .changed, let index {
                    state.workspaces[index].reloadConfiguration(log: state.log)
                    // Gone after all (an editor that reports a deletion as a change).
                    if state.workspaces[index].configurationSource == nil { rediscover = true }
                } else {
                    rediscover = true
                }
                continue
            }
            guard key.fileType != .other,
                  let index = state.workspaces.index(of: key) ?? state.workspaces.home(of: key).flatMap(state.workspaces.index(of:)),
                  state.workspaces[index].root != nil else {
                continue
            }
            let exists = change.type != .deleted && state.workspaces[index].reloadFile(key, log: state.log)
            if !exists {
                state.workspaces[index].diskSources[key] = nil
                state.workspaces[index].invalidate()
                if !state.documents.isOpen(key) { state.clearDiagnostics(for: key) }
            }
        }
        if rediscover { state.rediscoverWorkspaces() }
        state.refreshDiagnostics()
    }
}
