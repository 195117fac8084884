import StroomModel
import StroomSyntax

/// The words of the summary and of the diagrams' captions and text alternatives.
extension ReportText {
    static func summary(_ l: Language) -> String { t("Samenvatting", "Summary", l) }
    static func what(_ l: Language) -> String { t("Wat", "What", l) }
    static func biggestProblems(_ l: Language) -> String { t("Grootste problemen", "Biggest problems", l) }
    static func workloadFrom(_ l: Language) -> String { t("Waar de werkdruk vandaan komt", "Where workload comes from", l) }
    static func nextStep(_ l: Language) -> String { t("Volgende stap in de methode", "Next step in the method", l) }
    static func observedSummary(_ l: Language) -> String { t("Geobserveerd", "Observed", l) }
    static func purposesSummary(_ l: Language) -> String { t("Bedoelingen", "Purposes", l) }
    /// A strategic-HRM map works towards its goals (its purposes, if any, follow them).
    static func goalsSummary(_ l: Language) -> String { t("Doelen", "Goals", l) }

    /// "Proces volgens Value Stream Mapping, stadium vsm".
    static func followsMethod(_ kind: MapReport.Kind, _ method: String, _ l: Language) -> String {
        t("\(mapHeading(kind, l)) volgens \(method)", "\(mapHeading(kind, l)) following \(method)", l)
    }

    /// "3 van 12 problemen" under the list of the heaviest ones.
    static func problemsShown(_ shown: Int, of total: Int, _ l: Language) -> String {
        t("(de \(shown) zwaarste van \(total) problemen: naar impact, frequentie en bij hoeveel stappen of momenten ze spelen)",
          "(the \(shown) heaviest of \(total) problems: by impact, frequency and at how many steps or moments they occur)", l)
    }
    static func impactWord(_ value: String, _ l: Language) -> String {
        t("impact \(ReportNumbers.word(value, EnumSets.level, l))", "impact \(ReportNumbers.word(value, EnumSets.level, l))", l)
    }
    static func occurrences(_ count: Int, _ l: Language) -> String {
        t("\(count)× gezien", "seen \(count)×", l)
    }
    static func withICT(_ percent: String, _ l: Language) -> String {
        t(", waarvan \(percent) met ICT", ", \(percent) of it with ICT", l)
    }
    static func noOpenActions(_ l: Language) -> String { t("Geen open actiepunten.", "No open action points.", l) }
    static func ownerDue(_ l: Language) -> (owner: String, due: String, noDue: String) {
        (t("eigenaar", "owner", l), t("gereed", "due", l), t("geen datum", "no date", l))
    }
    static func moreActions(_ count: Int, _ l: Language) -> String {
        t("en nog \(count) (zie Actiepunten bij de kaart)", "and \(count) more (see Action points of the map)", l)
    }
    static func morePurposes(_ count: Int, _ l: Language) -> String {
        t("en nog \(count) (zie Bedoeling bij de kaart)", "and \(count) more (see Purpose of the map)", l)
    }
    static func problemsPerAspect(_ l: Language) -> String {
        t("problemen per werkdrukaspect", "problems per workload aspect", l)
    }
    static func noAspects(_ l: Language) -> String {
        t("nog geen probleem heeft een werkdrukaspect (aspect:)", "no problem has a workload aspect yet (aspect:)", l)
    }
    static func noWorkload(_ l: Language) -> String { t("nog geen werkdruk beschreven", "no workload described yet", l) }

    // MARK: The method's next step

    static func fromStageTo(_ stage: String?, _ next: String, _ l: Language) -> String {
        guard let stage else { return t("nog geen stadium; het eerste is \(next)", "no stage yet; the first is \(next)", l) }
        return t("van \(stage) naar \(next)", "from \(stage) to \(next)", l)
    }
    static func lastStage(_ stage: String, _ l: Language) -> String {
        t("laatste stadium (\(stage)): rond af wat de methode nog vraagt", "last stage (\(stage)): finish what the method still asks", l)
    }
    static func noStages(_ l: Language) -> String {
        t("deze methode kent geen stadia", "this method has no stages", l)
    }
    static func stillAsked(_ l: Language) -> String {
        t("Wat de methode nog vraagt", "What the method still asks", l)
    }
    static func nothingAsked(_ l: Language) -> String {
        t("De methode vraagt niets meer.", "The method asks nothing more.", l)
    }
    static func moreAsks(_ count: Int, _ l: Language) -> String {
        t("en nog \(count) (zie stroom check)", "and \(count) more (see stroom check)", l)
    }

    // MARK: Diagrams

    static func caption(_ view: ExportView, _ label: String, _ l: Language) -> String {
        switch view {
        case .benefits: t("Batenbeeld van ‘\(label)’", "Benefits view of ‘\(label)’", l)
        default: t("Stroombeeld van ‘\(label)’", "Flow view of ‘\(label)’", l)
        }
    }
    static func noTime(_ l: Language) -> String { t("geen tijd", "no time", l) }
}
