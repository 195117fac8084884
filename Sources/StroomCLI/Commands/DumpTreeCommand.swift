import StroomPlatform
import StroomSyntax

/// `stroom dump-tree FILE`: the syntax tree, for fixing parser bugs (hidden).
enum DumpTreeCommand {
    static let name = "dump-tree"
    static let abstract = LocalizedText(nl: "Toon de syntaxboom van een bestand (voor ontwikkelaars).",
                                        en: "Print the syntax tree of a file (for developers).")
    static let discussion = LocalizedText(
        nl: "Drukt elke knoop en elk token af met hun UTF-8-bereik, en daarna de syntaxfouten.",
        en: "Prints every node and token with its UTF-8 range, then the syntax errors.")
    static let usage = "FILE"
    static let options: [OptionSpec] = []

    static let descriptor = Command(name: name, abstract: abstract, discussion: discussion, usage: usage,
                                    options: options, isHidden: true, run: { run($0, context: $1) })

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let language = context.language(flag: nil)
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            context.writeError("stroom dump-tree: " + LocalizedText(nl: "geef één bestand.", en: "give one file.")[language] + "\n")
            return .usageOrIOError
        }
        let absolute = PathStyle.native.absolute(path, currentDirectory: context.currentDirectory)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            context.writeError("stroom dump-tree: " + LocalizedText(nl: "kan ‘\(path)’ niet lezen.", en: "cannot read ‘\(path)’.")[language] + "\n")
            return .usageOrIOError
        }
        context.writeOut(TreeDump.dump(SyntaxTree.parse(SourceFile(path: path, bytes: Array(data)))))
        return .success
    }
}
