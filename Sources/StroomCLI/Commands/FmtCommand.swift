import StroomPlatform
import StroomDisk
import StroomFormat
import StroomModel
import StroomSyntax

/// `stroom fmt [--check] [--diff] [--lang nl|en] [PATH...]`: the canonical layout.
enum FmtCommand {
    static let name = "fmt"
    static let abstract = LocalizedText(
        nl: "Maak .vsm- en .batenlogica-bestanden netjes op: inspringen, spaties, witregels.",
        en: "Format .vsm and .batenlogica files: indentation, spaces, blank lines.")
    static let discussion = LocalizedText(
        nl: "Geeft de bestanden en mappen (ook submappen; standaard de huidige map) één vaste opmaak en schrijft ze terug, alleen als er iets verandert. Alleen witruimte verandert: woorden, waarden, commentaar en de regels zelf blijven zoals ze zijn. Een bestand met syntaxfouten wordt niet aangeraakt; de fouten worden getoond. Met --check verandert er niets en hoor je welke bestanden anders zouden worden; --diff toont de verschillen. De regels staan in docs/formatting.md.",
        en: "Gives the files and folders (subfolders too; the current folder by default) one fixed layout and writes them back, only when something changes. Only whitespace changes: words, values, comments and the lines themselves stay as they are. A file with syntax errors is left alone and its errors are shown. With --check nothing changes and you see which files would; --diff shows the differences. The rules are in docs/formatting.md.")
    static let usage = "[--check] [--diff] [--lang nl|en] [PATH... | - [--stdin-filename PATH]]"
    static let options = [
        OptionSpec("check", help: LocalizedText(
            nl: "Verander niets; noem de bestanden die anders zouden worden (dan afsluitcode 1).",
            en: "Change nothing; list the files that would change (then exit code 1).")),
        OptionSpec("diff", help: LocalizedText(
            nl: "Verander niets; toon de verschillen als unified diff (zijn er verschillen: afsluitcode 1).",
            en: "Change nothing; print the differences as a unified diff (if any: exit code 1).")),
        OptionSpec("lang", value: "nl|en", choices: ["nl", "en"], help: LocalizedText(
            nl: "Taal van de meldingen (standaard: stroom.json, dan LANG).",
            en: "Language of the messages (default: stroom.json, then LANG).")),
        OptionSpec.stdinFilename,
    ]
    static let exitCodes = LocalizedText(
        nl: "  0  alles is opgemaakt (met --check of --diff: niets zou veranderen)\n  1  met --check of --diff: een bestand zou veranderen; of een bestand heeft syntaxfouten en is niet opgemaakt\n  2  verkeerde opdrachtregel, of een bestand of map kon niet gelezen of geschreven worden\n",
        en: "  0  everything is formatted (with --check or --diff: nothing would change)\n  1  with --check or --diff: a file would change; or a file has syntax errors and was not formatted\n  2  wrong command line, or a file or folder could not be read or written\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    /// What happened to the files of one run.
    struct Tally {
        var unchanged = 0
        /// Formatted and written back, or (with --check or --diff) would be.
        var changed: [String] = []
        var refused = 0
        var ioErrors: [LocalizedText] = []
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        if arguments.positionals.contains("-") || arguments.value("stdin-filename") != nil {
            return formatInput(arguments, context: context)
        }
        let paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
        let collector = FileCollector(paths: paths, currentDirectory: context.currentDirectory)
        let language = context.language(flag: arguments.value("lang"), configuration: configuration(near: collector.files.first))
        let showDiff = arguments.has("diff")
        let writes = !showDiff && !arguments.has("check")
        var tally = Tally(ioErrors: collector.errors)
        for note in collector.notes {
            context.writeError("stroom fmt: \(TerminalText.escaped(note[language]))\n")
        }
        for file in collector.files {
            guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
                tally.ioErrors.append(LocalizedText(nl: "kan ‘\(file.displayPath)’ niet lezen.", en: "cannot read ‘\(file.displayPath)’."))
                continue
            }
            let source = SourceFile(path: file.displayPath, bytes: Array(data))
            switch Formatter.format(source) {
            case .refused(let refusal):
                tally.refused += 1
                context.writeError(refusalReport(refusal, source: source, context: context, language: language))
            case .formatted(let formatted) where !formatted.isChanged:
                tally.unchanged += 1
            case .formatted(let formatted):
                if showDiff {
                    context.writeOut(UnifiedDiff.render(old: source.bytes, new: formatted.bytes, path: TerminalText.escaped(file.displayPath)))
                } else {
                    if writes, let error = AtomicFile.replace(file.absolutePath, with: formatted.bytes) {
                        tally.ioErrors.append(LocalizedText(nl: "kan ‘\(file.displayPath)’ niet schrijven: ",
                                                            en: "cannot write ‘\(file.displayPath)’: ") + error)
                        continue
                    }
                    context.writeOut(TerminalText.escaped(file.displayPath) + "\n")
                }
                tally.changed.append(file.displayPath)
            }
        }
        for error in tally.ioErrors {
            context.writeError("stroom fmt: \(TerminalText.escaped(error[language]))\n")
        }
        let summary = summary(tally, writes: writes)[language] + "\n"
        if showDiff { context.writeError(summary) } else { context.writeOut(summary) }
        if !tally.ioErrors.isEmpty { return .usageOrIOError }
        if tally.refused > 0 || (!writes && !tally.changed.isEmpty) { return .errorsFound }
        return .success
    }

    /// The workspace configuration (for the language of messages) of the first file.
    static func configuration(near file: FileCollector.File?) -> Configuration? {
        guard let file else { return nil }
        return CommandContext.configuration(near: PathStyle.native.parent(of: file.absolutePath) ?? file.absolutePath)
    }
}
