import StroomPlatform
import StroomExport
import StroomSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `stroom preview [--port P] [--view V] [--lang nl|en] [--open] [PATH]`: a live page of the maps.
enum PreviewCommand {
    static let name = "preview"
    static let abstract = LocalizedText(
        nl: "Toon je kaarten in de browser, en werk ze bij zodra je een bestand bewaart.",
        en: "Show your maps in the browser, updated as soon as you save a file.")
    static let discussion = LocalizedText(
        nl: "Start een kleine webserver op 127.0.0.1 (alleen deze computer) en schrijft het adres, bijvoorbeeld http://127.0.0.1:8123/. De pagina toont per bestand de kaarten in de gekozen weergave (getekend door Graphviz; zonder Graphviz de DOT-tekst), de kengetallen van het rapport en de bevindingen van stroom check. Bewaar je een bestand, dan werkt de pagina zich binnen een halve seconde bij zonder te herladen; een bestand met fouten houdt zijn laatste goede plaatje en toont de fouten erboven. Zonder --port kiest het systeem een vrije poort; is de gevraagde poort bezet, dan stopt stroom met een melding. Stop met Ctrl-C.",
        en: "Starts a small web server on 127.0.0.1 (this computer only) and prints its address, for example http://127.0.0.1:8123/. The page shows per file the maps in the chosen view (drawn by Graphviz; without Graphviz the DOT text), the report's figures and the findings of stroom check. When you save a file the page updates within half a second without reloading; a file with errors keeps its last good picture and shows the errors above it. Without --port the system picks a free port; when the port asked for is taken, stroom stops with a message. Stop with Ctrl-C.")
    static let usage = "[--port P] [--view flow|causes|board|benefits|stakeholders] [--lang nl|en] [--open] [PATH]"
    static let options = [
        OptionSpec("port", value: "P",
                   help: LocalizedText(nl: "De poort (1–65535; 0 of weglaten: een vrije poort).",
                                       en: "The port (1–65535; 0 or left out: a free port).")),
        OptionSpec("view", value: "VIEW", choices: ExportView.allCases.map(\.rawValue),
                   help: LocalizedText(nl: "Welke weergave (standaard die van elke kaart: flow of benefits).",
                                       en: "Which view (default: each map's own, flow or benefits).")),
        OptionSpec.language(LocalizedText(nl: "Taal van de pagina", en: "Language of the page")),
        OptionSpec("open", help: LocalizedText(nl: "Open de pagina in de browser.", en: "Open the page in the browser.")),
    ]
    static let exitCodes = LocalizedText(
        nl: "  2  verkeerde opdrachtregel, de map bestaat niet, of de poort is bezet\n",
        en: "  2  wrong command line, the folder does not exist, or the port is taken\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        func fail(_ message: LocalizedText) -> ExitCode {
            context.writeError("stroom preview: \(TerminalText.escaped(message[language]))\n")
            return .usageOrIOError
        }
        guard arguments.positionals.count <= 1 else {
            return fail(LocalizedText(nl: "geef één map of bestand.", en: "give one folder or file."))
        }
        let given = arguments.positionals.first ?? "."
        var port: UInt16 = 0
        if let text = arguments.value("port") {
            guard let number = UInt16(text) else {
                return fail(LocalizedText(nl: "‘\(text)’ is geen poort; kies een getal van 0 tot 65535.",
                                          en: "‘\(text)’ is not a port; choose a number from 0 to 65535."))
            }
            port = number
        }
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        let absolute = loader.absolutePath(given)
        guard FileManager.default.fileExists(atPath: absolute) else {
            return fail(LocalizedText(nl: "‘\(given)’ bestaat niet.", en: "‘\(given)’ does not exist."))
        }
        let workspace = PreviewWorkspace(path: absolute, view: arguments.value("view").flatMap(ExportView.init(rawValue:)),
                                         languageFlag: arguments.value("lang"), context: context)
        let preview: PreviewServer
        do {
            preview = try PreviewServer(workspace: workspace, port: port, title: given)
        } catch {
            guard case .failed(let code) = error else {
                return fail(LocalizedText(
                built: "poort \(port) is al in gebruik. Kies een andere met --port, of laat --port weg voor een vrije poort.",
                en: "port \(port) is already in use. Choose another with --port, or leave out --port for a free one."))
            }
            return fail(LocalizedText(built: "kan geen server starten op 127.0.0.1:\(port) (\(reason(code))).",
                                      en: "cannot start a server on 127.0.0.1:\(port) (\(reason(code)))."))
        }
        allowStopSignals()
        preview.start()
        let address = "http://127.0.0.1:\(preview.port)/"
        context.writeOut(address + "\n")
        context.writeError(LocalizedText(nl: "stroom preview: stop met Ctrl-C.\n", en: "stroom preview: stop with Ctrl-C.\n")[language])
        if arguments.has("open") { openBrowser(address) }
        while true { BackgroundThread.sleep(seconds: 3600) }
    }

    /// Ctrl-C and `kill` stop the server even when the parent started it with these signals
    /// blocked (a blocked mask is inherited; test runners and some shells leave one).
    static func allowStopSignals() {
        #if canImport(Glibc) || canImport(Darwin)
        signal(SIGPIPE, SIG_IGN)
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        #endif
    }

    /// The system's words for an error number (none on a platform without POSIX sockets).
    static func reason(_ code: Int32) -> String {
        #if canImport(Glibc) || canImport(Darwin)
        String(cString: strerror(code))
        #else
        "no POSIX sockets"
        #endif
    }

    /// `open` (macOS), `start` (Windows) or `xdg-open` (elsewhere); a failure only costs the
    /// convenience, the address is printed.
    static func openBrowser(_ address: String) {
        #if os(macOS)
        ChildProcess.launch("/usr/bin/open", arguments: [address])
        #elseif os(Windows)
        ChildProcess.launch("C:\\Windows\\System32\\cmd.exe", arguments: ["/c", "start", "", address])
        #else
        ChildProcess.launch("/usr/bin/env", arguments: ["xdg-open", address])
        #endif
    }
}
