import StroomSyntax

/// B420 — a benefit logic that names no facilitator or no support group.
///
/// Vernieuwend werken has three parties (001:104-108; 001:569-579): a facilitator who guides
/// the sessions ("Externe facilitator", or an internal one), a support group of
/// representatives of all involved, and the stakeholders. The map records the first two with
/// `facilitator:` and `supportgroep:`. A hint: the map still reads without them.
enum TrajectoryWithoutGuidance: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B420", severity: .hint,
        title: LocalizedText(nl: "Geen facilitator of supportgroep", en: "No facilitator or support group"),
        explanation: LocalizedText(
            nl: "In Vernieuwend werken begeleidt een facilitator (van buiten of van de school zelf) de sessies, en een supportgroep met vertegenwoordigers van alle betrokkenen is klankbord, ondersteunt het traject en beslist mee wie de stakeholders zijn. Schrijf op wie dat zijn: facilitator: \"…\" en supportgroep: met de stakeholders die erin vertegenwoordigd zijn (of een tekst).",
            en: "In Vernieuwend werken a facilitator (from outside or from the school itself) guides the sessions, and a support group of representatives of everyone involved is a sounding board, supports the trajectory and helps decide who the stakeholders are. Write down who they are: facilitator: \"…\" and support_group: with the stakeholders represented in it (or a text)."),
        example: "batenlogica b \"SWS Balans\" {   # B420: geen supportgroep\n  facilitator: \"Externe facilitator\"\n}\n# zo wel: supportgroep: leraren, ouders, directie")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let declaration = analysis[map]
            let facilitator = MessageParts.attribute(.facilitator, like: declaration)
            let group = MessageParts.attribute(.supportGroup, like: declaration)
            let missing: LocalizedText
            switch (analysis.has(map, .facilitator), analysis.has(map, .supportGroup)) {
            case (true, true): continue
            case (false, false):
                missing = LocalizedText(nl: "geen facilitator (\(facilitator):) en geen supportgroep (\(group):)",
                                        en: "no facilitator (\(facilitator):) and no support group (\(group):)")
            case (false, true):
                missing = LocalizedText(nl: "geen facilitator (\(facilitator):)", en: "no facilitator (\(facilitator):)")
            case (true, false):
                missing = LocalizedText(nl: "geen supportgroep (\(group):)", en: "no support group (\(group):)")
            }
            let subject = MessageParts.subject(declaration)
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) noemt \(missing.nl). Het stappenplan heeft een facilitator die de sessies begeleidt en een supportgroep van vertegenwoordigers van alle betrokkenen.",
                en: "\(subject.en) names \(missing.en). The step plan has a facilitator who guides the sessions and a support group of representatives of everyone involved."))
        }
    }
}
