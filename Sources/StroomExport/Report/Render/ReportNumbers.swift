import StroomModel
import StroomSyntax

/// How the report writes numbers, durations and enumeration words for a reader: durations in
/// working time (`2 u 30 min` / `2 h 30 min`), fractions as percentages with a Dutch decimal
/// comma in Dutch, enumeration words in the reader's language.
enum ReportNumbers {
    /// Working time with the map's working day (`werkdag`).
    static func duration(_ minutes: Double, minutesPerDay: Double, _ language: Language) -> String {
        WorkingTimeText.text(minutes, minutesPerDay: minutesPerDay, language)
    }

    /// Clock time spent (an observed day): hours and minutes, never working days.
    static func clockDuration(_ minutes: Int, _ language: Language) -> String {
        WorkingTimeText.text(Double(minutes), minutesPerDay: 24 * 60, language)
    }

    /// `38,5%` / `38.5%`: one decimal at most, none when it is zero.
    static func percent(_ fraction: Double, _ language: Language) -> String {
        decimal(fraction * 100, language) + "%"
    }

    /// A number with at most one decimal, with a comma in Dutch.
    static func decimal(_ value: Double, _ language: Language) -> String {
        guard let tenths = (abs(value) * 10).roundedInt else { return "?" }
        let sign = value < 0 && tenths != 0 ? "−" : ""
        let whole = tenths / 10
        let rest = tenths % 10
        guard rest != 0 else { return "\(sign)\(whole)" }
        return "\(sign)\(whole)\(language == .nl ? "," : ".")\(rest)"
    }

    /// A figure's value as a reader sees it.
    static func figure(_ figure: ProcessFigures.Figure, _ value: Double, minutesPerDay: Double, _ language: Language) -> String {
        if figure.isDuration { return duration(value, minutesPerDay: minutesPerDay, language) }
        if figure.isRatio { return percent(value, language) }
        return value.roundedInt.map(String.init) ?? "?"
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
