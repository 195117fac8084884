import StroomModel
import StroomSyntax

/// The strategic-HRM tables of a benefit logic that follows `methode: shrm`: the guide's
/// Tabel 3/4 (current | desired | gap | action), the AMO × building-block coverage of the
/// selected initiatives, and the goals with who and when (Bijlage 1, 004:3045-3057).
public struct SHRMReport: Sendable {
    public struct Situation: Sendable {
        public let item: ReportItem
        /// Canonical words (`intern`, `groot`, `ja`), nil when not written.
        public let context: String?
        public let current: String?
        public let desired: String?
        public let gap: String?
        public let actionNeeded: String?
        /// Initiatives and action points whose arrows lead to it.
        public let addressedBy: [ReportItem]
    }

    /// One row of the coverage grid: a building block (nil: none named) and, per AMO factor
    /// (in the order kunnen, willen, mogen), the selected initiatives that act on it.
    public struct CoverageRow: Sendable {
        public let buildingBlock: String?
        public let cells: [[ReportItem]]
    }

    public struct Goal: Sendable {
        public let item: ReportItem
        public let who: [ReportItem]
        public let level: String?
        public let measure: String?
        /// `termijn` (canonical word) and `gereed` (a date), either may be missing.
        public let horizon: String?
        public let due: String?
        public let realised: String?
        public let contributors: [ReportItem]
    }

    public let phase: String?
    public let situations: [Situation]
    public let coverage: [CoverageRow]
    public let goals: [Goal]
}
