import StroomSyntax

/// H712 — an action of the implementation plan past its date and not done: "Liggen we op
/// schema?" (004:2465-2466). V313 does the same for value stream maps.
enum OverdueSHRMAction: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "H712", severity: .warning,
        title: LocalizedText(nl: "Actie over de datum", en: "Overdue action"),
        explanation: LocalizedText(
            nl: "Tijdens de uitvoering vraagt de handreiking: liggen we op schema? Een actie waarvan de datum (gereed:) voorbij is en die niet op klaar staat, is blijven liggen of niet bijgewerkt. Zet status: klaar als het af is, of spreek een nieuwe datum af. Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "During implementation the guide asks: are we on schedule? An action whose date (due:) has passed and that is not done has been left behind or not updated. Set status: done when it is finished, or agree on a new date. Before the phase do this is a hint, from do on a warning."),
        example: "actie a \"Portal inrichten\" { eigenaar: \"ICT\"  gereed: 2016-01-01 }   # H712 na die datum",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        OverdueAction.reportOverdue(in: context.analysis.shrmMaps, &context)
    }
}
