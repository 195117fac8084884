import StroomModel
import StroomSyntax

/// How the report writes numbers, durations and enumeration words for a reader. Figures and
/// durations are StroomModel's ``FigureText`` (the one vocabulary of hover, report, DOT and
/// Mermaid); changes between two maps and enumeration words are written here.
enum ReportNumbers {
    /// Working time with the map's working day (`werkdag`).
    static func duration(_ minutes: Double, minutesPerDay: Double, _ language: Language) -> String {
        FigureText.duration(minutes, minutesPerDay: minutesPerDay, language)
    }

    /// Clock time spent (an observed day): hours and minutes, never working days.
    static func clockDuration(_ minutes: Int, _ language: Language) -> String { FigureText.clockDuration(minutes, language) }

    static func percent(_ fraction: Double, _ language: Language) -> String { FigureText.percent(fraction, language) }

    static func decimal(_ value: Double, _ language: Language) -> String { FigureText.decimal(value, language) }

    /// A figure's value as a reader sees it.
    static func figure(_ figure: ProcessFigures.Figure, _ value: Double, minutesPerDay: Double, _ language: Language) -> String {
        FigureText.value(figure, value, minutesPerDay: minutesPerDay, language)
    }

    /// A change between two values of a figure: `+1 u 30 min`, `−2`, `+5 procentpunt`, `0`.
    static func change(_ figure: ProcessFigures.Figure, _ change: Double, minutesPerDay: Double, _ language: Language) -> String {
        let negative = change < 0
        let size = abs(change)
        let text: String
        if figure.isDuration {
            text = duration(size, minutesPerDay: minutesPerDay, language)
            if text == "0 min" { return text }
        } else if figure.isRatio {
            let points = decimal(size * 100, language)
            if points == "0" { return "0" }
            text = points + (language == .nl ? " procentpunt" : " percentage points")
        } else {
            guard let count = size.roundedInt else { return "?" }
            if count == 0 { return "0" }
            text = "\(count)"
        }
        return (negative ? "−" : "+") + text
    }

    /// An enumeration word (canonical Dutch) in the reader's language, from its set, with
    /// spaces for underscores (`buiten_les` reads "buiten les").
    static func word(_ canonical: String, _ set: EnumSet, _ language: Language) -> String {
        let word = set.values.first { $0.dutch == canonical }?.spelling(language) ?? canonical
        return String(word.map { $0 == "_" ? " " : $0 })
    }

    /// A board column or matrix header: the word with a capital ("ICT" in capitals), or
    /// "not placed".
    static func columnTitle(_ key: String, _ set: EnumSet, missing: String, _ language: Language) -> String {
        if key.isEmpty { return missing }
        return key == "ict" ? "ICT" : capitalized(word(key, set, language))
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
