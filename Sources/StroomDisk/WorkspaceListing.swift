import Foundation
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
        let url = URL(fileURLWithPath: root.folder, isDirectory: true)
        if root.scope == .folderOnly {
            guard let entries = try? FileManager.default.contentsOfDirectory(
                at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else {
                listing.unreadable.append(root.folder)
                return listing
            }
            for entry in entries where FileType(path: entry.path) != .other && !Self.isDirectory(entry) {
                listing.files.append(Self.standardized(entry.path))
            }
            listing.files.sort()
            return listing
        }
        var failures: [String] = []
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles],
            errorHandler: { failed, _ in failures.append(failed.path); return true }) else {
            listing.unreadable.append(root.folder)
            return listing
        }
        for case let entry as URL in enumerator {
            let path = Self.standardized(entry.path)
            if Self.isDirectory(entry) {
                if !stoppingAtWorkspaces {
                    continue
                } else if Self.hasConfiguration(path) {
                    listing.nestedRoots.append(WorkspaceRoot(folder: path, scope: .tree, hasConfiguration: true))
                    enumerator.skipDescendants()
                } else if !root.hasConfiguration, folders.contains(path) {
                    listing.nestedRoots.append(WorkspaceRoot(folder: path, scope: .tree, hasConfiguration: false))
                    enumerator.skipDescendants()
                }
            } else if FileType(path: path) != .other {
                listing.files.append(path)
            }
        }
        listing.files.sort()
        listing.unreadable = failures.map { Self.standardized($0) }
        return listing
    }

    static func isDirectory(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? false
    }
}
