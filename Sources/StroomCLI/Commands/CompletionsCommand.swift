import StroomSyntax

/// `stroom completions bash|zsh|fish`: a completion script, made from the option tables.
enum CompletionsCommand {
    static let name = "completions"
    static let shells = ["bash", "zsh", "fish"]
    static let abstract = LocalizedText(nl: "Schrijf het aanvulscript voor bash, zsh of fish naar de uitvoer.",
                                        en: "Write the completion script for bash, zsh or fish to standard output.")
    static let discussion = LocalizedText(
        nl: "Het script vult opdrachten, opties, hun waarden en codes aan. Installeren: stroom completions bash > ~/.local/share/bash-completion/completions/stroom; stroom completions zsh > een map in $fpath met de naam _stroom; stroom completions fish > ~/.config/fish/completions/stroom.fish.",
        en: "The script completes commands, options, their values and codes. To install: stroom completions bash > ~/.local/share/bash-completion/completions/stroom; stroom completions zsh > a folder in $fpath, as _stroom; stroom completions fish > ~/.config/fish/completions/stroom.fish.")
    static let usage = "[--lang nl|en] bash|zsh|fish"
    static let options = [OptionSpec.language(LocalizedText(nl: "Taal van de beschrijvingen", en: "Language of the descriptions"))]

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage, options: options,
                                    positionalChoices: { shells }, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: arguments.value("lang"))
        guard arguments.positionals.count == 1, let shell = arguments.positionals.first, shells.contains(shell) else {
            context.writeError("stroom completions: " + LocalizedText(nl: "geef één shell: bash, zsh of fish.",
                                                                     en: "give one shell: bash, zsh or fish.")[language] + "\n")
            return .usageOrIOError
        }
        let commands = StroomCommand.commands.filter { !$0.isHidden }
        switch shell {
        case "bash": context.writeOut(ShellCompletions.bash(commands))
        case "zsh": context.writeOut(ShellCompletions.zsh(commands, language: language))
        default: context.writeOut(ShellCompletions.fish(commands, language: language))
        }
        return .success
    }
}
