import StroomModel
import StroomSyntax

/// `path:line:col: severity: message [CODE]`, with related locations indented below it.
/// Lines and columns start at 1; columns count characters as a person sees them.
enum TextPrinter {
    static func render(_ report: DiagnosticReport, language: Language) -> String {
        renderEntries(report, language: language) + report.summary(language)
    }

    /// The diagnostic lines without the summary line.
    static func renderEntries(_ report: DiagnosticReport, language: Language) -> String {
        var output = ""
        for entry in report.entries {
            let diagnostic = entry.diagnostic
            output += location(entry.source, diagnostic.range.utf8Start)
            output += ": \(diagnostic.severity.word(language)): \(diagnostic.message[language]) [\(diagnostic.code)]\n"
            for note in diagnostic.notes {
                let source = note.path.flatMap { report.sourcesByPath[$0] } ?? entry.source
                output += "  " + location(source, note.range.utf8Start) + ": \(language == .nl ? "noot" : "note"): \(note.message[language])\n"
            }
        }
        return output
    }

    static func location(_ source: SourceFile, _ utf8Offset: Int) -> String {
        let position = source.lineTable.humanPosition(of: utf8Offset)
        return "\(source.path):\(position.line):\(position.column)"
    }
}
