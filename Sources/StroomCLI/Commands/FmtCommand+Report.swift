import StroomFormat
import StroomModel
import StroomSyntax

/// What `stroom fmt` says: why a file was left alone, and the summary line.
extension FmtCommand {
    /// `path: Not formatted: …` and then the errors, in the line format of `stroom check`.
    static func refusalReport(_ refusal: FormatRefusal, source: SourceFile, context: CommandContext, language: Language) -> String {
        var report = DiagnosticReport()
        report.sourcesByPath[source.path] = source
        switch refusal {
        case .syntaxErrors(let diagnostics):
            report.entries = diagnostics.map { .init(source: source, diagnostic: $0) }
        case .invalidUTF8:
            // The checker words W603 and points at the first bad byte.
            let analysis = Analysis(sources: [source], options: AnalysisOptions(today: context.today))
            report.entries = (analysis.diagnosticsByFile.first ?? [])
                .filter { $0.code == "W603" }
                .map { .init(source: source, diagnostic: $0) }
        case .layoutChangedMeaning:
            break
        }
        return "\(TerminalText.escaped(source.path)): \(refusal.message[language])\n" + TextPrinter.lines(report, language: language)
    }

    /// "2 files formatted, 6 unchanged." — or what --check and --diff found.
    static func summary(_ tally: Tally, writes: Bool) -> LocalizedText {
        func files(_ count: Int) -> LocalizedText {
            LocalizedText(nl: "\(count) \(count == 1 ? "bestand" : "bestanden")", en: "\(count) \(count == 1 ? "file" : "files")")
        }
        let changed = tally.changed.count
        var text: LocalizedText
        if writes {
            text = files(changed) + LocalizedText(nl: " opgemaakt, \(tally.unchanged) al in orde", en: " formatted, \(tally.unchanged) already formatted")
        } else if changed > 0 {
            text = files(changed) + LocalizedText(
                nl: " \(changed == 1 ? "zou" : "zouden") veranderen, \(tally.unchanged) al in orde; stroom fmt maakt ze op",
                en: " would change, \(tally.unchanged) already formatted; stroom fmt formats them")
        } else {
            text = files(tally.unchanged) + LocalizedText(nl: " al in orde", en: " already formatted")
        }
        if tally.refused > 0 {
            text = text + LocalizedText(
                nl: ", \(tally.refused) niet opgemaakt vanwege fouten",
                en: ", \(tally.refused) not formatted because of errors")
        }
        return text + LocalizedText(nl: ".", en: ".")
    }
}
