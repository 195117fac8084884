import StroomModel
import StroomSyntax

/// The flow figures of a process (lead time, process time, …) and what is missing for them.
public struct FlowReport: Sendable {
    public struct Figure: Sendable {
        public let figure: ProcessFigures.Figure
        /// Nil when the figure is not known (steps without time, no `ca`, no steps at all).
        public let value: Double?
    }

    /// One step or wait, in declaration order: the time ladder as a table.
    public struct LadderRow: Sendable {
        public let item: ReportItem
        /// `tijd` of a step, `duur` of a wait; nil when not written.
        public let minutes: Double?
        /// `door:` of a step.
        public let people: [ReportItem]
        /// `ict:` of a step.
        public let systems: [ReportItem]
        /// `waarde:` of a step (`ja`, `nodig`, `nee`).
        public let valueAdding: String?
    }

    /// Every figure, in ``ProcessFigures/Figure`` order.
    public let figures: [Figure]
    public let ladder: [LadderRow]
    public let stepCount: Int
    public let waitCount: Int
    public let stepsWithoutTime: [ReportItem]
    public let waitsWithoutDuration: [ReportItem]
    public let stepsWithoutCompleteAccurate: [ReportItem]
    /// Steps without `waarde` (the value-adding time is not known then).
    public let stepsWithoutValue: [ReportItem]
    /// The steps and waits on the longest path; empty when the lead time is not known.
    public let criticalPath: [ReportItem]
    /// Whether the flow follows arrows (else the written order).
    public let flowIsExplicit: Bool
    /// Action points not `klaar`.
    public let openActionCount: Int

    public func value(_ figure: ProcessFigures.Figure) -> Double? {
        figures.first { $0.figure == figure }?.value
    }
}

/// A process beside the one it replaces.
public struct ComparisonReport: Sendable {
    /// The process being replaced.
    public let old: ReportItem
    public let oldPath: String
    /// One row per figure; `change` is nil where either side is unknown.
    public let rows: [ProcessComparison.Row]
    /// The working days of the old and the new map, to write durations.
    public let oldMinutesPerDay: Double
    public let newMinutesPerDay: Double
}

/// The Akkrum boards: problems in their phase columns, ideas in the quadrant, and the
/// werkdruk-frequentie matrix.
public struct BoardReport: Sendable {
    /// One column of a board: a canonical word (`""` for "not placed") and what is in it.
    public struct Column: Sendable {
        public let key: String
        /// The count from ``ProcessMetrics`` (equal to `items.count`).
        public let count: Int
        public let items: [ReportItem]
    }

    /// `voorbereiding`, `uitvoering`, `evaluatie`, then `""` when some problem has no phase.
    public let problemsByPhase: [Column]
    /// `organisatie`, `ict`, `persoonlijk`, `samenwerking`, then `""` when some idea has none.
    public let ideasByQuadrant: [Column]
    public let matrix: WorkloadMatrix
    public let problemCount: Int
    public let ideaCount: Int
}

/// Problems per aspect (rows) × frequency (columns), from ``ProcessMetrics/workloadFrequency``.
public struct WorkloadMatrix: Sendable {
    /// `afhankelijkheid`, `inhoud`, `autonomie`, and `""` when some problem has no aspect.
    public let aspects: [String]
    /// `dagelijks`, `wekelijks`, `maandelijks`, `jaarlijks`, and `""` when some has none.
    public let frequencies: [String]
    /// `counts[aspect][frequency]`, indexed like the two lists.
    public let counts: [[Int]]
    /// Problems with both an aspect and a frequency.
    public let placedCount: Int
}

/// One action point.
public struct ActionRow: Sendable {
    public enum Owner: Sendable {
        /// No `eigenaar`.
        case none
        /// `eigenaar: open`.
        case open
        case named(ReportItem)
        case text(String)
    }

    public let item: ReportItem
    public let owner: Owner
    /// `gereed:`.
    public let due: DayDate?
    /// `status:` as written (canonical word); nil when not written (then it counts as open).
    public let status: String?
    /// Not `klaar`.
    public let isOpen: Bool
    /// Open and due before the report's date.
    public let isOverdue: Bool
    /// `uit:` — the ideas it comes from.
    public let from: [ReportItem]
    /// `tijdpad:` (free text).
    public let timeline: String?
    /// `termijn:`.
    public let horizon: String?
    /// `werkbelasting:`.
    public let workloadEffect: String?
    /// What it is nested in (an idea, an initiative), if anything.
    public let parent: ReportItem?
}
