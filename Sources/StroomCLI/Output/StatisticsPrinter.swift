import StroomModel
import StroomSyntax

/// `stroom check --statistics`: how often each code occurs, most frequent first (then by
/// code), with the rule's title in the language of the messages.
enum StatisticsPrinter {
    static func render(_ report: DiagnosticReport, language: Language, style: TextStyle) -> String {
        var counts: [DiagnosticCode: Int] = [:]
        for entry in report.entries { counts[entry.diagnostic.code, default: 0] += 1 }
        let rows = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        let width = String(rows.first?.value ?? 0).count
        return rows.map { code, count in
            let number = String(repeating: " ", count: width - String(count).count) + String(count)
            let title = CodeCatalog.info(for: code)?.title[language] ?? ""
            return "\(number)  \(style.paint(code.rawValue, .bold))  \(title)\n"
        }.joined()
    }
}
