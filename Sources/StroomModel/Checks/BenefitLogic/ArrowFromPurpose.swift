import StroomSyntax

/// B405 — an arrow that starts at a purpose: against the direction of contribution.
///
/// The batenlogica "uitgaat van de beoogde doelen (bedoeling) en systematisch terug redeneert
/// naar wat nodig is": arrows run from means to purpose, so nothing starts at a purpose. When the
/// other end is a means the arrow is reversed; otherwise the message says how to link it.
enum ArrowFromPurpose: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B405", severity: .error,
        title: LocalizedText(nl: "Pijl tegen de richting van bijdragen in", en: "Arrow against the direction of contribution"),
        explanation: LocalizedText(
            nl: "In een batenlogica betekent een pijl ‘draagt bij aan’: hij loopt van een middel (activiteit, initiatief, thema, baat, kans) naar de bedoeling. De bedoeling zelf is het eindpunt; daar vertrekt geen pijl. Draai de pijl om (activiteit -> bedoeling).",
            en: "In a benefit logic an arrow means ‘contributes to’: it runs from a means (activity, initiative, theme, benefit, opportunity) to the purpose. The purpose itself is the end point; no arrow leaves it. Reverse the arrow (activity -> purpose)."),
        example: "talent -> niveaugroepen   # B405: schrijf niveaugroepen -> talent")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for edge in analysis.edges(in: map, role: .againstContribution) {
                guard let from = edge.from, let to = edge.to else { continue }
                let (message, fix) = advice(edge, purpose: analysis[from], other: analysis[to], analysis)
                context.report(fileIndex: edge.edge.fileIndex, range: edge.edge.range, message: message, map: map,
                               fixes: fix.map { [$0] } ?? [])
            }
        }
    }

    static func advice(_ edge: ResolvedEdge, purpose: Declaration, other: Declaration, _ analysis: Analysis) -> (LocalizedText, Fix?) {
        let purposeText = BenefitText.named(purpose)
        let otherText = BenefitText.named(other)
        let reversed = "\(edge.edge.to.written) -> \(edge.edge.from.written)"
        if let kind = other.kind, Analysis.contributorKinds.contains(kind) {
            return (LocalizedText(
                nl: "Deze pijl staat andersom: \(otherText.nl) draagt bij aan \(purposeText.nl), niet omgekeerd. Draai de pijl om (\(reversed)).",
                en: "This arrow points the wrong way: \(otherText.en) contributes to \(purposeText.en), not the other way round. Reverse the arrow (\(reversed))."),
                Fixes.reverse(edge.edge, in: analysis))
        }
        let start = LocalizedText(
            nl: "Een pijl van \(purposeText.nl) naar \(otherText.nl) betekent niets: de bedoeling is het eindpunt, pijlen lopen ernaartoe.",
            en: "An arrow from \(purposeText.en) to \(otherText.en) means nothing: the purpose is the end point, arrows run towards it.")
        let todo: LocalizedText
        switch other.kind {
        case .stakeholder:
            // `talent -> ouders`: the group is linked with `wie:` on the purpose.
            let value = BenefitText.written(other.id, from: purpose.map ?? edge.edge.map, in: analysis)
            return (start + LocalizedText(nl: " Schrijf wie: \(value) in \(purposeText.nl) en haal de pijl weg.",
                                          en: " Write who: \(value) in \(purposeText.en) and remove the arrow."),
                    ArrowWithoutMeaning.attributeFix(.who, value: value, on: purpose.id, replacing: edge.edge, analysis))
        case .principle:
            todo = LocalizedText(nl: " Een principe koppel je aan het initiatief dat het toepast (principes: \(edge.edge.to.written)); haal de pijl weg.",
                                 en: " A principle is linked to the initiative that applies it (principles: \(edge.edge.to.written)); remove the arrow.")
        default:
            todo = LocalizedText(nl: " Haal de pijl weg.", en: " Remove the arrow.")
        }
        return (start + todo, nil)
    }
}
