import StroomPlatform
import StroomModel
import StroomSyntax

/// What `stroom check` prints, and the combinations of options it refuses.
extension CheckCommand {
    static func usageProblem(_ arguments: ParsedArguments, fromInput: Bool) -> LocalizedText? {
        if fromInput, arguments.positionals != ["-"] {
            return LocalizedText(nl: "- (stdin) gaat niet samen met andere paden.", en: "- (stdin) cannot be combined with other paths.")
        }
        if !fromInput, arguments.value("stdin-filename") != nil {
            return LocalizedText(nl: "--stdin-filename hoort bij - (lees van stdin).", en: "--stdin-filename goes with - (read from stdin).")
        }
        if arguments.has("diff"), !arguments.has("fix") {
            return LocalizedText(nl: "--diff hoort bij --fix.", en: "--diff goes with --fix.")
        }
        if fromInput, arguments.has("fix") {
            return LocalizedText(nl: "--fix schrijft bestanden en gaat niet samen met - (stdin).",
                                 en: "--fix writes files and cannot be combined with - (stdin).")
        }
        if arguments.has("quiet"), arguments.has("silent") {
            return LocalizedText(nl: "kies --quiet of --silent, niet allebei.", en: "choose --quiet or --silent, not both.")
        }
        return nil
    }

    static func print(_ report: DiagnosticReport, fixed: [SafeFixes.Change], arguments: ParsedArguments,
                      failures: [LocalizedText], language: Language, context: CommandContext) {
        switch arguments.value("format") ?? "text" {
        case "json": context.writeOut(JSONPrinter.render(report, language: language))
        case "sarif": context.writeOut(SARIFPrinter.render(report, language: language, currentDirectory: context.currentDirectory,
                                                           failures: failures))
        case "gcc": context.writeOut(GCCPrinter.render(report, language: language))
        case "github": context.writeOut(GitHubPrinter.render(report, language: language))
        default:
            let style = TextStyle.choose(flag: arguments.value("color"), context: context)
            var text = ""
            if arguments.has("quiet") {
                text = ""
            } else if arguments.has("statistics") {
                text = StatisticsPrinter.render(report, language: language, style: style)
            } else {
                // Written as it is made: thousands of findings are megabytes of text.
                TextPrinter.write(report, language: language, style: style, to: context.writeOut)
            }
            if !fixed.isEmpty, !arguments.has("quiet") { text += fixedLine(fixed)[language] }
            context.writeOut(text + report.summary(language))
        }
    }

    /// "3 fixes applied in 2 files."
    static func fixedLine(_ changes: [SafeFixes.Change]) -> LocalizedText {
        let fixes = changes.map(\.fixCount).reduce(0, +)
        return LocalizedText(
            nl: "\(fixes) \(fixes == 1 ? "oplossing" : "oplossingen") toegepast in \(changes.count) \(changes.count == 1 ? "bestand" : "bestanden").\n",
            en: "\(fixes) \(fixes == 1 ? "fix" : "fixes") applied in \(changes.count) \(changes.count == 1 ? "file" : "files").\n")
    }

    /// Folders on the command line that hold no Stroom file (a typo, or the wrong folder).
    static func emptyFolders(_ paths: [String], workspaces: AnalyzedWorkspaces, context: CommandContext) -> [String] {
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        let requested = workspaces.entries.flatMap { $0.workspace.requested.map(loader.absolutePath) }
        return (paths.isEmpty ? ["."] : paths).filter { path in
            let absolute = loader.absolutePath(path)
            guard FileManager.default.itemKind(atPath: absolute) == .folder else { return false }
            return !requested.contains { loader.pathStyle.isInside($0, folder: absolute) }
        }
    }
}
