import StroomModel
import StroomSyntax

/// `stroom explain [CODE]`: the long explanation of a code, with an example.
enum ExplainCommand {
    static let name = "explain"
    static let abstract = LocalizedText(nl: "Leg een meldingscode uit (bijvoorbeeld V301), met een voorbeeld.",
                                        en: "Explain a diagnostic code (for example V301), with an example.")
    static let discussion = LocalizedText(
        nl: "Zonder code: een lijst van alle codes. Met een code: wat de melding betekent, op welke regel van de methode ze steunt, en een voorbeeld.",
        en: "Without a code: a list of all codes. With a code: what the diagnostic means, which rule of the method it rests on, and an example.")
    static let usage = "[--lang nl|en] [CODE]"
    static let options = [
        OptionSpec("lang", value: "nl|en", choices: ["nl", "en"],
                   help: LocalizedText(nl: "Taal van de uitleg (standaard: LANG).", en: "Language of the explanation (default: LANG).")),
    ]

    static let exitCodes = LocalizedText(
        nl: "  0  de uitleg (of de lijst) staat op de uitvoer\n  2  verkeerde opdrachtregel of onbekende code\n",
        en: "  0  the explanation (or the list) is on standard output\n  2  wrong command line or unknown code\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes,
                                    positionalChoices: { CodeCatalog.all.map(\.code.rawValue) }, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        guard let written = arguments.positionals.first else {
            var text = ""
            for info in CodeCatalog.all {
                text += "\(info.code)  \(info.severity.word(language).padding(13))\(info.title[language])\n"
            }
            context.writeOut(text)
            return .success
        }
        guard arguments.positionals.count == 1 else {
            context.writeError("stroom explain: " + LocalizedText(nl: "geef één code.", en: "give one code.")[language] + "\n")
            return .usageOrIOError
        }
        guard let info = CodeCatalog.info(for: DiagnosticCode(written.uppercased())) else {
            let suggestion = Suggestions.nearest(to: written.uppercased(), in: CodeCatalog.all.map(\.code.rawValue))
            let message = LocalizedText(
                nl: "‘\(written)’ is geen code van Stroom.\(suggestion.map { " Bedoel je \($0)?" } ?? "") Zie stroom explain voor de lijst.",
                en: "‘\(written)’ is not a Stroom code.\(suggestion.map { " Did you mean \($0)?" } ?? "") See stroom explain for the list.")
            context.writeError("stroom explain: \(message[language])\n")
            return .usageOrIOError
        }
        var text = "\(info.code): \(info.title[language])\n"
        let severityLabel = language == .nl ? "Ernst" : "Severity"
        text += "\(severityLabel): \(info.severity.word(language))"
        if info.stageDependent {
            text += language == .nl
                ? " (hint zolang het proces nog niet in het stadium verandering is)"
                : " (a hint until the process reaches the change stage)"
        }
        if let note = info.phaseNote(language) { text += " (\(note))" }
        if !info.canBeSilenced { text += language == .nl ? "; kan niet uit" : "; cannot be turned off" }
        if !info.enabledByDefault { text += language == .nl ? "; staat standaard uit" : "; off by default" }
        text += "\n" + methodLine(info.code, language)
        text += "\n\n" + HelpText.wrap(info.explanation[language], width: 78) + "\n\n"
        text += (language == .nl ? "Voorbeeld:\n" : "Example:\n")
        text += info.example(language).split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        context.writeOut(text)
        return .success
    }

    /// "Methode: Value Stream Mapping (bron: …)", one line per method; general rules say so.
    static func methodLine(_ code: DiagnosticCode, _ language: Language) -> String {
        let methods = Method.allCases.filter(RuleMethods.methods(of: code).contains)
        guard !methods.isEmpty else {
            return language == .nl ? "Methode: alle (een algemene regel)" : "Method: all (a general rule)"
        }
        let label = language == .nl ? "Methode" : "Method"
        let source = language == .nl ? "bron" : "source"
        return methods.map { "\(label): \($0.name[language]) (\(source): \($0.source[language]))" }.joined(separator: "\n")
    }
}
