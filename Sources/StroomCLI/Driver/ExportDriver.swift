import StroomPlatform
import StroomExport
import StroomModel
import StroomSyntax

/// What `dot` and `render` share: read the one file in its workspace (so references to other
/// files resolve), refuse a file with errors unless `--force`, and draw the picture.
enum ExportDriver {
    enum Format {
        case dot
        case mermaid
    }

    /// A picture (and a way to draw it again in another layout), or the exit code to stop
    /// with (the reason is printed already).
    enum Attempt {
        case picture(ExportOutput, redraw: (ExportLayout) -> String?)
        case stopped(ExitCode)
    }

    /// The options both commands take, besides their own.
    static let sharedOptions = [
        OptionSpec("view", value: "VIEW", choices: ExportView.allCases.map(\.rawValue),
                   help: LocalizedText(nl: "Welke weergave: flow, causes, board, benefits of stakeholders (standaard: flow voor een .vsm, benefits voor een .batenlogica).",
                                       en: "Which view: flow, causes, board, benefits or stakeholders (default: flow for a .vsm, benefits for a .batenlogica).")),
        OptionSpec.language(LocalizedText(nl: "Taal van de woorden die Stroom toevoegt (legenda, tijdlijn)",
                                          en: "Language of the words Stroom adds (legend, time ladder)")),
        OptionSpec("map", value: "ID",
                   help: LocalizedText(nl: "Teken alleen de kaart met deze id (een bestand met meer kaarten geeft anders één plaat met een kader per kaart).",
                                       en: "Draw only the map with this id (otherwise a file with several maps gives one picture with a frame per map).")),
        OptionSpec("force", help: LocalizedText(nl: "Teken ook als het bestand fouten heeft.",
                                                en: "Draw even when the file has errors.")),
    ]

    /// The picture of the file on the command line.
    static func export(_ arguments: ParsedArguments, command: String, format: Format, context: CommandContext) -> Attempt {
        var language = context.language(flag: arguments.value("lang"))
        func fail(_ message: LocalizedText, _ code: ExitCode = .usageOrIOError) -> Attempt {
            context.writeError("stroom \(command): \(TerminalText.escaped(message[language]))\n")
            return .stopped(code)
        }
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            return fail(LocalizedText(nl: "geef precies één .vsm- of .batenlogica-bestand.", en: "give exactly one .vsm or .batenlogica file."))
        }
        var loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        let absolute = loader.absolutePath(path)
        guard let kind = FileManager.default.itemKind(atPath: absolute) else {
            return fail(LocalizedText(nl: "‘\(path)’ bestaat niet.", en: "‘\(path)’ does not exist."))
        }
        guard kind != .folder, FileType(path: absolute) != .other else {
            return fail(LocalizedText(nl: "‘\(path)’ is geen .vsm- of .batenlogica-bestand.", en: "‘\(path)’ is not a .vsm or .batenlogica file."))
        }
        guard let workspace = loader.load([path]).first, loader.ioErrors.isEmpty else {
            for error in loader.ioErrors { context.writeError("stroom \(command): \(TerminalText.escaped(error[language]))\n") }
            return .stopped(.usageOrIOError)
        }
        if workspace.configurationSource != nil {
            language = context.language(flag: arguments.value("lang"), configuration: workspace.configuration)
        }
        let analysis = Analysis(sources: workspace.sources,
                                options: AnalysisOptions(today: context.today, configuration: workspace.configuration))
        guard let index = analysis.files.firstIndex(where: { workspace.requested.contains($0.source.path) }) else {
            return fail(LocalizedText(nl: "kan ‘\(path)’ niet lezen.", en: "cannot read ‘\(path)’."))
        }
        let file = analysis.files[index]
        let options = ExportOptions(view: arguments.value("view").flatMap(ExportView.init(rawValue:)), language: language,
                                    mapName: arguments.value("map"))
        if let problem = ExportRequest.viewProblem(analysis, path: file.source.path, options: options) {
            return fail(problem.message)
        }
        let errors = analysis.diagnosticsByFile[index].filter { $0.severity == .error }
        if !errors.isEmpty, !arguments.has("force") {
            var report = DiagnosticReport()
            report.entries = errors.map { .init(source: file.source, diagnostic: $0) }
            for other in analysis.files { report.sourcesByPath[other.source.path] = other.source }
            context.writeError(TextPrinter.lines(report, language: language))
            let count = errors.count
            return fail(LocalizedText(
                nl: "\(file.source.path) heeft \(count == 1 ? "een fout" : "\(count) fouten"); verbeter \(count == 1 ? "die" : "ze") eerst, of teken toch met --force.",
                en: "\(file.source.path) has \(count == 1 ? "an error" : "\(count) errors"); fix \(count == 1 ? "it" : "them") first, or draw anyway with --force."),
                .errorsFound)
        }
        let result = format == .dot
            ? DotExporter.export(analysis, path: file.source.path, options: options)
            : MermaidExporter.export(analysis, path: file.source.path, options: options)
        // Mermaid has no layouts: only `render` (DOT) draws again.
        let redraw = { (layout: ExportLayout) -> String? in
            var again = options
            again.layout = layout
            return format == .dot ? try? DotExporter.export(analysis, path: file.source.path, options: again).get().text : nil
        }
        switch result {
        case .success(let output): return .picture(output, redraw: redraw)
        case .failure(let problem): return fail(problem.message)
        }
    }
}
