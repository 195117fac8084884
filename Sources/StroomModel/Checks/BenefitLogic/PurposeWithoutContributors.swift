import StroomSyntax

/// B415 — a purpose that nothing contributes to.
///
/// The batenlogica "uitgaat van de beoogde doelen (bedoeling) en systematisch terug redeneert
/// naar wat nodig is": from every purpose, not only some. A purpose no arrow path reaches is
/// not yet worked out.
enum PurposeWithoutContributors: CheckRule {
    static let info = RuleInfo(
        code: "B415", severity: .hint,
        title: LocalizedText(nl: "Bedoeling waar niets aan bijdraagt", en: "Purpose that nothing contributes to"),
        explanation: LocalizedText(
            nl: "De batenlogica redeneert terug vanuit elke bedoeling naar wat nodig is. Een bedoeling zonder pijlen ernaartoe is nog niet uitgewerkt: niets van wat de school doet, draagt er zichtbaar aan bij. Teken een pijl van een activiteit, initiatief, thema of baat naar de bedoeling, of bedenk een nieuw initiatief.",
            en: "The benefit logic reasons back from every purpose to what is needed. A purpose with no arrows towards it is not worked out yet: nothing the school does visibly contributes to it. Draw an arrow from an activity, initiative, theme or benefit to the purpose, or think of a new initiative."),
        example: "bedoeling buiten \"de kinderen veel buiten zijn\" { wie: ouders }   # B415: nog geen pijl ernaartoe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let contribution = analysis.contribution(map)
            for purpose in analysis.members(of: map, .purpose) {
                guard let name = analysis[purpose].name, contribution.contributorsByPurpose[purpose]?.isEmpty ?? true else { continue }
                context.report(on: purpose, message: LocalizedText(
                    nl: "Nog niets draagt bij aan \(BenefitText.named(analysis[purpose]).nl). Wat doet de school al (of wat kan ze doen) waardoor dit dichterbij komt? Teken een pijl ernaartoe (… -> \(name)).",
                    en: "Nothing contributes to \(BenefitText.named(analysis[purpose]).en) yet. What does the school already do (or what could it do) that brings this closer? Draw an arrow to it (… -> \(name))."))
            }
        }
    }
}
