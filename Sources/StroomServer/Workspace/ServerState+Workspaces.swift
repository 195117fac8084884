import StroomLSP
import StroomSyntax

/// Which workspace each document belongs to, kept right as folders, `stroom.json` files and
/// documents come and go.
extension ServerState {
    /// Reads the folders of `initialize` from disk.
    func loadInitialFolders() {
        rediscoverWorkspaces(clientFolders: initialFolders)
    }

    /// Cuts the disk into workspaces again (the editor's folders or a `stroom.json` came or
    /// went): reads them, puts every open document in its workspace, and clears what was
    /// published for files that are in no workspace any more.
    func rediscoverWorkspaces(clientFolders: [String]? = nil) {
        let old = workspaces
        workspaces = WorkspaceSet(clientFolders: clientFolders ?? old.clientFolders)
        workspaces.addClientFolders(log: log)
        for (key, snapshot) in documents.snapshots.sorted(by: { $0.key < $1.key }) {
            let index = workspaces.indexForOpening(key, log: log)
            workspaces[index].openKeys.insert(key)
            workspaces[index].invalidate()
            documents.rename(key, toPath: workspaces[index].displayPath(for: key, languageID: snapshot.languageID))
        }
        let configurations = Set(workspaces.indices.compactMap { workspaces[$0].configurationKey })
        for index in old.indices {
            for key in old[index].keys where workspaces.index(of: key) == nil {
                clearDiagnostics(for: key)
            }
            if let key = old[index].configurationKey, !configurations.contains(key) { clearDiagnostics(for: key) }
        }
    }

    /// Drops the lone workspaces without an open document, clearing what their files showed.
    func dropEmptyLoneWorkspaces() {
        for workspace in workspaces.removeEmptyLoneWorkspaces() {
            for key in workspace.keys { clearDiagnostics(for: key) }
        }
    }

    /// The workspace for a document that is being opened (created when there is none).
    func workspaceIndexForOpening(_ key: DocumentKey) -> Int {
        workspaces.indexForOpening(key, log: log)
    }
}
