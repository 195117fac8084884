import StroomModel
import StroomSyntax

/// One observation (a timeline of moments) with the figures of ``ObservationMetrics``. Every
/// duration is derived from start times: a moment lasts until the next one starts, and the
/// last one has no known length.
public struct ObservationReport: Sendable {
    public struct Moment: Sendable {
        public let item: ReportItem
        /// Minutes since midnight (`om:`).
        public let start: Int?
        /// Until the next moment starts; nil for the last one or where a time is missing.
        public let minutes: Int?
        /// `context:`.
        public let context: String?
        public let usesICT: Bool
        /// The systems named in `ict:` (empty for `ict: ja`).
        public let systems: [ReportItem]
        public let problems: [ReportItem]
    }

    public let item: ReportItem
    /// `wie:` — who was observed.
    public let who: ReportItem?
    /// `door:` — who observed (a person or a text).
    public let observer: String?
    public let date: DayDate?
    public let moments: [Moment]
    /// From the first start to the last start.
    public let observedMinutes: Int
    /// Minutes of moments that use ICT.
    public let ictMinutes: Int
    /// `ictMinutes ÷ observedMinutes`; nil when nothing was observed.
    public let ictShare: Double?
    public let ictMomentsWithProblem: Int
}
