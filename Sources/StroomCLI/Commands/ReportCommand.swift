import StroomPlatform
import StroomExport
import StroomModel
import StroomSyntax

/// `stroom report [--format md|html|json|pdf] [--lang nl|en] [--force] [-o FILE] [PATH...]`.
enum ReportCommand {
    static let name = "report"
    static let abstract = LocalizedText(
        nl: "Maak een rapport met de kengetallen, problemen, ideeën en actiepunten van je kaarten.",
        en: "Make a report with the figures, problems, ideas and action points of your maps.")
    static let discussion = LocalizedText(
        nl: "Schrijft per proces de kengetallen (doorlooptijd, procestijd, activiteitsratio, waardetoevoegende tijd, gerolde %C&A, systeemwissels, overdrachten, handmatige registraties), de problemen per fase, de ideeën per kwadrant, de werkdruk-frequentiematrix en de actiepunten; per onderzoek de observaties; per batenlogica wat bijdraagt aan de bedoeling, de werkdruk naar bron en de thema’s × principes. Ontbreken tijden, dan zegt het rapport dat in plaats van een te laag getal te tonen. Het rapport begint met een samenvatting per kaart (wat het proces is, doorlooptijd en activiteitsratio of wat daarvoor ontbreekt, de grootste problemen, de open actiepunten met eigenaar en datum, waar de werkdruk vandaan komt, en wat de methode als volgende stap vraagt). Als Markdown (standaard), als één HTML-pagina die je kunt printen (A4), als JSON, of als PDF (--format pdf -o rapport.pdf; daarvoor is Chromium, Google Chrome of Microsoft Edge nodig, of STROOM_CHROMIUM). Bestanden met waarschuwingen gaan gewoon; bij fouten weigert report en toont het de fouten, tenzij je --force geeft.",
        en: "Writes per process the figures (lead time, process time, activity ratio, value-adding time, rolled %C&A, system switches, hand-offs, manual registrations), the problems per phase, the ideas per quadrant, the workload-frequency matrix and the action points; per study the observations; per benefit logic what contributes to the purpose, the workload by source and the themes × principles. Where times are missing the report says so instead of showing a number that is too low. The report opens with a summary per map (what the process is, lead time and activity ratio or what is missing for them, the biggest problems, the open action points with owner and date, where workload comes from, and what the method asks as the next step). As Markdown (the default), as one HTML page you can print (A4), as JSON, or as PDF (--format pdf -o report.pdf; this needs Chromium, Google Chrome or Microsoft Edge, or STROOM_CHROMIUM). Files with warnings are fine; with errors report refuses and lists the errors, unless you give --force.")
    static let usage = "[--format md|html|json|pdf] [--lang nl|en] [--force] [-o FILE] [PATH...]"
    static let options = [
        OptionSpec("format", value: "FORMAT", choices: ReportOutputFormat.allCases.map(\.rawValue) + [pdf],
                   help: LocalizedText(nl: "Uitvoer: md (Markdown, standaard), html (één pagina), json of pdf (met -o BESTAND).",
                                       en: "Output: md (Markdown, default), html (one page), json or pdf (with -o FILE).")),
        OptionSpec.language(LocalizedText(nl: "Taal van het rapport", en: "Language of the report")),
        OptionSpec("force", help: LocalizedText(nl: "Maak het rapport ook als de bestanden fouten hebben.",
                                                en: "Make the report even when the files have errors.")),
        OutputFile.option,
    ]

    static let exitCodes = LocalizedText(
        nl: "  0  het rapport is geschreven\n  1  de bestanden hebben fouten (zonder --force)\n  2  verkeerde opdrachtregel (ook: pdf zonder -o BESTAND), een bestand of map kon niet gelezen of geschreven worden, of voor pdf ontbreekt Chromium of faalde het\n",
        en: "  0  the report was written\n  1  the files have errors (without --force)\n  2  wrong command line (also: pdf without -o FILE), a file or folder could not be read or written, or for pdf Chromium is missing or failed\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let isPDF = arguments.value("format") == pdf
        if isPDF, let refusal = pdfRefusal(arguments, context: context) { return refusal }
        let workspaces = AnalyzedWorkspaces(paths: arguments.positionals, context: context)
        var errors = DiagnosticReport()
        workspaces.register(in: &errors)
        var reports: [Report] = []
        for entry in workspaces.entries {
            for (index, file) in entry.requestedFiles {
                errors.fileCount += 1
                errors.entries += entry.analysis.diagnosticsByFile[index].filter { $0.severity == .error }
                    .map { .init(source: file.source, diagnostic: $0) }
            }
            reports.append(ReportBuilder(analysis: entry.analysis).build(paths: entry.workspace.requested))
        }
        // A file given by name that is not a Stroom file is W601, an error, as in `stroom check`.
        errors.entries += workspaces.otherFileEntries
        let language = context.language(flag: arguments.value("lang"), configuration: workspaces.configuration)
        for error in workspaces.ioErrors {
            context.writeError("stroom report: \(TerminalText.escaped(error[language]))\n")
        }
        if !workspaces.ioErrors.isEmpty { return .usageOrIOError }
        if errors.hasErrors {
            context.writeError(TextPrinter.render(errors, language: language))
            guard arguments.has("force") else {
                context.writeError("stroom report: " + LocalizedText(
                    nl: "geen rapport: los eerst de fouten hierboven op, of maak het toch met --force.",
                    en: "no report: fix the errors above first, or make it anyway with --force.")[language] + "\n")
                return .errorsFound
            }
        }
        let format = isPDF ? .html : ReportOutputFormat(rawValue: arguments.value("format") ?? "md") ?? .markdown
        let pictures = format == .html ? diagrams(for: workspaces.entries, language: language, environment: context.environment) : [:]
        let text = format.render(Report.joined(reports), language: language, diagrams: pictures)
        if isPDF { return deliverPDF(text, arguments: arguments, context: context, language: language) }
        return OutputFile.deliver(text, arguments: arguments, command: name, context: context, language: language)
    }

    /// The diagrams of the HTML report: map id → SVG, each map drawn in its default view
    /// (`stroom dot`'s) by Graphviz. Without Graphviz the report has no pictures, and says
    /// nothing about it: the figures are the report, the pictures a help.
    static func diagrams(for entries: [AnalyzedWorkspaces.Entry], language: Language, environment: [String: String]) -> [String: String] {
        guard let dot = Graphviz.find(environment: environment) else { return [:] }
        var result: [String: String] = [:]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stroom-report-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for entry in entries {
            let analysis = entry.analysis
            for (_, file) in entry.requestedFiles {
                for map in file.maps {
                    guard let name = analysis[map].name, result[name] == nil,
                          case .success(let output) = DotExporter.export(analysis, path: file.source.path,
                                                                         options: ExportOptions(language: language, mapName: name)) else { continue }
                    let svg = folder.appendingPathComponent("\(result.count).svg")
                    guard let outcome = Graphviz.run(dot, dot: output.text, format: "svg", output: svg.path), outcome.status == 0,
                          let data = FileManager.default.contents(atPath: svg.path) else { continue }
                    result[name] = String(decoding: data, as: UTF8.self)
                }
            }
        }
        return result
    }
}
