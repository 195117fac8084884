import StroomLSP
import StroomSyntax

/// Which workspace each document belongs to, kept right as folders and documents come and go.
extension ServerState {
    /// Reads the folders of `initialize` from disk.
    func loadInitialFolders() {
        for folder in initialFolders {
            workspaces.addFolder(folder, log: log)
        }
        adoptOpenDocuments()
    }

    /// Puts every open document in the workspace that holds it now (after folders changed).
    func adoptOpenDocuments() {
        for (key, snapshot) in documents.snapshots {
            let target = workspaces.index(of: key)
            guard let target, !workspaces[target].openKeys.contains(key) else { continue }
            for index in workspaces.indices where workspaces[index].openKeys.contains(key) {
                workspaces[index].openKeys.remove(key)
                workspaces[index].invalidate()
            }
            workspaces[target].openKeys.insert(key)
            workspaces[target].invalidate()
            documents.rename(key, toPath: workspaces[target].displayPath(for: key, languageID: snapshot.languageID))
        }
        workspaces.removeEmptyLoneWorkspaces()
    }

    /// The workspace for a document that is being opened (created when there is none).
    func workspaceIndexForOpening(_ key: DocumentKey) -> Int {
        workspaces.indexForOpening(key, log: log)
    }
}
