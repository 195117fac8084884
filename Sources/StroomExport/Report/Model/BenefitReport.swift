import StroomModel
import StroomSyntax

/// A benefit logic: which purposes are reached and by what, what reaches none, where workload
/// comes from, and which themes apply which organising principles.
public struct BenefitReport: Sendable {
    public struct Purpose: Sendable {
        public let item: ReportItem
        /// Every mean whose arrows lead to it (``Contribution/contributorsByPurpose``).
        public let contributors: [ReportItem]
    }

    /// The purposes of one stakeholder (`wie:`, or nesting); `stakeholder` nil for purposes
    /// that name none.
    public struct StakeholderGroup: Sendable {
        public let stakeholder: ReportItem?
        public let purposes: [Purpose]
    }

    public struct Workload: Sendable {
        public let item: ReportItem
        /// `bij:` — the activities or initiatives it comes with.
        public let at: [ReportItem]
        /// `gemeld_door:`.
        public let reportedBy: [ReportItem]
        /// Opportunities that name it in `vermindert:`.
        public let reducedBy: [ReportItem]
    }

    /// Workload items of one source: `bedoeling`, `organisatie`, or `""` when not stated.
    public struct WorkloadGroup: Sendable {
        public let source: String
        public let items: [Workload]
    }

    /// One row of the theme × principle table: per principle, the initiatives of the theme
    /// that apply it (`principes:`).
    public struct ThemeRow: Sendable {
        /// Nil for initiatives without a theme.
        public let theme: ReportItem?
        public let letter: String?
        /// Indexed like ``BenefitReport/principles``.
        public let cells: [[ReportItem]]
    }

    public let stakeholders: [StakeholderGroup]
    /// Activities and initiatives from which no arrow path leads to a purpose.
    public let notContributing: [ReportItem]
    /// In the order `bedoeling`, `organisatie`, `""`; groups without items are left out.
    public let workload: [WorkloadGroup]
    public let principles: [ReportItem]
    public let themeRows: [ThemeRow]
    /// The strategic-HRM tables (`methode: shrm` only).
    public let shrm: SHRMReport?
}
