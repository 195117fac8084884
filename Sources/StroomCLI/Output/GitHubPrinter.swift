import StroomPlatform
import StroomModel
import StroomSyntax

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,endLine=…,endColumn=…,
/// title=CODE::message` per finding (warning → `::warning`, info and hint → `::notice`), so
/// that a workflow run annotates the lines. Columns count characters, 1-based.
enum GitHubPrinter {
    static func render(_ report: DiagnosticReport, language: Language) -> String {
        report.entries.map { entry in
            let d = entry.diagnostic
            let table = entry.source.lineTable
            let start = table.humanPosition(of: d.range.utf8Start)
            let end = table.humanPosition(of: d.range.utf8End)
            let properties = [
                ("file", entry.source.path), ("line", "\(start.line)"), ("col", "\(start.column)"),
                ("endLine", "\(end.line)"), ("endColumn", "\(end.column)"), ("title", d.code.rawValue),
            ].map { "\($0)=\(escapeProperty($1))" }.joined(separator: ",")
            return "::\(command(d.severity)) \(properties)::\(escapeData(d.message[language]))\n"
        }.joined()
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "notice"
        }
    }

    /// The message: `%`, CR and LF escaped, as the runner expects.
    static func escapeData(_ text: String) -> String {
        text.replacingEvery("%", with: "%25")
            .replacingEvery("\r", with: "%0D")
            .replacingEvery("\n", with: "%0A")
    }

    /// A property value: as the message, and `:` and `,` too.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}
