import StroomPlatform
import StroomFormat
import StroomModel
import StroomSyntax

/// `stroom fmt -`: format standard input to standard output, for editors and hooks.
extension FmtCommand {
    static func formatInput(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let filename = arguments.value("stdin-filename")
        var language = context.language(flag: arguments.value("lang"))
        guard arguments.positionals == ["-"] else {
            let message = arguments.positionals.contains("-")
                ? LocalizedText(nl: "- (stdin) gaat niet samen met andere paden.", en: "- (stdin) cannot be combined with other paths.")
                : LocalizedText(nl: "--stdin-filename hoort bij - (lees van stdin).", en: "--stdin-filename goes with - (read from stdin).")
            context.writeError("stroom fmt: \(message[language])\n")
            return .usageOrIOError
        }
        let source = StandardInput.source(filename: filename, context: context)
        if let filename {
            let absolute = WorkspaceLoader(currentDirectory: context.currentDirectory).absolutePath(filename)
            let file = FileCollector.File(absolutePath: absolute, displayPath: source.path)
            language = context.language(flag: arguments.value("lang"), configuration: configuration(near: file))
        }
        switch Formatter.format(source) {
        case .refused(let refusal):
            context.writeError(refusalReport(refusal, source: source, context: context, language: language))
            return .errorsFound
        case .formatted(let formatted):
            if arguments.has("diff") {
                context.writeOut(UnifiedDiff.render(old: source.bytes, new: formatted.bytes, path: source.path))
                return formatted.isChanged ? .errorsFound : .success
            }
            if arguments.has("check") {
                if formatted.isChanged {
                    context.writeError(LocalizedText(nl: "\(source.path) zou veranderen; stroom fmt maakt het op.\n",
                                                     en: "\(source.path) would change; stroom fmt formats it.\n")[language])
                }
                return formatted.isChanged ? .errorsFound : .success
            }
            context.writeOut(String(decoding: formatted.bytes, as: UTF8.self))
            return .success
        }
    }
}
