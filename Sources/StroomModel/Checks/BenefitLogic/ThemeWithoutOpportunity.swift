import StroomSyntax

/// B422 — from session 2 on, a theme without opportunities to reduce workload.
///
/// Session 2, round 2 asks each theme's subgroup: "Welke kansen zie je om werkdruk op dit
/// beleidsthema te verlagen?" (001:243, 001:696). An opportunity belongs to a theme when it is
/// nested in it or names it in `thema:`. SWS Balans itself listed its opportunities for the
/// whole school, not per theme (001:509-518), so this is a hint.
enum ThemeWithoutOpportunity: CheckRule {
    static let info = RuleInfo(
        code: "B422", severity: .hint,
        title: LocalizedText(nl: "Thema zonder kans", en: "Theme without an opportunity"),
        explanation: LocalizedText(
            nl: "In sessie 2 vraagt elke subgroep bij haar beleidsthema: welke kansen zie je om werkdruk op dit thema te verlagen? Schrijf die kansen in het blok van het thema, of geef ze thema: met de naam van het thema. Noteerde het team de kansen voor de hele school, dan kun je deze hint negeren.",
            en: "In session 2 each subgroup asks of its policy theme: which opportunities do you see to reduce workload on this theme? Write those opportunities inside the theme’s { }, or give them theme: with the name of the theme. If the team noted its opportunities for the whole school, you can ignore this hint."),
        example: "fase: sessie2\nthema maatwerk \"Maatwerk\" {   # B422\n  kans dashboard \"Eén dashboard\" { soort: ict_werkdruk }   # zo wel\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) where analysis.benefitPhase(map, isAtLeast: "sessie2") {
            for theme in analysis.members(of: map, .theme) {
                guard let name = analysis[theme].name,
                      !analysis.hasReferrer(of: theme, kind: .opportunity, via: .theme) else { continue }
                let subject = MessageParts.subject(analysis[theme])
                context.report(on: theme, message: LocalizedText(
                    nl: "\(subject.nl) heeft geen kans om werkdruk te verlagen. Sessie 2 vraagt per thema welke kansen het team ziet: zet ze in het blok van het thema (of kans … { thema: \(name) }).",
                    en: "\(subject.en) has no opportunity to reduce workload. Session 2 asks for each theme which opportunities the team sees: put them inside the theme’s { } (or opportunity … { theme: \(name) })."))
            }
        }
    }
}
