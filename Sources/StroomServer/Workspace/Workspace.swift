import StroomPlatform
import StroomDisk
import StroomModel
import StroomSyntax

/// One workspace: the Stroom files that share one namespace, as ``WorkspaceDiscovery`` finds
/// them (the same rule as `stroom check`), or an untitled document on its own. Open documents
/// override the disk.
struct Workspace: Sendable {
    /// Where it is on disk; nil for an untitled document.
    let root: WorkspaceRoot?
    var configuration = Configuration()
    /// The `stroom.json` and what was wrong with it (W606), when there is one.
    var configurationSource: SourceFile?
    var configurationDiagnostics: [Diagnostic] = []
    /// Files as read from disk, read again on each change on disk. Only their texts are kept:
    /// an analysis parses and lowers each file once and lets its tree go (open documents keep
    /// theirs, in the document store).
    var diskSources: [DocumentKey: SourceFile] = [:]
    /// Open documents that belong here (their text is in the document store).
    var openKeys: Set<DocumentKey> = []
    /// The analysis of the current texts; nil when something changed since.
    var analyzed: AnalyzedWorkspace?
    /// The last analysis, kept after a change so that the next one reuses what did not change.
    var lastAnalysis: Analysis?
    /// Analyses nobody needs any more, handed to ``ServerState/retired`` once the diagnostics
    /// went out and freed at the back of the server's queue: freeing a large one costs about a
    /// tenth of making it, time that should not sit between a keystroke and its diagnostics,
    /// pushed or pulled. (Freeing them on another thread was measured slower: on two cores the
    /// frees contend with the next analysis for the allocator.)
    var retired: [Analysis] = []
    /// Something changed whose diagnostics the client has not been sent yet. (A request may
    /// analyse a workspace before the edit's refresh runs; this keeps the publish owed.)
    var needsPublish = true

    /// Something in the workspace changed: analyse again and publish.
    mutating func invalidate() {
        if let analyzed {
            if let lastAnalysis { retired.append(lastAnalysis) }
            lastAnalysis = analyzed.analysis
        }
        analyzed = nil
        needsPublish = true
    }

    init(root: WorkspaceRoot?) {
        self.root = root
    }

    /// The absolute path of the folder; nil for an untitled document.
    var folder: String? { root?.folder }

    /// Made for documents outside the editor's folders without a `stroom.json` (their own
    /// folder, without subfolders), or an untitled document: it goes when its last document closes.
    var isLone: Bool { root?.scope != .tree }

    /// The `stroom.json` that set this workspace, if one did.
    var configurationKey: DocumentKey? {
        root.flatMap { $0.hasConfiguration ? DocumentKey(path: $0.configurationPath) : nil }
    }

    /// Whether a file lies in this workspace's folder (below it, for a tree).
    func contains(_ key: DocumentKey) -> Bool {
        guard let root, let path = key.filePath else { return false }
        return root.reaches(path)
    }

    /// Whether a document is one of this workspace's, on disk or open.
    func holds(_ key: DocumentKey) -> Bool {
        openKeys.contains(key) || diskSources[key] != nil
    }

    /// Every document of the workspace, disk and open.
    var keys: Set<DocumentKey> { Set(diskSources.keys).union(openKeys) }

    /// The name used in messages: relative to the folder, else the file name.
    func displayPath(for key: DocumentKey, languageID: String? = nil) -> String {
        let style = PathStyle.native
        if let folder, let path = key.filePath, contains(key), let relative = style.relative(path, to: folder) {
            return relative
        }
        if let path = key.filePath { return style.fileName(of: path) }
        // An untitled buffer: give it the extension its language asks for.
        let name = key.normalized.split(separator: "/").last.map(String.init) ?? key.normalized
        if FileType(path: name) != .other { return name }
        return name + ((languageID ?? "").lowercased().contains("batenlogica") ? ".batenlogica" : ".vsm")
    }

    // MARK: - Disk

    /// Reads the folder from disk: its configuration and every Stroom file. Returns the
    /// subfolders that are workspaces of their own.
    mutating func load(discovery: WorkspaceDiscovery, log: ServerLog) -> [WorkspaceRoot] {
        guard let root else { return [] }
        reloadConfiguration(log: log)
        diskSources = [:]
        let listing = discovery.listing(of: root)
        for folder in listing.unreadable { log.warning("cannot read \(folder)") }
        for path in listing.files {
            reloadFile(DocumentKey(path: path), log: log)
        }
        invalidate()
        return listing.nestedRoots
    }

    mutating func reloadConfiguration(log: ServerLog) {
        // A file read under another size limit is read again: it may now be read, or not.
        let limit = configuration.fileSizeLimit
        defer {
            if configuration.fileSizeLimit != limit {
                for key in Array(diskSources.keys) { reloadFile(key, log: log) }
            }
        }
        configuration = Configuration()
        configurationSource = nil
        configurationDiagnostics = []
        guard let key = configurationKey, let path = key.filePath, let bytes = WorkspaceScanner.read(path, log: log) else { return }
        let source = SourceFile(path: Configuration.fileName, bytes: bytes)
        (configuration, configurationDiagnostics) = Configuration.parse(source)
        configurationSource = source
        invalidate()
    }

    /// Reads one file again; a file that is gone is dropped. Returns whether it exists.
    @discardableResult
    mutating func reloadFile(_ key: DocumentKey, log: ServerLog) -> Bool {
        invalidate()
        guard let path = key.filePath,
              let source = WorkspaceScanner.source(path, displayPath: displayPath(for: key), limit: configuration.fileSizeLimit, log: log) else {
            diskSources[key] = nil
            return false
        }
        diskSources[key] = source
        return true
    }
}
