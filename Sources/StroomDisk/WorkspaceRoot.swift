import StroomPlatform
import StroomModel
import StroomSyntax

/// Where a workspace is on disk and how far it reaches: the Stroom files of one folder, with
/// or without its subfolders. Files of one workspace share one namespace (`map.id` finds a map
/// in any of them) and one `stroom.json`.
public struct WorkspaceRoot: Hashable, Sendable, CustomStringConvertible {
    public enum Scope: String, Hashable, Sendable {
        /// The folder and its subfolders (except those that are workspaces of their own).
        case tree
        /// The folder's own files only: a lone file's folder.
        case folderOnly
    }

    /// The absolute, standardised path of the folder (no trailing separator).
    public let folder: String
    public let scope: Scope
    /// Whether the folder holds the `stroom.json` that set this workspace.
    public let hasConfiguration: Bool

    public init(folder: String, scope: Scope, hasConfiguration: Bool) {
        self.folder = WorkspaceDiscovery.standardized(folder)
        self.scope = scope
        self.hasConfiguration = hasConfiguration
    }

    /// The path of the `stroom.json` of the folder (whether it exists or not).
    public var configurationPath: String {
        PathStyle.native.appending(Configuration.fileName, to: folder)
    }

    /// Whether a path lies inside this workspace's folder (at any depth for a tree, directly
    /// for a folder only). Says nothing of nested workspaces: ask ``WorkspaceDiscovery``.
    public func reaches(_ path: String) -> Bool {
        switch scope {
        case .folderOnly:
            let style = PathStyle.native
            return style.relative(path, to: folder).map { !$0.contains(where: style.isSeparator) } ?? false
        case .tree: return WorkspaceDiscovery.isInside(path, folder: folder)
        }
    }

    public var description: String {
        folder + (scope == .folderOnly ? " (folder only)" : "") + (hasConfiguration ? " [stroom.json]" : "")
    }
}
