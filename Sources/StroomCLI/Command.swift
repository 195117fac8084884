import StroomPlatform
import StroomModel
import StroomSyntax

/// A subcommand of `stroom`: its name, its help, its options, and what it does.
///
/// Help text is generated from these declarations (see `HelpText`), so it cannot drift from
/// what the command accepts. Each command file declares one of these as `descriptor`.
public struct Command: Sendable {
    public let name: String
    public let abstract: LocalizedText
    /// Longer help: what the command does, in a few sentences.
    public let discussion: LocalizedText
    /// `[--format text|json|sarif] [PATH...]`.
    public let usage: String
    public let options: [OptionSpec]
    /// Hidden commands (debugging aids) are not listed in the overview.
    public let isHidden: Bool
    /// The words a positional argument can be (codes, shells), for completions; empty: paths.
    public let positionalChoices: @Sendable () -> [String]
    /// The exit codes as help, completions and the man page list them (`  0  …` lines).
    public let exitCodes: LocalizedText
    public let run: @Sendable (ParsedArguments, CommandContext) -> ExitCode

    public init(name: String, abstract: LocalizedText, discussion: LocalizedText, usage: String, options: [OptionSpec],
                isHidden: Bool = false, exitCodes: LocalizedText = Command.usageExitCodes,
                positionalChoices: @escaping @Sendable () -> [String] = { [] },
                run: @escaping @Sendable (ParsedArguments, CommandContext) -> ExitCode) {
        self.positionalChoices = positionalChoices
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.usage = usage
        self.options = options
        self.isHidden = isHidden
        self.exitCodes = exitCodes
        self.run = run
    }
}

extension Command {
    /// For a command whose only failure is a wrong command line.
    public static let usageExitCodes = LocalizedText(
        nl: "  0  gelukt\n  2  verkeerde opdrachtregel, of een bestand kon niet gelezen worden\n",
        en: "  0  done\n  2  wrong command line, or a file could not be read\n")
}

/// The `stroom` command: a table of subcommands, never a growing switch.
public enum StroomCommand {
    public static let commands: [Command] = [
        NewCommand.descriptor,
        CheckCommand.descriptor,
        FmtCommand.descriptor,
        DotCommand.descriptor,
        RenderCommand.descriptor,
        ExplainCommand.descriptor,
        ReportCommand.descriptor,
        PreviewCommand.descriptor,
        LspCommand.descriptor,
        CompletionsCommand.descriptor,
        ManCommand.descriptor,
        DumpTreeCommand.descriptor,
    ]

    /// The executable's entry point.
    /// Output that cannot be written (a full disk) ends with exit code 2 and a message on
    /// stderr (when that can be written), never with a crash; messages that cannot be written
    /// to stderr are lost, the exit code stays.
    public static func main() -> Never {
        BinaryStandardStreams.enable()
        let output = StandardStream(STDOUT_FILENO)
        let errors = StandardStream(STDERR_FILENO)
        let context = CommandContext.process(output: output, errors: errors)
        var code = run(Array(CommandLine.arguments.dropFirst()), context: context)
        if let failure = output.failure {
            let message = LocalizedText(nl: "kan de uitvoer niet schrijven: \(failure).", en: "cannot write the output: \(failure).")
            errors.write("stroom: \(message[context.language(flag: nil)])\n")
            code = .usageOrIOError
        }
        exit(code.rawValue)
    }

    /// Runs a command line (without the program name) and returns the exit code.
    public static func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let language = context.language(flag: languageFlag(in: arguments))
        guard let first = arguments.first else {
            context.writeOut(HelpText.overview(language))
            return .success
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let command = command(named: arguments[1]) {
                context.writeOut(HelpText.help(for: command, language))
            } else {
                context.writeOut(HelpText.overview(language))
            }
            return .success
        case "--version", "-V", "version":
            context.writeOut(StroomVersion.line)
            return .success
        default:
            break
        }
        guard let command = command(named: first) else {
            let names = commands.filter { !$0.isHidden }.map(\.name)
            let suggestion = Suggestions.nearest(to: first, in: names)
            let message = LocalizedText(
                nl: "‘\(first)’ is geen opdracht van stroom.\(suggestion.map { " Bedoel je ‘\($0)’?" } ?? "") Zie stroom --help.",
                en: "‘\(first)’ is not a stroom command.\(suggestion.map { " Did you mean ‘\($0)’?" } ?? "") See stroom --help.")
            context.writeError("stroom: \(message[language])\n")
            return .usageOrIOError
        }
        switch ArgumentParser.parse(Array(arguments.dropFirst()), options: command.options) {
        case .failure(let error):
            // One line: what is wrong and where to read more.
            let more = LocalizedText(nl: " Zie stroom \(command.name) --help.", en: " See stroom \(command.name) --help.")
            context.writeError("stroom \(command.name): \(error.message[language])\(more[language])\n")
            return .usageOrIOError
        case .success(let parsed):
            if parsed.has("help") {
                context.writeOut(HelpText.help(for: command, language))
                return .success
            }
            if parsed.has("version") {
                context.writeOut(StroomVersion.line)
                return .success
            }
            return command.run(parsed, context)
        }
    }

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// `--lang` is read before parsing, so that even usage errors come in the right language.
    static func languageFlag(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif
