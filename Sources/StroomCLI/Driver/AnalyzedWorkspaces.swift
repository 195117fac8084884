import StroomModel
import StroomSyntax

/// The workspaces of a command line, read and analysed: what `check` and `report` share
/// (swift-format's `Frontend`). Each path is checked in its workspace, so references to other
/// files resolve; only the files asked for are reported.
struct AnalyzedWorkspaces {
    struct Entry {
        let workspace: LoadedWorkspace
        let analysis: Analysis

        /// The files of this workspace that were asked for, with their indices in the analysis.
        var requestedFiles: [(index: Int, file: FileAnalysis)] {
            analysis.files.enumerated().filter { workspace.requested.contains($0.element.source.path) }
                .map { ($0.offset, $0.element) }
        }
    }

    let entries: [Entry]
    /// Paths that could not be read (exit code 2).
    let ioErrors: [LocalizedText]
    /// Files given by name that are not Stroom files (W601).
    let otherFiles: [String]
    /// The settings of the first workspace that has a `stroom.json` (for the language).
    let configuration: Configuration?

    init(paths: [String], context: CommandContext, maxFileSize: Int? = nil) {
        var loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        loader.maxFileSize = maxFileSize
        let workspaces = loader.load(paths.isEmpty ? ["."] : paths)
        entries = workspaces.map { workspace in
            Entry(workspace: workspace,
                  analysis: Analysis(sources: workspace.sources,
                                     options: AnalysisOptions(today: context.today, configuration: workspace.configuration)))
        }
        ioErrors = loader.ioErrors
        otherFiles = loader.otherFiles
        configuration = workspaces.first { $0.configurationSource != nil }?.configuration
    }

    /// The W601 diagnostics of the files that are not Stroom files.
    var otherFileEntries: [DiagnosticReport.Entry] {
        otherFiles.map { .init(source: SourceFile(path: $0, bytes: []), diagnostic: WrongFileType.diagnosticForUnknownFile()) }
    }

    /// Registers every source of every workspace, so that notes pointing into other files print.
    func register(in report: inout DiagnosticReport) {
        for entry in entries {
            if let source = entry.workspace.configurationSource { report.sourcesByPath[source.path] = source }
            for file in entry.analysis.files { report.sourcesByPath[file.source.path] = file.source }
        }
    }
}

extension OptionSpec {
    /// `--max-file-size MB`: files larger than this are not read (W607).
    static let maxFileSize = OptionSpec(
        "max-file-size", value: "MB",
        help: LocalizedText(nl: "Lees geen bestand groter dan zoveel megabytes (standaard: stroom.json, dan 64).",
                            en: "Do not read a file larger than this many megabytes (default: stroom.json, then 64)."))

    /// The value of `--max-file-size` in bytes (nil when not given), or the problem with it.
    static func maxFileSize(_ arguments: ParsedArguments) -> (bytes: Int?, problem: LocalizedText?) {
        guard let value = arguments.value("max-file-size") else { return (nil, nil) }
        guard let bytes = Configuration.bytes(megabytes: value) else {
            return (nil, LocalizedText(nl: "--max-file-size is een aantal megabytes groter dan 0, bijvoorbeeld 64.",
                                       en: "--max-file-size is a number of megabytes above 0, for example 64."))
        }
        return (bytes, nil)
    }

    /// `--lang nl|en`, with what it sets in this command.
    static func language(_ what: LocalizedText) -> OptionSpec {
        OptionSpec("lang", value: "nl|en", choices: ["nl", "en"],
                   help: what + LocalizedText(nl: " (standaard: stroom.json, dan LANG, dan de taal van het systeem).",
                                                 en: " (default: stroom.json, then LANG, then the system's language)."))
    }
}
