import StroomSyntax

/// How figures and user text are written in hover texts: durations in working time, shares
/// as percentages with a Dutch decimal comma in Dutch, and Markdown-safe text.
enum FigureText {
    /// `45 min`, `2 u 15 min` / `2 h 15 min`, `3 werkdagen 2 u` / `3 working days 2 h`.
    static func duration(_ minutes: Double, minutesPerDay: Double, _ language: Language) -> String {
        guard let total = minutes.roundedInt else { return "?" }
        let hourWord = language == .nl ? "u" : "h"
        let day = max(1, minutesPerDay.roundedInt ?? 480)
        if total < 60 { return "\(total) min" }
        var parts: [String] = []
        let days = total / day
        var rest = total - days * day
        if days > 0 {
            parts.append(language == .nl ? "\(days) \(days == 1 ? "werkdag" : "werkdagen")" : "\(days) working \(days == 1 ? "day" : "days")")
        }
        let hours = rest / 60
        rest -= hours * 60
        if hours > 0 { parts.append("\(hours) \(hourWord)") }
        if rest > 0 { parts.append("\(rest) min") }
        return parts.joined(separator: " ")
    }

    /// A fraction 0…1 as a percentage: `37%`, `0,4%` / `0.4%`.
    static func percent(_ fraction: Double, _ language: Language) -> String {
        let value = fraction * 100
        if value > 0, value < 1 { return decimal(value, digits: 1, language) + "%" }
        return "\(value.roundedInt.map(String.init) ?? "?")%"
    }

    static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        var factor = 1.0
        for _ in 0..<digits { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        let text = rounded == rounded.rounded() ? rounded.roundedInt.map(String.init) ?? String(rounded) : String(rounded)
        return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// User text made safe for Markdown: characters with a meaning there get a backslash.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_{}[]<>#|!".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// An id as inline code.
    static func code(_ text: String) -> String { "`" + String(text.map { $0 == "`" ? "'" : $0 }) + "`" }
}
