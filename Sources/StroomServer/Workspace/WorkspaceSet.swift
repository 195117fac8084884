import Foundation
import StroomSyntax

/// All workspaces of the session: the editor's folders, folders found by their `stroom.json`
/// for documents outside them, and lone documents.
struct WorkspaceSet: Sendable {
    private(set) var workspaces: [Workspace] = []

    var indices: Range<Int> { workspaces.indices }

    subscript(index: Int) -> Workspace {
        get { workspaces[index] }
        set { workspaces[index] = newValue }
    }

    /// The workspace a document belongs to: the deepest folder that holds it, else the
    /// workspace of a lone document with this key.
    func index(of key: DocumentKey) -> Int? {
        var best: (index: Int, depth: Int)?
        for (index, workspace) in workspaces.enumerated() {
            if let folder = workspace.folder, workspace.contains(key), folder.count > (best?.depth ?? -1) {
                best = (index, folder.count)
            }
        }
        if let best { return best.index }
        return workspaces.firstIndex { $0.folder == nil && $0.openKeys.contains(key) }
    }

    /// Adds a folder (read from disk now); nothing happens when it is already there.
    @discardableResult
    mutating func addFolder(_ path: String, log: ServerLog) -> Int {
        let folder = DocumentKey(path: path).filePath ?? path
        if let existing = workspaces.firstIndex(where: { $0.folder == folder }) { return existing }
        var workspace = Workspace(folder: folder)
        workspace.load(log: log)
        workspaces.append(workspace)
        log.info("workspace \(folder): \(workspace.diskTrees.count) files")
        return workspaces.count - 1
    }

    /// Removes a folder and returns it (its documents need their diagnostics cleared).
    mutating func removeFolder(_ path: String) -> Workspace? {
        let folder = DocumentKey(path: path).filePath ?? path
        guard let index = workspaces.firstIndex(where: { $0.folder == folder }) else { return nil }
        return workspaces.remove(at: index)
    }

    /// The workspace for a document being opened: a folder that holds it, else the nearest
    /// folder above it with a `stroom.json` (read from disk now), else a workspace of its own.
    mutating func indexForOpening(_ key: DocumentKey, log: ServerLog) -> Int {
        if let index = index(of: key) { return index }
        if let path = key.filePath, let root = WorkspaceScanner.configurationRoot(above: (path as NSString).deletingLastPathComponent) {
            return addFolder(root, log: log)
        }
        workspaces.append(Workspace(folder: nil))
        return workspaces.count - 1
    }

    /// Drops lone-document workspaces that no longer hold an open document.
    mutating func removeEmptyLoneWorkspaces() {
        workspaces.removeAll { $0.folder == nil && $0.openKeys.isEmpty }
    }
}
