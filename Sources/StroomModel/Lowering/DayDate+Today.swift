import StroomPlatform

extension DayDate {
    /// Today in the local time zone: the date the rules on overdue actions compare with, for
    /// `stroom check` and `stroom lsp` alike. On POSIX systems from the C library
    /// (`localtime_r`): Foundation's `Calendar` costs about two million instructions the first
    /// time, in the start-up of every command.
    public static func today() -> DayDate {
        #if os(Windows)
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return DayDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1)
        #else
        var seconds = time(nil)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return DayDate(year: 2026, month: 1, day: 1) }
        return DayDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        #endif
    }
}
