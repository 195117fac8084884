import StroomSyntax

/// `stroom dot [--view V] [--lang nl|en] [--format dot|mermaid] [--map ID] [--force] FILE`.
enum DotCommand {
    static let name = "dot"
    static let abstract = LocalizedText(
        nl: "Schrijf een plaat van een kaart als Graphviz DOT (of Mermaid) naar de uitvoer.",
        en: "Write a picture of a map as Graphviz DOT (or Mermaid) to standard output.")
    static let discussion = LocalizedText(
        nl: "Weergaven: flow (de value stream map met tijdlijn; een onderzoek als tijdlijnen), causes (oorzaken → problemen ← ideeën → actiepunten), board (problemen per fase, ideeën per kwadrant) benefits (de batenlogica: middelen links, bedoeling rechts) en stakeholders (belang × invloed, strategisch HRM). Het bestand wordt gelezen in zijn werkruimte, zodat verwijzingen naar andere bestanden werken. Met waarschuwingen wordt gewoon getekend; met fouten niet, tenzij --force. Mermaid kan flow, causes en benefits (GitHub toont dat in Markdown). Een plaatje maken: stroom render.",
        en: "Views: flow (the value stream map with its time ladder; a study as timelines), causes (causes → problems ← ideas → action points), board (problems per phase, ideas per quadrant) benefits (the benefit logic: means on the left, purpose on the right) and stakeholders (interest × influence, strategic HRM). The file is read in its workspace, so references to other files work. A file with warnings is drawn; one with errors is not, unless --force. Mermaid covers flow, causes and benefits (GitHub shows it in Markdown). To make an image: stroom render.")
    static let usage = "[--view flow|causes|board|benefits|stakeholders] [--lang nl|en] [--format dot|mermaid] [--map ID] [--force] [-o FILE] FILE"
    static let options = ExportDriver.sharedOptions + [
        OptionSpec("format", value: "FORMAT", choices: ["dot", "mermaid"],
                   help: LocalizedText(nl: "Uitvoer: dot (Graphviz, standaard) of mermaid (flowchart voor GitHub).",
                                       en: "Output: dot (Graphviz, default) or mermaid (a flowchart for GitHub).")),
        OutputFile.option,
    ]

    static let exitCodes = LocalizedText(
        nl: "  0  de plaat staat op de uitvoer (of in het bestand van -o)\n  1  het bestand heeft fouten (zonder --force)\n  2  verkeerde opdrachtregel, het bestand kon niet gelezen of de plaat niet geschreven worden, of de weergave past niet bij het bestand\n",
        en: "  0  the picture is on standard output (or in the file of -o)\n  1  the file has errors (without --force)\n  2  wrong command line, the file could not be read or the picture not written, or the view does not fit the file\n")

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, exitCodes: exitCodes, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let format: ExportDriver.Format = arguments.value("format") == "mermaid" ? .mermaid : .dot
        switch ExportDriver.export(arguments, command: name, format: format, context: context) {
        case .picture(let output, _):
            return OutputFile.deliver(output.text, arguments: arguments, command: name, context: context,
                                      language: context.language(flag: arguments.value("lang")))
        case .stopped(let code):
            return code
        }
    }
}
