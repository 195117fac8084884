/// The units a duration may carry, glued to its number (`45min`, `2u`, `3d`).
///
/// Days, weeks and months are *working* time: a map may set `werkdag` (default 8 hours) and
/// `werkweek` (default 5 days); a month is four working weeks.
public enum DurationUnit: String, Sendable, CaseIterable {
    case second
    case minute
    case hour
    case day
    case week
    case month

    /// Every spelling, Dutch and English.
    public var spellings: [String] {
        switch self {
        case .second: ["s", "sec"]
        case .minute: ["min"]
        case .hour: ["u", "h", "uur"]
        case .day: ["d", "dag", "dagen"]
        case .week: ["w", "wk", "week", "weken"]
        case .month: ["mnd", "maand"]
        }
    }

    public init?(spelling: String) {
        guard let unit = DurationUnit.allCases.first(where: { $0.spellings.contains(spelling) }) else { return nil }
        self = unit
    }

    /// A unit written out in full, which is no spelling (`minuten`, `uren`, `hours`): the unit
    /// to suggest instead (`min`, `u`).
    public init?(writtenOut word: String) {
        let words: [DurationUnit: [String]] = [
            .second: ["seconde", "seconden", "second", "seconds"],
            .minute: ["minuut", "minuten", "minute", "minutes", "mins"],
            .hour: ["uren", "hour", "hours"],
            .day: ["day", "days"],
            .week: ["weeks"],
            .month: ["maanden", "month", "months"],
        ]
        let lower = word.lowercased()
        guard let unit = words.first(where: { $0.value.contains(lower) })?.key else { return nil }
        self = unit
    }

    /// All spellings, in the order the messages list them.
    public static let allSpellings: [String] = allCases.flatMap(\.spellings)
}
