import StroomSyntax

/// H703 — a situation that needs action, but no initiative or action point leads to it
/// ("Zo ja, welke?", 004:1558, 1595-1596).
enum SituationNotAddressed: CheckRule {
    static let info = RuleInfo(
        code: "H703", severity: .warning,
        title: LocalizedText(nl: "Actie nodig, maar niets pakt het op", en: "Action needed, but nothing addresses it"),
        explanation: LocalizedText(
            nl: "Staat bij een situatie actie_nodig: ja, dan vraagt de handreiking meteen ‘Zo ja, welke?’. Trek een pijl van het initiatief (of actiepunt) dat het verschil verkleint naar de situatie: initiatief -> situatie -> doel. Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "When a situation says action_needed: yes, the guide asks at once ‘If so, which?’. Draw an arrow from the initiative (or action point) that closes the gap to the situation: initiative -> situation -> goal. Before the phase do this is a hint, from do on a warning."),
        example: "situatie coaching \"Coaching\" { huidig: \"…\"  gewenst: \"…\"  actie_nodig: ja }   # H703: geen pijl naar coaching",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for situation in analysis.members(of: map, .situation) where analysis[situation].name != nil {
                guard analysis.enumValue(situation, .actionNeeded) == "ja", !analysis.isAddressed(situation, in: map) else { continue }
                let subject = MessageParts.subject(analysis[situation])
                let name = analysis[situation].quotedName
                context.report(on: situation, message: LocalizedText(
                    nl: "\(subject.nl) vraagt om actie, maar geen initiatief of actiepunt pakt het op. Welk initiatief verkleint het verschil? Schrijf initiatief -> \(name).",
                    en: "\(subject.en) needs action, but no initiative or action point addresses it. Which initiative closes the gap? Write initiative -> \(name)."))
            }
        }
    }
}
