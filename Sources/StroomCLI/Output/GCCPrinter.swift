import StroomPlatform
import StroomModel
import StroomSyntax

/// For editors' problem matchers: one line per finding, `path:line:col: error|warning|note:
/// message [CODE]`, severity words in English in every language (info and hint → note), no
/// snippets, no notes, no summary.
enum GCCPrinter {
    static func render(_ report: DiagnosticReport, language: Language) -> String {
        report.entries.map { entry in
            let d = entry.diagnostic
            let message = d.message[language].replacingEvery("\n", with: " ")
            return "\(TextPrinter.location(entry.source, d.range.utf8Start)): \(word(d.severity)): \(message) [\(d.code)]\n"
        }.joined()
    }

    static func word(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }
}
