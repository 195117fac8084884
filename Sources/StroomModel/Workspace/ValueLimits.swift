/// The largest values Stroom computes with. Anything larger is reported (A208) and left out of
/// every figure, so that sums of durations and counts can never overflow or become infinite.
public enum ValueLimits {
    /// A duration of at most a million hours of working time (after `werkdag` and `werkweek`).
    public static let maxMinutes: Double = 60_000_000
    /// Something happens at most a million times per period.
    public static let maxCount = 1_000_000

    /// Whether a duration in minutes can be computed with (false for NaN and infinity too).
    static func fits(minutes: Double) -> Bool {
        minutes >= 0 && minutes <= maxMinutes
    }
}

extension Double {
    /// The nearest whole number as an `Int`, or nil when it is not finite or too large for one
    /// (beyond 2^53 a Double no longer holds every whole number anyway). For writing figures
    /// without a trap on `Int(_:)`.
    public var roundedInt: Int? {
        let whole = rounded()
        guard whole.isFinite, abs(whole) <= 9_007_199_254_740_992 else { return nil }
        return Int(whole)
    }
}
