import StroomModel
import StroomSyntax

/// Figures written for people: durations with their unit, percentages with a Dutch decimal
/// comma in Dutch. Only formatting happens here; the figures come from StroomModel.
enum FigureText {
    /// `45 min`, `2 u` / `2 h`, `1,5 u`, `3 d` (working days of the map's `werkdag`).
    static func duration(minutes: Double, minutesPerDay: Double, _ language: Language) -> String {
        if minutes < 60 { return "\(number(minutes, language)) min" }
        if minutesPerDay > 0, minutes >= minutesPerDay {
            return "\(number(minutes / minutesPerDay, language)) d"
        }
        return "\(number(minutes / 60, language)) \(language == .nl ? "u" : "h")"
    }

    /// A fraction 0…1 as a percentage with one decimal where it matters: `12%`, `1,5%`.
    static func percent(_ fraction: Double, _ language: Language) -> String {
        number(fraction * 100, language) + "%"
    }

    /// Clock time from minutes since midnight: `08:30`.
    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// At most one decimal, none when it is whole; a comma in Dutch.
    static func number(_ value: Double, _ language: Language) -> String {
        let tenths = (value * 10).rounded()
        guard let whole = (tenths / 10).rounded(.towardZero).roundedInt,
              let decimal = abs(tenths).truncatingRemainder(dividingBy: 10).roundedInt else { return "?" }
        if decimal == 0 { return "\(whole)" }
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole)\(language == .nl ? "," : ".")\(decimal)"
    }
}
