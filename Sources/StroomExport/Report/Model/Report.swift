import StroomModel
import StroomSyntax

/// The metrics report as plain data: what `stroom report` shows for every map of the files
/// asked about, computed once from an ``Analysis`` and rendered by the Markdown, HTML and JSON
/// renderers alike.
///
/// Every figure comes from `StroomModel/Metrics` (``ProcessFigures``, ``ObservationMetrics``,
/// ``Contribution``, ``ProcessComparison``, feedback loops); this model only selects, groups
/// and names. Nothing here depends on the reader's language: enumeration values are the
/// canonical (Dutch) words of the language, durations are minutes of working time.
public struct Report: Sendable {
    /// The date the report speaks of (overdue action points are judged against it).
    public let asOf: DayDate?
    /// The files whose maps are in the report, in order.
    public let files: [String]
    public let maps: [MapReport]

    public init(asOf: DayDate?, files: [String], maps: [MapReport]) {
        self.asOf = asOf
        self.files = files
        self.maps = maps
    }

    /// Several reports (one per workspace) as one.
    public static func joined(_ reports: [Report]) -> Report {
        Report(asOf: reports.lazy.compactMap(\.asOf).first, files: reports.flatMap(\.files), maps: reports.flatMap(\.maps))
    }
}

/// Something the report names: its id as written in the files and what people call it.
public struct ReportItem: Sendable, Hashable {
    /// The id, `map.id` when it lives in another map than the one being reported; empty when
    /// the author left the id out.
    public let id: String
    /// The label, else the id.
    public let label: String
    /// The canonical (Dutch) keyword of its kind (`stap`, `initiatief`, …).
    public let kind: String

    public init(id: String, label: String, kind: String) {
        self.id = id
        self.label = label
        self.kind = kind
    }
}

/// One map: a process, a study or a benefit logic. Sections that do not apply are nil or empty.
public struct MapReport: Sendable {
    public enum Kind: String, Sendable {
        case process
        case study
        case benefitLogic
    }

    public let kind: Kind
    public let item: ReportItem
    public let path: String
    /// Whether the map's file has errors (the report was forced): figures may be wrong.
    public let fileHasErrors: Bool
    public let details: MapDetails
    /// Processes only.
    public let flow: FlowReport?
    /// Processes with `vervangt:` only.
    public let comparison: ComparisonReport?
    /// Processes and studies.
    public let board: BoardReport?
    /// Action points of the map (nested ones included), in declaration order.
    public let actions: [ActionRow]
    public let observations: [ObservationReport]
    /// Benefit logics only.
    public let benefits: BenefitReport?
    public let feedbackLoops: [LoopReport]
    /// The heaviest problems and the method's next step, for the summary.
    public let summary: MapSummary
}

/// What the map says about itself.
public struct MapDetails: Sendable {
    public let school: String?
    public let description: String?
    /// `toestand` (process).
    public let state: String?
    public let method: String?
    public let stage: String?
    /// `fase` (benefit logic).
    public let phase: String?
    /// The map this one replaces (`vervangt:`).
    public let replaces: ReportItem?
    /// Minutes in the map's working day (`werkdag`, default 8 hours).
    public let minutesPerDay: Double
}

/// A cause-effect loop.
public struct LoopReport: Sendable {
    public let members: [ReportItem]
    public let isReinforcing: Bool
    /// Whether any arrow of the loop states its polarity (else "reinforcing" is an assumption).
    public let hasAnyPolarity: Bool
}
