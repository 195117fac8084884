import StroomPlatform
import StroomDisk
import StroomModel
import StroomSyntax

/// One workspace as the CLI found it on disk: every Stroom file under its root, and its
/// configuration. Only the files the user asked about are reported.
struct LoadedWorkspace {
    /// The folder with the `stroom.json`, or the folder that was given.
    let root: String
    let sources: [SourceFile]
    let configuration: Configuration
    /// The `stroom.json` and what was wrong with it, if there is one.
    let configurationSource: SourceFile?
    let configurationDiagnostics: [Diagnostic]
    /// Display paths whose diagnostics are printed.
    let requested: Set<String>
}

/// Finds workspaces for the paths of a command line and reads their files. Which files are
/// read together is ``WorkspaceDiscovery``'s rule, the same as the language server's: the
/// nearest `stroom.json` above a file, else the folder named on the command line that holds
/// it, else the file's own folder without its subfolders.
struct WorkspaceLoader {
    let currentDirectory: String
    /// How paths are spelled: the platform's, or Windows' in tests on Linux.
    let pathStyle: PathStyle
    var ioErrors: [LocalizedText] = []
    /// Files given by name that are not Stroom files (W601).
    var otherFiles: [String] = []
    /// `--max-file-size` in bytes: overrides the workspaces' `stroom.json` and the default.
    var maxFileSize: Int?

    init(currentDirectory: String, pathStyle: PathStyle = .native) {
        self.currentDirectory = currentDirectory
        self.pathStyle = pathStyle
    }

    /// The workspaces for these paths (absolute or relative to the current directory).
    mutating func load(_ paths: [String]) -> [LoadedWorkspace] {
        var files: [String] = []
        var folders: [String] = []
        for path in paths {
            let absolute = absolutePath(path)
            guard let kind = FileManager.default.itemKind(atPath: absolute) else {
                ioErrors.append(LocalizedText(nl: "‘\(path)’ bestaat niet.", en: "‘\(path)’ does not exist."))
                continue
            }
            if kind == .folder {
                folders.append(absolute)
            } else if FileType(path: absolute) == .other {
                otherFiles.append(displayPath(absolute))
            } else {
                files.append(absolute)
            }
        }
        let discovery = WorkspaceDiscovery(folders: folders)
        var requestedByRoot: [WorkspaceRoot: [String]] = [:]
        var rootOrder: [WorkspaceRoot] = []
        func request(_ path: String, in root: WorkspaceRoot) {
            if requestedByRoot[root] == nil { rootOrder.append(root) }
            requestedByRoot[root, default: []].append(path)
        }
        for path in paths.map(absolutePath) {
            if folders.contains(path) {
                request(path, in: discovery.root(ofFolder: path))
            } else if files.contains(path) {
                request(path, in: discovery.root(ofFile: path))
            }
        }
        // Walk every workspace first: a workspace of its own inside a named folder is checked
        // too, in its own workspace, whichever path named it first.
        var listings: [WorkspaceRoot: WorkspaceListing] = [:]
        var index = 0
        while index < rootOrder.count {
            let root = rootOrder[index]
            index += 1
            let listing = discovery.listing(of: root)
            listings[root] = listing
            for folder in listing.unreadable {
                ioErrors.append(LocalizedText(built: "kan ‘\(displayPath(folder))’ niet lezen.", en: "cannot read ‘\(displayPath(folder))’."))
            }
            for nested in listing.nestedRoots
            where folders.contains(where: { nested.folder == $0 || WorkspaceDiscovery.isInside(nested.folder, folder: $0, style: pathStyle) }) {
                request(nested.folder, in: nested)
            }
        }
        return rootOrder.map { loadWorkspace(root: $0, files: listings[$0]?.files ?? [], requested: requestedByRoot[$0] ?? []) }
    }

    mutating func loadWorkspace(root: WorkspaceRoot, files listed: [String], requested: [String]) -> LoadedWorkspace {
        var files = listed
        // A file given by name counts even where a walk would not look (a hidden folder).
        for path in requested where FileType(path: path) != .other && !files.contains(path) {
            if FileManager.default.itemKind(atPath: path) == .file {
                files.append(path)
            }
        }
        var configuration = Configuration()
        var configurationSource: SourceFile?
        var configurationDiagnostics: [Diagnostic] = []
        let configPath = root.configurationPath
        if root.hasConfiguration, let bytes = DiskReader.smallFile(configPath) {
            let source = SourceFile(path: displayPath(configPath), bytes: bytes)
            (configuration, configurationDiagnostics) = Configuration.parse(source)
            configurationSource = source
        }
        var sources: [SourceFile] = []
        let limit = maxFileSize ?? configuration.fileSizeLimit
        for file in files.sorted() {
            switch DiskReader.source(file, displayPath: displayPath(file), limit: limit) {
            case .source(let source): sources.append(source)
            case .unreadable:
                ioErrors.append(LocalizedText(built: "kan ‘\(displayPath(file))’ niet lezen.", en: "cannot read ‘\(displayPath(file))’."))
            }
        }
        let requestedDisplay = Set(sources.map(\.path).filter { path in
            let absolute = absolutePath(path)
            return requested.contains { absolute == $0 || WorkspaceDiscovery.isInside(absolute, folder: $0, style: pathStyle) }
        })
        return LoadedWorkspace(root: root.folder, sources: sources, configuration: configuration,
                               configurationSource: configurationSource, configurationDiagnostics: configurationDiagnostics,
                               requested: requestedDisplay)
    }

    /// Every `.vsm` and `.batenlogica` under a folder, hidden folders (`.git`, `.build`) skipped
    /// (for `fmt`, which takes files one by one and needs no workspace).
    mutating func stroomFiles(under folder: String) -> [String] {
        let listing = WorkspaceDiscovery(folders: [folder]).allFiles(under: folder)
        for failure in listing.unreadable {
            ioErrors.append(LocalizedText(built: "kan ‘\(displayPath(failure))’ niet lezen.", en: "cannot read ‘\(displayPath(failure))’."))
        }
        return listing.files
    }

    /// Absolute (from the current directory) and standardised; `C:\Maps` and `\\server\share`
    /// are absolute on Windows too.
    func absolutePath(_ path: String) -> String {
        pathStyle.absolute(path, currentDirectory: currentDirectory)
    }

    /// Relative to the current directory when the file is below it (`sub\a.vsm` on Windows),
    /// else absolute.
    func displayPath(_ absolute: String) -> String {
        pathStyle.relative(absolute, to: pathStyle.standardized(currentDirectory)) ?? absolute
    }
}
