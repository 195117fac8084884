import StroomSyntax

/// C501 — a loop in the cause-effect arrows ("doordat … waardoor … leidt tot").
///
/// A loop keeps itself going: reinforcing when it has an even number of `-` arrows, balancing
/// when odd (``FeedbackLoop``). When no arrow of the loop states a `polariteit`, every arrow
/// counts as `+` and the kind is a guess: then this is a warning asking for the polarities;
/// otherwise it is information. In every map kind.
enum CauseLoop: CheckRule {
    static let info = RuleInfo(
        code: "C501", severity: .warning,
        title: LocalizedText(nl: "Kring van oorzaken", en: "Loop of causes"),
        explanation: LocalizedText(
            nl: "Als oorzaken elkaar via pijlen weer voeden, is er een kring. Een versterkende kring (een even aantal pijlen met polariteit -) maakt het probleem elke ronde groter; een balancerende kring (oneven) remt zichzelf af. Geef bij de pijlen aan of meer A tot meer B leidt ({ polariteit: + }) of tot minder B ({ polariteit: - }); dan zegt Stroom welke soort kring het is.",
            en: "When causes feed each other again through arrows, there is a loop. A reinforcing loop (an even number of arrows with polarity -) makes the problem bigger every round; a balancing loop (odd) slows itself down. State on the arrows whether more A leads to more B ({ polarity: + }) or to less B ({ polarity: - }); Stroom then says which kind of loop it is."),
        example: "te_weinig_tijd -> haastwerk\nhaastwerk -> fouten\nfouten -> te_weinig_tijd   # C501: versterkend of balancerend?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            for loop in analysis.feedbackLoops(in: map) {
                guard let first = loop.edges.first else { continue }
                let names = BenefitText.loop(loop.members, in: analysis)
                let path = analysis.path(of: map)
                let notes = loop.edges.dropFirst().map { edge in
                    Note(path: path, range: edge.edge.range, message: LocalizedText(
                        nl: "pijl \(BenefitText.arrow(edge.edge)) in de kring", en: "arrow \(BenefitText.arrow(edge.edge)) of the loop"))
                }
                let message: LocalizedText
                if loop.hasAnyPolarity {
                    message = loop.isReinforcing
                        ? LocalizedText(
                            nl: "Deze oorzaken en gevolgen vormen een versterkende kring: \(names). Met een even aantal pijlen met ‘-’ groeit het effect elke ronde.",
                            en: "These causes and effects form a reinforcing loop: \(names). With an even number of ‘-’ arrows the effect grows every round.")
                        : LocalizedText(
                            nl: "Deze oorzaken en gevolgen vormen een balancerende kring: \(names). Met een oneven aantal pijlen met ‘-’ remt het effect zichzelf af.",
                            en: "These causes and effects form a balancing loop: \(names). With an odd number of ‘-’ arrows the effect slows itself down.")
                } else {
                    message = LocalizedText(
                        nl: "Deze oorzaken en gevolgen vormen een kring: \(names). Zonder polariteit telt elke pijl als +, dus lijkt de kring versterkend; geef bij de pijlen aan of meer tot meer leidt ({ polariteit: + }) of tot minder ({ polariteit: - }).",
                        en: "These causes and effects form a loop: \(names). Without polarity every arrow counts as +, so the loop looks reinforcing; state on the arrows whether more leads to more ({ polarity: + }) or to less ({ polarity: - }).")
                }
                context.report(fileIndex: first.edge.fileIndex, range: first.edge.range, message: message, map: map,
                               severity: loop.hasAnyPolarity ? .info : nil, notes: notes)
            }
        }
    }
}
