import Foundation
import StroomSyntax

/// `stroom render FILE [-o OUT.svg|.png|.pdf] [--view V] [--lang nl|en] [--map ID] [--force]`.
enum RenderCommand {
    static let name = "render"
    static let abstract = LocalizedText(
        nl: "Maak een plaatje (SVG, PNG of PDF) van een kaart met Graphviz.",
        en: "Make an image (SVG, PNG or PDF) of a map with Graphviz.")
    static let discussion = LocalizedText(
        nl: "Tekent de weergave zoals stroom dot en laat Graphviz (dot) er een plaatje van maken. Het formaat volgt uit de naam na -o (.svg, .png of .pdf); zonder -o wordt het NAAM-WEERGAVE.svg in de huidige map. Graphviz moet geïnstalleerd zijn (apt-get install graphviz, brew install graphviz); anders meldt stroom hoe, met afsluitcode 2.",
        en: "Draws the view as stroom dot does and has Graphviz (dot) make an image of it. The format follows from the name after -o (.svg, .png or .pdf); without -o it is NAME-VIEW.svg in the current folder. Graphviz must be installed (apt-get install graphviz, brew install graphviz); otherwise stroom says how, with exit code 2.")
    static let usage = "FILE [-o OUT.svg|.png|.pdf] [--view flow|causes|board|benefits] [--lang nl|en] [--map ID] [--force]"
    static let options = [
        OptionSpec("output", short: "o", value: "UIT",
                   help: LocalizedText(nl: "Het plaatje dat geschreven wordt: .svg, .png of .pdf.",
                                       en: "The image to write: .svg, .png or .pdf.")),
    ] + ExportDriver.sharedOptions
    static let formats = ["svg", "png", "pdf"]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        func fail(_ message: LocalizedText) -> ExitCode {
            context.writeError("stroom render: \(message[language])\n")
            return .usageOrIOError
        }
        if let output = arguments.value("output"), !formats.contains(fileExtension(output)) {
            return fail(LocalizedText(nl: "‘\(output)’: kies een naam op .svg, .png of .pdf.",
                                      en: "‘\(output)’: choose a name ending in .svg, .png or .pdf."))
        }
        guard let dot = Graphviz.find(environment: context.environment) else { return fail(Graphviz.notInstalled()) }
        let picture: String
        let output: String
        switch ExportDriver.export(arguments, command: name, format: .dot, context: context) {
        case .stopped(let code):
            return code
        case .picture(let export):
            picture = export.text
            let input = arguments.positionals[0]
            let base = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
            output = arguments.value("output") ?? "\(base)-\(export.view.rawValue).svg"
        }
        let absolute = WorkspaceLoader(currentDirectory: context.currentDirectory).absolutePath(output)
        guard let outcome = Graphviz.run(dot, dot: picture, format: fileExtension(output), output: absolute) else {
            return fail(LocalizedText(nl: "kan Graphviz (\(dot)) niet starten.", en: "cannot start Graphviz (\(dot))."))
        }
        if !outcome.standardError.isEmpty { context.writeError(outcome.standardError) }
        guard outcome.status == 0 else {
            return fail(LocalizedText(nl: "Graphviz kon ‘\(output)’ niet maken (afsluitcode \(outcome.status)).",
                                      en: "Graphviz could not make ‘\(output)’ (exit code \(outcome.status))."))
        }
        context.writeOut(LocalizedText(nl: "\(output) geschreven.\n", en: "Wrote \(output).\n")[language])
        return .success
    }

    static func fileExtension(_ path: String) -> String {
        (path as NSString).pathExtension.lowercased()
    }
}
