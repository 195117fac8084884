import StroomLSP

/// `workspace/didChangeWorkspaceFolders`: read added folders, forget removed ones.
enum DidChangeWorkspaceFoldersHandler: NotificationHandler {
    static func handle(_ notification: DidChangeWorkspaceFoldersNotification, context: NotificationContext) throws {
        let state = context.state
        for folder in notification.event.removed {
            guard let path = DocumentKey(uri: folder.uri).filePath, let removed = state.workspaces.removeFolder(path) else { continue }
            for key in removed.diskTrees.keys where !state.documents.isOpen(key) {
                state.clearDiagnostics(for: key)
            }
            if let key = removed.configurationKey { state.clearDiagnostics(for: key) }
        }
        for folder in notification.event.added {
            if let path = DocumentKey(uri: folder.uri).filePath { state.workspaces.addFolder(path, log: state.log) }
        }
        state.adoptOpenDocuments()
        state.refreshDiagnostics()
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.workspace = WorkspaceServerCapabilities(
            workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true))
    }
}
