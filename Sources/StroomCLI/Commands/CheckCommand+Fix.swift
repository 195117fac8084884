import StroomModel
import StroomSyntax

/// `stroom check --fix` and `--fix --diff`.
extension CheckCommand {
    enum FixOutcome {
        case success([SafeFixes.Change])
        case failure(ExitCode)
    }

    static func changes(_ workspaces: AnalyzedWorkspaces, context: CommandContext) -> [SafeFixes.Change] {
        workspaces.entries.flatMap { entry in
            SafeFixes.changes(for: entry, options: AnalysisOptions(today: context.today, configuration: entry.workspace.configuration))
        }
    }

    /// Writes the fixed files, each in one step (as `stroom fmt` does).
    static func applyFixes(_ workspaces: AnalyzedWorkspaces, context: CommandContext, language: Language) -> FixOutcome {
        let loader = WorkspaceLoader(currentDirectory: context.currentDirectory)
        var written: [SafeFixes.Change] = []
        var failed = false
        for change in changes(workspaces, context: context) {
            if let error = AtomicFile.replace(loader.absolutePath(change.path), with: change.new) {
                context.writeError("stroom check: " + (LocalizedText(nl: "kan ‘\(TerminalText.escaped(change.path))’ niet schrijven: ",
                                                                    en: "cannot write ‘\(TerminalText.escaped(change.path))’: ") + error)[language] + "\n")
                failed = true
            } else {
                written.append(change)
            }
        }
        return failed ? .failure(.usageOrIOError) : .success(written)
    }

    /// The fixes as a unified diff; nothing is written.
    static func showFixes(_ workspaces: AnalyzedWorkspaces, arguments: ParsedArguments, context: CommandContext,
                          language: Language) -> ExitCode {
        let changes = changes(workspaces, context: context)
        if !arguments.has("silent") {
            for change in changes {
                context.writeOut(UnifiedDiff.render(old: change.old, new: change.new, path: change.path))
            }
            for error in workspaces.ioErrors { context.writeError("stroom check: \(TerminalText.escaped(error[language]))\n") }
            let fixes = changes.map(\.fixCount).reduce(0, +)
            context.writeError(LocalizedText(
                nl: "\(fixes) \(fixes == 1 ? "oplossing" : "oplossingen") in \(changes.count) \(changes.count == 1 ? "bestand" : "bestanden"); stroom check --fix past ze toe.\n",
                en: "\(fixes) \(fixes == 1 ? "fix" : "fixes") in \(changes.count) \(changes.count == 1 ? "file" : "files"); stroom check --fix applies them.\n")[language])
        }
        if !workspaces.ioErrors.isEmpty { return .usageOrIOError }
        return changes.isEmpty ? .success : .errorsFound
    }
}
