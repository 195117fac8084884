import StroomPlatform
import StroomSyntax

/// The Stroom files of one workspace on disk, as ``WorkspaceDiscovery`` assigns them.
public struct WorkspaceListing: Sendable, Equatable {
    /// Absolute standardised paths of every `.vsm` and `.batenlogica`, sorted.
    public var files: [String] = []
    /// Subfolders that are workspaces of their own (a `stroom.json`, or another user's
    /// folder), not walked; in the order met.
    public var nestedRoots: [WorkspaceRoot] = []
    /// Folders that could not be read.
    public var unreadable: [String] = []
}

extension WorkspaceDiscovery {
    /// The files of a workspace: for a tree every Stroom file below the folder, hidden folders
    /// (`.git`, `.build`) skipped, and not entering a subfolder that is a workspace of its own;
    /// for a folder only, the Stroom files directly in it.
    public func listing(of root: WorkspaceRoot) -> WorkspaceListing {
        walk(root, stoppingAtWorkspaces: true)
    }

    /// Every Stroom file below a folder, hidden folders skipped, whatever workspace it is in
    /// (`stroom fmt` takes files one by one).
    public func allFiles(under folder: String) -> WorkspaceListing {
        walk(WorkspaceRoot(folder: folder, scope: .tree, hasConfiguration: false), stoppingAtWorkspaces: false)
    }

    func walk(_ root: WorkspaceRoot, stoppingAtWorkspaces: Bool) -> WorkspaceListing {
        var listing = WorkspaceListing()
        if root.scope == .folderOnly {
            guard let names = Self.visibleEntries(of: root.folder) else {
                listing.unreadable.append(root.folder)
                return listing
            }
            for name in names {
                let path = PathStyle.native.appending(name, to: root.folder)
                if FileType(path: path) != .other && Self.kind(of: path) != .folder {
                    listing.files.append(Self.standardized(path))
                }
            }
            listing.files.sort()
            return listing
        }
        guard let names = Self.visibleEntries(of: root.folder) else {
            listing.unreadable.append(root.folder)
            return listing
        }
        // Depth first, each folder's entries in name order (kept reversed, so that the next is
        // taken from the end); a folder that cannot be read is noted and the walk goes on.
        var pending: [(folder: String, names: [String])] = [(root.folder, names.reversed())]
        while var top = pending.popLast() {
            guard let name = top.names.popLast() else { continue }
            pending.append(top)
            let path = Self.standardized(PathStyle.native.appending(name, to: top.folder))
            switch Self.kind(of: path) {
            case .folder:
                if stoppingAtWorkspaces && Self.hasConfiguration(path) {
                    listing.nestedRoots.append(WorkspaceRoot(folder: path, scope: .tree, hasConfiguration: true))
                } else if stoppingAtWorkspaces && !root.hasConfiguration && folders.contains(path) {
                    listing.nestedRoots.append(WorkspaceRoot(folder: path, scope: .tree, hasConfiguration: false))
                } else if let inner = Self.visibleEntries(of: path) {
                    pending.append((path, inner.reversed()))
                } else {
                    listing.unreadable.append(path)
                }
            case .file:
                if FileType(path: path) != .other { listing.files.append(path) }
            case nil:
                break
            }
        }
        listing.files.sort()
        return listing
    }

    /// The names in a folder, hidden ones (`.git`, `.build`) left out, sorted; nil when the
    /// folder cannot be read.
    static func visibleEntries(of folder: String) -> [String]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A folder (not through a symbolic link: a linked folder is not walked, as it may lead back
    /// up), a file (any other link counts as one, a dangling one too, so that reading it says
    /// it cannot be read), or nil when nothing is there.
    static func kind(of path: String) -> ItemKind? {
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return nil
        }
        if type == .typeDirectory { return .folder }
        if type == .typeSymbolicLink { return FileManager.default.itemKind(atPath: path) == .folder ? nil : .file }
        return .file
    }
}
