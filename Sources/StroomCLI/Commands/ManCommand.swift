import StroomSyntax

/// `stroom man`: the manual page (roff), made from the same tables as `--help`.
enum ManCommand {
    static let name = "man"
    static let abstract = LocalizedText(nl: "Schrijf de handleiding (man-pagina, roff) naar de uitvoer.",
                                        en: "Write the manual page (roff) to standard output.")
    static let discussion = LocalizedText(
        nl: "Bekijken: stroom man | man -l -. Installeren: stroom man > ~/.local/share/man/man1/stroom.1.",
        en: "To read it: stroom man | man -l -. To install it: stroom man > ~/.local/share/man/man1/stroom.1.")
    static let usage = "[--lang nl|en]"
    static let options = [OptionSpec.language(LocalizedText(nl: "Taal van de handleiding", en: "Language of the manual"))]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage, options: options,
                                    run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        guard arguments.positionals.isEmpty else {
            context.writeError("stroom man: " + LocalizedText(nl: "geen paden of woorden.", en: "no paths or words.")[language] + "\n")
            return .usageOrIOError
        }
        context.writeOut(ManPage.render(StroomCommand.commands.filter { !$0.isHidden }, language: language))
        return .success
    }
}
