import StroomModel
import StroomSyntax

/// For people: `path:line:col: severity: message [CODE]`, the source line with carets under
/// the range, and related locations indented below it; coloured at a terminal. Lines and
/// columns start at 1; columns count characters as a person sees them. Paths and messages
/// pass through ``TerminalText/escaped(_:)``: one finding is always one header line.
enum TextPrinter {
    static func render(_ report: DiagnosticReport, language: Language, style: TextStyle = .plain) -> String {
        lines(report, language: language, style: style) + report.summary(language)
    }

    /// Each diagnostic with its snippet and notes, without the summary.
    static func lines(_ report: DiagnosticReport, language: Language, style: TextStyle = .plain) -> String {
        var output = ""
        write(report, language: language, style: style) { output += $0 }
        return output
    }

    /// The same text, handed to `write` in pieces of about 64 KB, so that a run with many
    /// findings never holds all of its output at once.
    static func write(_ report: DiagnosticReport, language: Language, style: TextStyle = .plain, to write: (String) -> Void) {
        let flushSize = 1 << 16
        var output = ""
        output.reserveCapacity(flushSize + 4096)
        for entry in report.entries {
            let diagnostic = entry.diagnostic
            let paint = TextStyle.paint(for: diagnostic.severity)
            output += style.paint(location(entry.source, diagnostic.range.utf8Start), .bold)
            output += ": " + style.paint(diagnostic.severity.word(language) + ":", paint)
            output += " \(TerminalText.escaped(diagnostic.message[language])) " + style.paint("[\(diagnostic.code)]", .bold) + "\n"
            if !entry.source.bytes.isEmpty {
                output += SourceSnippet.render(entry.source, diagnostic.range, severity: diagnostic.severity, style: style)
            }
            for note in diagnostic.notes {
                let source = note.path.flatMap { report.sourcesByPath[$0] } ?? entry.source
                let word = (language == .nl ? "noot" : "note") + ":"
                output += "  " + style.paint(location(source, note.range.utf8Start), .bold) + ": "
                    + style.paint(word, .note) + " \(TerminalText.escaped(note.message[language]))\n"
            }
            if output.utf8.count >= flushSize {
                write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        if !output.isEmpty { write(output) }
    }

    static func location(_ source: SourceFile, _ utf8Offset: Int) -> String {
        let position = source.lineTable.humanPosition(of: utf8Offset)
        return "\(TerminalText.escaped(source.path)):\(position.line):\(position.column)"
    }
}
