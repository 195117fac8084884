import StroomPlatform
import StroomExport
import StroomSyntax

/// `stroom render FILE [-o OUT.svg|.png|.pdf|-] [--paper a4|a3|a2|a1 [--landscape]] [--dpi N|--scale F] [--view V] …`.
enum RenderCommand {
    static let name = "render"
    static let abstract = LocalizedText(
        nl: "Maak een plaatje (SVG, PNG of PDF) van een kaart met Graphviz.",
        en: "Make an image (SVG, PNG or PDF) of a map with Graphviz.")
    static let discussion = LocalizedText(
        nl: "Tekent de weergave zoals stroom dot en laat Graphviz (dot) er een plaatje van maken. Het formaat volgt uit de naam na -o (.svg, .png of .pdf); zonder -o wordt het NAAM-WEERGAVE.svg in de huidige map. Graphviz moet geïnstalleerd zijn (apt-get install graphviz, brew install graphviz); anders meldt stroom hoe, met afsluitcode 2.",
        en: "Draws the view as stroom dot does and has Graphviz (dot) make an image of it. The format follows from the name after -o (.svg, .png or .pdf); without -o it is NAME-VIEW.svg in the current folder. Graphviz must be installed (apt-get install graphviz, brew install graphviz); otherwise stroom says how, with exit code 2.")
    static let usage = "FILE [-o OUT.svg|.png|.pdf|-] [--paper a4|a3|a2|a1 [--landscape]] [--dpi N|--scale F] [--view flow|causes|board|benefits|stakeholders] [--lang nl|en] [--map ID] [--force]"
    static let options = [
        OptionSpec("output", short: "o", value: "FILE",
                   help: LocalizedText(nl: "Het plaatje dat geschreven wordt: .svg, .png of .pdf (- is SVG naar de uitvoer).",
                                       en: "The image to write: .svg, .png or .pdf (- is SVG to standard output).")),
    ] + paperOptions + ExportDriver.sharedOptions
    static let formats = ["svg", "png", "pdf"]

    static let exitCodes = LocalizedText(
        nl: "  0  het plaatje is geschreven\n  1  het bestand heeft fouten (zonder --force)\n  2  verkeerde opdrachtregel, het bestand kon niet gelezen worden, of Graphviz ontbreekt of faalde\n",
        en: "  0  the image was written\n  1  the file has errors (without --force)\n  2  wrong command line, the file could not be read, or Graphviz is missing or failed\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        func fail(_ message: LocalizedText) -> ExitCode {
            context.writeError("stroom render: \(TerminalText.escaped(message[language]))\n")
            return .usageOrIOError
        }
        if let output = arguments.value("output"), output != "-", !formats.contains(fileExtension(output)) {
            return fail(LocalizedText(nl: "‘\(output)’: kies een naam op .svg, .png of .pdf.",
                                      en: "‘\(output)’: choose a name ending in .svg, .png or .pdf."))
        }
        guard let dot = Graphviz.find(environment: context.environment) else { return fail(Graphviz.notInstalled()) }
        let export: ExportOutput
        let redraw: (ExportLayout) -> String?
        let output: String
        switch ExportDriver.export(arguments, command: name, format: .dot, context: context) {
        case .stopped(let code):
            return code
        case .picture(let drawn, let again):
            export = drawn
            redraw = again
            let input = arguments.positionals[0]
            let base = PathStyle.native.baseName(of: input)
            output = arguments.value("output") ?? "\(base)-\(export.view.rawValue).svg"
        }
        let toStandardOutput = output == "-"
        let format = toStandardOutput ? "svg" : fileExtension(output)
        let sizing: Sizing
        switch self.sizing(arguments, format: format) {
        case .success(let value): sizing = value
        case .failure(let error): return fail(error.message)
        }
        let warn = { (message: LocalizedText) in context.writeError("stroom render: \(TerminalText.escaped(message[language]))\n") }
        let picture: String, extra: [String]
        switch graphvizArguments(sizing, format: format, dot: dot, export: export, redraw: redraw, warn: warn) {
        case .success(let value): (picture, extra) = value
        case .failure(let error): return fail(error.message)
        }
        let absolute = toStandardOutput
            ? FileManager.default.temporaryDirectory.appendingPathComponent("stroom-render-\(UUID().uuidString).svg").path
            : WorkspaceLoader(currentDirectory: context.currentDirectory).absolutePath(output)
        defer { if toStandardOutput { try? FileManager.default.removeItem(atPath: absolute) } }
        guard let outcome = Graphviz.run(dot, dot: picture, format: format, arguments: extra, output: absolute) else {
            return fail(LocalizedText(nl: "kan Graphviz (\(dot)) niet starten.", en: "cannot start Graphviz (\(dot))."))
        }
        if !outcome.standardError.isEmpty { context.writeError(outcome.standardError) }
        guard outcome.status == 0 else {
            return fail(LocalizedText(nl: "Graphviz kon ‘\(output)’ niet maken (afsluitcode \(outcome.status)).",
                                      en: "Graphviz could not make ‘\(output)’ (exit code \(outcome.status))."))
        }
        if toStandardOutput {
            guard let data = FileManager.default.contents(atPath: absolute) else {
                return fail(LocalizedText(nl: "Graphviz gaf geen plaatje.", en: "Graphviz gave no image."))
            }
            context.writeOut(String(decoding: data, as: UTF8.self))
            return .success
        }
        context.writeOut(LocalizedText(nl: "\(output) geschreven.\n", en: "Wrote \(output).\n")[language])
        return .success
    }

    static func fileExtension(_ path: String) -> String {
        PathStyle.native.fileExtension(of: path).lowercased()
    }
}
