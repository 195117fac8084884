import StroomPlatform
import StroomModel
import StroomSyntax

/// The one rule that decides which files are read together, for `stroom check` and the
/// language server alike. Per file:
///
/// 1. the nearest folder at or above it that holds a `stroom.json` (with its subfolders);
/// 2. else the deepest of the user's folders that holds it — the folders open in the editor,
///    or the folders named on the command line — with its subfolders;
/// 3. else the file's own folder, without its subfolders.
///
/// A subfolder with a `stroom.json` of its own is a workspace of its own, and so is a user's
/// folder inside another (unless a `stroom.json` above both makes them one).
public struct WorkspaceDiscovery: Sendable {
    /// The user's folders, absolute and standardised.
    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders.map { WorkspaceDiscovery.standardized($0) }
    }

    /// The workspace of a Stroom file (an absolute path).
    public func root(ofFile path: String) -> WorkspaceRoot {
        let standardized = Self.standardized(path)
        let folder = PathStyle.native.parent(of: standardized) ?? standardized
        if let configured = Self.configurationFolder(atOrAbove: folder) {
            return WorkspaceRoot(folder: configured, scope: .tree, hasConfiguration: true)
        }
        if let user = deepestUserFolder(holding: path) {
            return WorkspaceRoot(folder: user, scope: .tree, hasConfiguration: false)
        }
        return WorkspaceRoot(folder: folder, scope: .folderOnly, hasConfiguration: false)
    }

    /// The workspace of a folder the user names or opens: the nearest `stroom.json` at or
    /// above it, else the folder itself, with its subfolders.
    public func root(ofFolder path: String) -> WorkspaceRoot {
        let folder = Self.standardized(path)
        if let configured = Self.configurationFolder(atOrAbove: folder) {
            return WorkspaceRoot(folder: configured, scope: .tree, hasConfiguration: true)
        }
        return WorkspaceRoot(folder: folder, scope: .tree, hasConfiguration: false)
    }

    /// The deepest user's folder that holds a path.
    func deepestUserFolder(holding path: String) -> String? {
        folders.filter { Self.isInside(path, folder: $0) }.max { $0.count < $1.count }
    }

    /// The nearest folder at or above `folder` with a `stroom.json`.
    public static func configurationFolder(atOrAbove folder: String, style: PathStyle = .native) -> String? {
        style.ancestors(of: standardized(folder, style: style)).first(where: hasConfiguration)
    }

    /// Whether a folder holds a `stroom.json` (a file, not a folder of that name).
    public static func hasConfiguration(_ folder: String) -> Bool {
        let path = PathStyle.native.appending(Configuration.fileName, to: folder)
        return FileManager.default.itemKind(atPath: path) == .file
    }

    /// Whether `path` lies below `folder` (at any depth): `C:\Maps2\a.vsm` is not below `C:\Maps`,
    /// and on Windows `c:\maps\a.vsm` is below `C:\maps` (see ``PathStyle/isInside(_:folder:)``).
    public static func isInside(_ path: String, folder: String, style: PathStyle = .native) -> Bool {
        style.isInside(path, folder: folder)
    }

    /// An absolute path (a relative one is taken from the current folder) without `.`, `..`,
    /// doubled or trailing separators.
    public static func standardized(_ path: String, style: PathStyle = .native) -> String {
        style.absolute(path, currentDirectory: FileManager.default.currentDirectoryPath)
    }
}
