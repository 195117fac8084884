import StroomModel
import StroomSyntax

/// `stroom check [--format text|json|sarif] [--lang nl|en] [--werror] [--max-file-size MB] [PATH...]`.
enum CheckCommand {
    static let name = "check"
    static let abstract = LocalizedText(
        nl: "Controleer .vsm- en .batenlogica-bestanden en toon wat er niet klopt.",
        en: "Check .vsm and .batenlogica files and show what is wrong.")
    static let discussion = LocalizedText(
        nl: "Leest de bestanden en mappen (ook submappen; standaard de huidige map) en meldt fouten, waarschuwingen en hints als pad:regel:kolom: ernst: melding [CODE]. Alle bestanden onder de map met een stroom.json (of de gegeven map) vormen samen één werkruimte, zodat verwijzingen als groepsplannen.koppeling tussen bestanden werken. De bestanden worden nooit aangepast. Meer over een code: stroom explain CODE.",
        en: "Reads the files and folders (subfolders too; the current folder by default) and reports errors, warnings and hints as path:line:column: severity: message [CODE]. All files under the folder with a stroom.json (or the folder given) form one workspace, so references such as groepsplannen.koppeling work across files. The files are never changed. More about a code: stroom explain CODE.")
    static let usage = "[--format text|json|sarif] [--lang nl|en] [--werror] [--max-file-size MB] [PATH...]"
    static let options = [
        OptionSpec("format", value: "FORMAT", choices: ["text", "json", "sarif"],
                   help: LocalizedText(nl: "Uitvoer: text (standaard), json of sarif (SARIF 2.1.0).",
                                       en: "Output: text (default), json or sarif (SARIF 2.1.0).")),
        OptionSpec.language(LocalizedText(nl: "Taal van de meldingen", en: "Language of the messages")),
        OptionSpec("werror", help: LocalizedText(nl: "Ook waarschuwingen geven afsluitcode 1.",
                                                 en: "Warnings also give exit code 1.")),
        OptionSpec.maxFileSize,
    ]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let (maxFileSize, problem) = OptionSpec.maxFileSize(arguments)
        if let problem {
            context.writeError("stroom check: \(problem[context.language(flag: arguments.value("lang"), configuration: nil)])\n")
            return .usageOrIOError
        }
        let workspaces = AnalyzedWorkspaces(paths: arguments.positionals, context: context, maxFileSize: maxFileSize)
        var report = DiagnosticReport()
        workspaces.register(in: &report)
        for entry in workspaces.entries {
            if let source = entry.workspace.configurationSource {
                report.entries += entry.workspace.configurationDiagnostics.map { .init(source: source, diagnostic: $0) }
            }
            for (index, file) in entry.requestedFiles {
                report.fileCount += 1
                report.entries += entry.analysis.diagnosticsByFile[index].map { .init(source: file.source, diagnostic: $0) }
            }
        }
        report.entries += workspaces.otherFileEntries
        let language = context.language(flag: arguments.value("lang"), configuration: workspaces.configuration)
        for error in workspaces.ioErrors {
            context.writeError("stroom check: \(error[language])\n")
        }
        switch arguments.value("format") ?? "text" {
        case "json": context.writeOut(JSONPrinter.render(report, language: language))
        case "sarif": context.writeOut(SARIFPrinter.render(report, language: language, currentDirectory: context.currentDirectory))
        default: context.writeOut(TextPrinter.render(report, language: language))
        }
        if !workspaces.ioErrors.isEmpty { return .usageOrIOError }
        if report.hasErrors || (arguments.has("werror") && report.hasWarnings) { return .errorsFound }
        return .success
    }
}
