import StroomModel
import StroomSyntax

/// What the first section of the report says about one map, beside what ``MapReport`` already
/// holds (figures, action points, workload): its biggest problems and the next step of its
/// method. Plain data like the rest of the report model; the words come from the renderer.
public struct MapSummary: Sendable {
    /// A problem with what makes it weigh: `impact:`, how often it happens (`frequentie:`) and
    /// where it shows (the steps of `bij:`, the observed moments that name it).
    public struct Problem: Sendable {
        public let item: ReportItem
        /// `impact:` (`laag`, `middel`, `hoog`).
        public let impact: String?
        /// `frequentie:` as its matrix column (`dagelijks` … `jaarlijks`).
        public let frequency: String?
        /// Steps of `bij:` plus observed moments that name the problem.
        public let occurrences: Int
    }

    /// The method's next step for this map: the stage it is in, the one after it, and what the
    /// method's rules still ask of the map (its open findings of the rules of that method).
    public struct MethodStep: Sendable {
        /// The canonical word of the method (`vsm`, `design_thinking`, …).
        public let method: String
        /// The canonical word of `stadium:` (or of `fase:` for a benefit logic); nil when unset.
        public let stage: String?
        /// The stage after `stage` (the first one when `stage` is nil); nil at the last stage and
        /// for methods without stages.
        public let nextStage: String?
        /// Whether the method has stages at all (werkobservatie has none).
        public let hasStages: Bool
        /// What the method still asks, most pressing first, at most ``MapSummary/askLimit``.
        public let asks: [Ask]
        /// All findings of the method's rules on this map.
        public let askTotal: Int
    }

    /// One rule of the method that the map does not meet yet: the rule's code and how often.
    public struct Ask: Sendable {
        public let code: DiagnosticCode
        public let count: Int
        /// Whether the rule becomes a warning at the change stage (stage-dependent).
        public let stageDependent: Bool
    }

    public static let problemLimit = 3
    public static let askLimit = 4

    /// The heaviest problems first, at most ``problemLimit``.
    public let topProblems: [Problem]
    public let problemCount: Int
    public let method: MethodStep?
}
