import StroomPlatform
import StroomDisk
import StroomModel
import StroomSyntax

/// `stroom check -` and `stroom fmt -`: the file comes from standard input (an editor's
/// buffer, a pre-commit hook). `--stdin-filename PATH` names it: the path is printed, its
/// extension decides the file type, and it is checked in the workspace of that path, in place
/// of the file on disk. Without it the file is `<stdin>`, on its own, and may hold either kind
/// of map (the file-type check has no extension to go by).
enum StandardInput {
    static let displayName = "<stdin>"

    /// The source read from stdin, under the name it is reported by.
    static func source(filename: String?, context: CommandContext) -> SourceFile {
        let bytes = context.readInput()
        guard let filename else { return SourceFile(path: displayName, bytes: bytes) }
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        return SourceFile(path: loader.displayPath(loader.absolutePath(filename)), bytes: bytes)
    }

    /// The workspace around stdin's file, read and analysed, with only that file requested.
    static func workspaces(filename: String?, context: CommandContext) -> AnalyzedWorkspaces {
        let input = source(filename: filename, context: context)
        var loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        var workspace = LoadedWorkspace(root: context.currentDirectory, sources: [input], configuration: Configuration(),
                                        configurationSource: nil, configurationDiagnostics: [], requested: [input.path])
        if let filename {
            let absolute = loader.absolutePath(filename)
            let folder = loader.pathStyle.parent(of: absolute) ?? absolute
            if FileManager.default.itemKind(atPath: folder) == .folder {
                // The workspace rule of every file (WorkspaceDiscovery): the nearest
                // `stroom.json` above the named path, else that path's own folder.
                let discovery = WorkspaceDiscovery(folders: [])
                let root = discovery.root(ofFile: loader.absolutePath(filename))
                let found = loader.loadWorkspace(root: root, files: discovery.listing(of: root).files, requested: [])
                workspace = LoadedWorkspace(root: found.root, sources: found.sources.filter { $0.path != input.path } + [input],
                                            configuration: found.configuration, configurationSource: found.configurationSource,
                                            configurationDiagnostics: found.configurationDiagnostics, requested: [input.path])
            }
        }
        let analysis = Analysis(sources: workspace.sources,
                                options: AnalysisOptions(today: context.today, configuration: workspace.configuration))
        return AnalyzedWorkspaces(entries: [.init(workspace: workspace, analysis: analysis)], ioErrors: loader.ioErrors,
                                  otherFiles: [],
                                  configuration: workspace.configurationSource == nil ? nil : workspace.configuration)
    }
}

extension AnalyzedWorkspaces {
    init(entries: [Entry], ioErrors: [LocalizedText], otherFiles: [String], configuration: Configuration?) {
        self.entries = entries
        self.ioErrors = ioErrors
        self.otherFiles = otherFiles
        self.configuration = configuration
    }
}

extension OptionSpec {
    /// `--stdin-filename PATH`, for `-`.
    static let stdinFilename = OptionSpec("stdin-filename", value: "PATH", help: LocalizedText(
        nl: "Met - (stdin): de naam van het bestand, voor de meldingen, het soort bestand en de werkruimte.",
        en: "With - (stdin): the file's name, for the messages, the file type and the workspace."))
}
