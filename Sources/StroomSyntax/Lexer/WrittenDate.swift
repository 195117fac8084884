/// A date written the Dutch way — `15-02-2027`, `15/2/2027`, `15 februari 2027` — which Stroom
/// reads only as year-month-day: the same date as `2027-02-15`, for the message and its fix.
public enum WrittenDate {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2,
        "maart": 3, "mrt": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
        "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8,
        "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// `15-02-2027` → `2027-02-15`; nil when the text is no day, month and year in that order.
    public static func yearMonthDay(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " || $0 == "." }).map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
              let month = Int(parts[1]) ?? months[parts[1].lowercased()],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
