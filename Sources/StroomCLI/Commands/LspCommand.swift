import StroomPlatform
import StroomServer
import StroomSyntax

/// `stroom lsp [--log FILE]`: the language server for editors, over stdin and stdout.
enum LspCommand {
    static let name = "lsp"
    static let abstract = LocalizedText(
        nl: "Start de taalserver voor editors (LSP over stdin en stdout).",
        en: "Start the language server for editors (LSP over stdin and stdout).")
    static let discussion = LocalizedText(
        nl: "Een editor (VS Code, Neovim, Emacs, Helix …) start deze opdracht zelf en praat er via stdin en stdout mee in het Language Server Protocol 3.17. De server meldt fouten, waarschuwingen en hints terwijl je typt, voor het bestand en voor de bestanden die ernaar verwijzen. Op stdout staan alleen protocolberichten; het logboek gaat naar stderr of naar het bestand van --log. Afsluitcode 0 na shutdown en exit, 1 bij exit zonder shutdown. Zie docs/language-server.md.",
        en: "An editor (VS Code, Neovim, Emacs, Helix …) starts this command itself and talks to it over stdin and stdout in the Language Server Protocol 3.17. The server reports errors, warnings and hints as you type, for the file and for the files that refer to it. Only protocol messages go to stdout; the log goes to stderr or to the file of --log. Exit code 0 after shutdown and exit, 1 on exit without shutdown. See docs/language-server.md.")
    static let usage = "[--log FILE]"
    static let options = [
        OptionSpec("log", value: "FILE",
                   help: LocalizedText(nl: "Schrijf het logboek naar dit bestand (standaard: stderr).",
                                       en: "Write the log to this file (default: stderr).")),
        OptionSpec("stdio", help: LocalizedText(nl: "Praat via stdin en stdout (altijd zo; voor editors die dit meegeven).",
                                                en: "Talk over stdin and stdout (always the case; for editors that pass it).")),
    ]

    static let exitCodes = LocalizedText(
        nl: "  0  na shutdown en exit\n  1  exit zonder shutdown\n  2  verkeerde opdrachtregel, of het logboek kon niet geopend worden\n",
        en: "  0  after shutdown and exit\n  1  exit without shutdown\n  2  wrong command line, or the log could not be opened\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: nil)
        // A log or client pipe whose reader went away gives EPIPE, not the end of the server.
        _ = signal(SIGPIPE, SIG_IGN)
        guard arguments.positionals.isEmpty else {
            context.writeError("stroom lsp: " + LocalizedText(nl: "geen paden; de editor stuurt de werkmap mee.",
                                                             en: "no paths; the editor sends its workspace folders.")[language] + "\n")
            return .usageOrIOError
        }
        let log: ServerLog
        if let path = arguments.value("log") {
            let absolute = PathStyle.native.absolute(path, currentDirectory: context.currentDirectory)
            do {
                log = try ServerLog.file(atPath: absolute)
            } catch {
                context.writeError("stroom lsp: " + LocalizedText(nl: "kan het logboek ‘\(path)’ niet openen.",
                                                                 en: "cannot open the log ‘\(path)’.")[language] + "\n")
                return .usageOrIOError
            }
        } else {
            log = ServerLog.standardError()
        }
        let code = LanguageServer.runOverStandardIO(options: ServerOptions(serverVersion: StroomVersion.current,
                                                                                 environment: context.environment,
                                                                                 systemLanguages: context.systemLanguages), log: log)
        return code == 0 ? .success : .errorsFound
    }
}
