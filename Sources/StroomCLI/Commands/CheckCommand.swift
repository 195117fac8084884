import StroomModel
import StroomSyntax

/// `stroom check [options] [PATH... | -]`: the diagnostics, for people or for tools.
enum CheckCommand {
    static let name = "check"
    static let abstract = LocalizedText(
        nl: "Controleer .vsm- en .batenlogica-bestanden en toon wat er niet klopt.",
        en: "Check .vsm and .batenlogica files and show what is wrong.")
    static let discussion = LocalizedText(
        nl: "Leest de bestanden en mappen (ook submappen; standaard de huidige map; - is stdin) en meldt fouten, waarschuwingen en hints als pad:regel:kolom: ernst: melding [CODE], met de regel uit het bestand en ^^^ eronder. Alle bestanden onder de map met een stroom.json (of de gegeven map) vormen samen één werkruimte, zodat verwijzingen als groepsplannen.koppeling tussen bestanden werken. Alleen met --fix verandert er iets aan de bestanden. Meer over een code: stroom explain CODE. Alles over de opdrachtregel: docs/cli.md.",
        en: "Reads the files and folders (subfolders too; the current folder by default; - is stdin) and reports errors, warnings and hints as path:line:column: severity: message [CODE], with the line of the file and ^^^ under the place. All files under the folder with a stroom.json (or the folder given) form one workspace, so references such as groepsplannen.koppeling work across files. Only --fix changes the files. More about a code: stroom explain CODE. All about the command line: docs/cli.md.")
    static let usage = "[--format text|json|sarif|gcc|github] [--lang nl|en] [--werror] [--max-file-size MB] [--fix [--diff]] [--quiet|--silent] [--statistics] [--color WHEN] [PATH... | - [--stdin-filename PATH]]"
    static let options = [
        OptionSpec("format", value: "FORMAT", choices: ["text", "json", "sarif", "gcc", "github"],
                   help: LocalizedText(nl: "Uitvoer: text (standaard, voor mensen), json, sarif (SARIF 2.1.0), gcc (één regel per melding, voor editors) of github (annotaties in GitHub Actions).",
                                       en: "Output: text (default, for people), json, sarif (SARIF 2.1.0), gcc (one line per finding, for editors) or github (GitHub Actions annotations).")),
        OptionSpec.language(LocalizedText(nl: "Taal van de meldingen", en: "Language of the messages")),
        OptionSpec("werror", help: LocalizedText(nl: "Ook waarschuwingen geven afsluitcode 1.",
                                                 en: "Warnings also give exit code 1.")),
        OptionSpec("fix", help: LocalizedText(nl: "Pas de veilige oplossingen toe (die een editor als voorkeur aanbiedt) en schrijf de bestanden.",
                                              en: "Apply the safe fixes (those an editor offers as preferred) and write the files.")),
        OptionSpec("diff", help: LocalizedText(nl: "Met --fix: schrijf niets, toon de oplossingen als unified diff (zijn er: afsluitcode 1).",
                                               en: "With --fix: write nothing, show the fixes as a unified diff (if any: exit code 1).")),
        OptionSpec("quiet", short: "q", help: LocalizedText(nl: "Toon alleen de samenvatting.", en: "Show only the summary line.")),
        OptionSpec("silent", help: LocalizedText(nl: "Toon niets; de afsluitcode zegt genoeg.", en: "Show nothing; the exit code says it all.")),
        OptionSpec("statistics", help: LocalizedText(nl: "Tel de meldingen per code (meest voorkomend eerst) in plaats van ze te tonen.",
                                                     en: "Count the findings per code (most frequent first) instead of listing them.")),
        OptionSpec.color,
        OptionSpec.stdinFilename,
        OptionSpec.maxFileSize,
    ]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static let exitCodes = LocalizedText(
        nl: "  0  geen fouten (met --fix --diff: niets te verbeteren)\n  1  fouten gevonden (met --werror: ook waarschuwingen; met --fix --diff: er is iets te verbeteren)\n  2  verkeerde opdrachtregel, of een bestand of map kon niet gelezen of geschreven worden\n",
        en: "  0  no errors (with --fix --diff: nothing to fix)\n  1  errors found (with --werror: warnings too; with --fix --diff: something to fix)\n  2  wrong command line, or a file or folder could not be read or written\n")

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let fromInput = arguments.positionals.contains("-")
        if let problem = usageProblem(arguments, fromInput: fromInput) {
            context.writeError("stroom check: \(problem[context.language(flag: arguments.value("lang"))])\n")
            return .usageOrIOError
        }
        let (maxFileSize, sizeProblem) = OptionSpec.maxFileSize(arguments)
        if let sizeProblem {
            context.writeError("stroom check: \(sizeProblem[context.language(flag: arguments.value("lang"))])\n")
            return .usageOrIOError
        }
        var workspaces = fromInput
            ? StandardInput.workspaces(filename: arguments.value("stdin-filename"), context: context)
            : AnalyzedWorkspaces(paths: arguments.positionals, context: context, maxFileSize: maxFileSize)
        let language = context.language(flag: arguments.value("lang"), configuration: workspaces.configuration)
        let silent = arguments.has("silent")
        var fixed: [SafeFixes.Change] = []
        if arguments.has("fix") {
            if arguments.has("diff") { return showFixes(workspaces, arguments: arguments, context: context, language: language) }
            switch applyFixes(workspaces, context: context, language: language) {
            case .failure(let code): return code
            case .success(let changes): fixed = changes
            }
            if !fixed.isEmpty { workspaces = AnalyzedWorkspaces(paths: arguments.positionals, context: context, maxFileSize: maxFileSize) }
        }
        let report = report(of: workspaces)
        if !silent {
            for error in workspaces.ioErrors { context.writeError("stroom check: \(TerminalText.escaped(error[language]))\n") }
            for folder in emptyFolders(arguments.positionals, workspaces: workspaces, context: context) {
                context.writeError("stroom check: " + LocalizedText(
                    nl: "waarschuwing: in ‘\(TerminalText.escaped(folder))’ staan geen .vsm- of .batenlogica-bestanden.",
                    en: "warning: ‘\(TerminalText.escaped(folder))’ holds no .vsm or .batenlogica files.")[language] + "\n")
            }
            print(report, fixed: fixed, arguments: arguments, failures: workspaces.ioErrors, language: language, context: context)
        }
        context.keepUntilExit(workspaces)
        if !workspaces.ioErrors.isEmpty { return .usageOrIOError }
        if report.hasErrors || (arguments.has("werror") && report.hasWarnings) { return .errorsFound }
        return .success
    }

    /// The diagnostics of the requested files, in print order.
    static func report(of workspaces: AnalyzedWorkspaces) -> DiagnosticReport {
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
        // A file named on the command line that is not a Stroom file was looked at too (W601).
        report.fileCount += workspaces.otherFiles.count
        report.entries += workspaces.otherFileEntries
        return report
    }
}
