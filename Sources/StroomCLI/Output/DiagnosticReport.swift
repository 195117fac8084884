import StroomModel
import StroomSyntax

/// The diagnostics a command prints, with the files they belong to, in print order.
struct DiagnosticReport {
    struct Entry {
        let source: SourceFile
        let diagnostic: Diagnostic
    }

    var entries: [Entry] = []
    /// All files that were checked and requested (for "in N files").
    var fileCount = 0
    /// Other sources by path, to place notes that point into other files.
    var sourcesByPath: [String: SourceFile] = [:]

    func count(_ severity: Severity) -> Int {
        // Counted, not filtered: a filtered copy of 20,000 entries was the peak of a run.
        entries.reduce(0) { $1.diagnostic.severity == severity ? $0 + 1 : $0 }
    }

    var hasErrors: Bool { entries.contains { $0.diagnostic.severity == .error } }
    var hasWarnings: Bool { entries.contains { $0.diagnostic.severity == .warning } }

    /// "2 fouten, 5 waarschuwingen, 12 hints in 7 bestanden."
    func summary(_ language: Language) -> String {
        let errors = count(.error), warnings = count(.warning), infos = count(.info), hints = count(.hint)
        func word(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var parts: [String]
        if language == .nl {
            parts = [word(errors, "fout", "fouten"), word(warnings, "waarschuwing", "waarschuwingen")]
            if infos > 0 { parts.append(word(infos, "melding", "meldingen")) }
            parts.append(word(hints, "hint", "hints"))
            return parts.joined(separator: ", ") + " in " + word(fileCount, "bestand", "bestanden") + ".\n"
        }
        parts = [word(errors, "error", "errors"), word(warnings, "warning", "warnings")]
        if infos > 0 { parts.append(word(infos, "info", "infos")) }
        parts.append(word(hints, "hint", "hints"))
        return parts.joined(separator: ", ") + " in " + word(fileCount, "file", "files") + ".\n"
    }
}
