import StroomSyntax

/// Minutes of working time written the way a teacher reads them, for messages and the report.
///
/// - under an hour: `45 min`;
/// - under a working day: `2 u 30 min` (English `2 h 30 min`);
/// - from one working day on: `3 dagen 2 u` (English `3 days 2 h`), where a day is the map's
///   `werkdag` (default 8 hours). Weeks are not used: twelve working days read as `12 dagen`.
///
/// Values are rounded to whole minutes; anything above zero but under half a minute reads
/// `< 1 min`.
public enum WorkingTimeText {
    public static func text(_ minutes: Double, minutesPerDay: Double, _ language: Language) -> String {
        guard let total = minutes.roundedInt else { return "?" }
        if minutes > 0, total == 0 { return "< 1 min" }
        guard total > 0 else { return "0 min" }
        let day = max(1, minutesPerDay.roundedInt ?? 480)
        let days = total / day
        let hours = (total % day) / 60
        let rest = (total % day) % 60
        var parts: [String] = []
        if days > 0 {
            switch language {
            case .nl: parts.append(days == 1 ? "1 dag" : "\(days) dagen")
            case .en: parts.append(days == 1 ? "1 day" : "\(days) days")
            }
        }
        if hours > 0 { parts.append("\(hours) \(language == .nl ? "u" : "h")") }
        if rest > 0 { parts.append("\(rest) min") }
        return parts.joined(separator: " ")
    }

    /// Both languages at once, with the working day of `map`.
    public static func text(_ minutes: Double, map: DeclarationID, in analysis: Analysis) -> LocalizedText {
        let perDay = analysis.minutesPerDay(of: map)
        return LocalizedText(nl: text(minutes, minutesPerDay: perDay, .nl), en: text(minutes, minutesPerDay: perDay, .en))
    }

    /// `08:05` from minutes since midnight.
    public static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0\(hours)" : "\(hours)") + ":" + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
