import StroomModel
import StroomSyntax

/// `path:line:col: severity: message [CODE]`, with related locations indented below it.
/// Lines and columns start at 1; columns count characters as a person sees them. Paths and
/// messages pass through ``TerminalText/escaped(_:)``: one finding is always one line.
enum TextPrinter {
    static func render(_ report: DiagnosticReport, language: Language) -> String {
        lines(report, language: language) + report.summary(language)
    }

    /// One line per diagnostic (and per note), without the summary.
    static func lines(_ report: DiagnosticReport, language: Language) -> String {
        var output = ""
        for entry in report.entries {
            let diagnostic = entry.diagnostic
            output += location(entry.source, diagnostic.range.utf8Start)
            output += ": \(diagnostic.severity.word(language)): \(TerminalText.escaped(diagnostic.message[language])) [\(diagnostic.code)]\n"
            for note in diagnostic.notes {
                let source = note.path.flatMap { report.sourcesByPath[$0] } ?? entry.source
                output += "  " + location(source, note.range.utf8Start) + ": \(language == .nl ? "noot" : "note"): \(TerminalText.escaped(note.message[language]))\n"
            }
        }
        return output
    }

    static func location(_ source: SourceFile, _ utf8Offset: Int) -> String {
        let position = source.lineTable.humanPosition(of: utf8Offset)
        return "\(TerminalText.escaped(source.path)):\(position.line):\(position.column)"
    }
}
