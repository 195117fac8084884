import StroomPlatform
import StroomDisk
import StroomSyntax

/// All workspaces of the session, as ``WorkspaceDiscovery`` cuts the disk into them for the
/// editor's folders: per document, the nearest `stroom.json` above it, else the editor's
/// folder that holds it, else its own folder without subfolders (the rule `stroom check`
/// follows). Untitled documents get a workspace each.
struct WorkspaceSet: Sendable {
    private(set) var workspaces: [Workspace] = []
    /// The editor's workspace folders, absolute paths.
    private(set) var clientFolders: [String] = []

    init(clientFolders: [String] = []) {
        self.clientFolders = clientFolders.map { DocumentKey(path: $0).filePath ?? $0 }
    }

    var discovery: WorkspaceDiscovery { WorkspaceDiscovery(folders: clientFolders) }

    var indices: Range<Int> { workspaces.indices }

    subscript(index: Int) -> Workspace {
        get { workspaces[index] }
        set { workspaces[index] = newValue }
    }

    /// The workspace that holds a document now (on disk or open); nil when none does.
    func index(of key: DocumentKey) -> Int? {
        workspaces.firstIndex { $0.holds(key) }
    }

    /// The workspace with this root.
    func index(of root: WorkspaceRoot) -> Int? {
        workspaces.firstIndex { $0.root == root }
    }

    /// Where a document belongs by the rule (a look at the disk); nil for an untitled one.
    func home(of key: DocumentKey) -> WorkspaceRoot? {
        key.filePath.map { discovery.root(ofFile: $0) }
    }

    /// The workspace with this root, read from disk now when it is new, together with the
    /// workspaces of its own inside it.
    @discardableResult
    mutating func add(_ root: WorkspaceRoot, log: ServerLog) -> Int {
        if let existing = index(of: root) { return existing }
        var workspace = Workspace(root: root)
        let nested = workspace.load(discovery: discovery, log: log)
        workspaces.append(workspace)
        log.info("workspace \(root): \(workspace.diskSources.count) files")
        let index = workspaces.count - 1
        for inner in nested { add(inner, log: log) }
        return index
    }

    /// The workspaces of the editor's folders, read from disk.
    mutating func addClientFolders(log: ServerLog) {
        for folder in clientFolders { add(discovery.root(ofFolder: folder), log: log) }
    }

    /// The workspace for a document being opened: the one that holds it, else the one the
    /// rule names (read from disk now), else an untitled document's own.
    mutating func indexForOpening(_ key: DocumentKey, log: ServerLog) -> Int {
        if let index = index(of: key) { return index }
        if let root = home(of: key) { return add(root, log: log) }
        workspaces.append(Workspace(root: nil))
        return workspaces.count - 1
    }

    /// Drops the lone workspaces that no longer hold an open document and returns them (what
    /// was published for their files must be cleared).
    mutating func removeEmptyLoneWorkspaces() -> [Workspace] {
        let empty = workspaces.filter { $0.isLone && $0.openKeys.isEmpty }
        workspaces.removeAll { $0.isLone && $0.openKeys.isEmpty }
        return empty
    }
}
