import StroomSyntax

/// `stroom dot [--view V] [--lang nl|en] [--format dot|mermaid] [--map ID] [--force] FILE`.
enum DotCommand {
    static let name = "dot"
    static let abstract = LocalizedText(
        nl: "Schrijf een plaat van een kaart als Graphviz DOT (of Mermaid) naar de uitvoer.",
        en: "Write a picture of a map as Graphviz DOT (or Mermaid) to standard output.")
    static let discussion = LocalizedText(
        nl: "Weergaven: flow (de value stream map met tijdlijn; een onderzoek als tijdlijnen), causes (oorzaken → problemen ← ideeën → actiepunten), board (problemen per fase, ideeën per kwadrant) en benefits (de batenlogica: middelen links, bedoeling rechts). Het bestand wordt gelezen in zijn werkruimte, zodat verwijzingen naar andere bestanden werken. Met waarschuwingen wordt gewoon getekend; met fouten niet, tenzij --force. Mermaid kan flow, causes en benefits (GitHub toont dat in Markdown). Een plaatje maken: stroom render.",
        en: "Views: flow (the value stream map with its time ladder; a study as timelines), causes (causes → problems ← ideas → action points), board (problems per phase, ideas per quadrant) and benefits (the benefit logic: means on the left, purpose on the right). The file is read in its workspace, so references to other files work. A file with warnings is drawn; one with errors is not, unless --force. Mermaid covers flow, causes and benefits (GitHub shows it in Markdown). To make an image: stroom render.")
    static let usage = "[--view flow|causes|board|benefits] [--lang nl|en] [--format dot|mermaid] [--map ID] [--force] FILE"
    static let options = ExportDriver.sharedOptions + [
        OptionSpec("format", value: "FORMAT", choices: ["dot", "mermaid"],
                   help: LocalizedText(nl: "Uitvoer: dot (Graphviz, standaard) of mermaid (flowchart voor GitHub).",
                                       en: "Output: dot (Graphviz, default) or mermaid (a flowchart for GitHub).")),
    ]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let format: ExportDriver.Format = arguments.value("format") == "mermaid" ? .mermaid : .dot
        switch ExportDriver.export(arguments, command: name, format: format, context: context) {
        case .picture(let output):
            context.writeOut(output.text)
            return .success
        case .stopped(let code):
            return code
        }
    }
}
