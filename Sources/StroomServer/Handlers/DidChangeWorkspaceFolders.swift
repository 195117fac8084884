import StroomLSP

/// `workspace/didChangeWorkspaceFolders`: the editor's folders changed, so the workspaces are
/// found again (``ServerState/rediscoverWorkspaces(clientFolders:)``).
enum DidChangeWorkspaceFoldersHandler: NotificationHandler {
    static func handle(_ notification: DidChangeWorkspaceFoldersNotification, context: NotificationContext) throws {
        let state = context.state
        let removed = Set(notification.event.removed.compactMap { DocumentKey(uri: $0.uri).filePath })
        var folders = state.workspaces.clientFolders.filter { !removed.contains($0) }
        for folder in notification.event.added {
            if let path = DocumentKey(uri: folder.uri).filePath, !folders.contains(path) { folders.append(path) }
        }
        state.rediscoverWorkspaces(clientFolders: folders)
        state.refreshDiagnostics()
    }

    static func announce(in capabilities: inout ServerCapabilities, state: ServerState) {
        capabilities.workspace = WorkspaceServerCapabilities(
            workspaceFolders: WorkspaceFoldersServerCapabilities(supported: true, changeNotifications: true))
    }
}
