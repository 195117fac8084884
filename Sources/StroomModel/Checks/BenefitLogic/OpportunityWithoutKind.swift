import StroomSyntax

/// B423 — an opportunity without its kind.
///
/// The results of session 2 are three lists: "ict-kansen voor werken aan de bedoeling",
/// "ict-kansen voor werkdrukverlaging" and "overige verbeterkansen voor werkdrukverlaging"
/// (001:704-706). `soort:` says which list an opportunity is on; it also says whether it uses
/// ICT ("met en zonder ict", 001:19).
enum OpportunityWithoutKind: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B423", severity: .warning,
        title: LocalizedText(nl: "Kans zonder soort", en: "Opportunity without a kind"),
        explanation: LocalizedText(
            nl: "Sessie 2 levert drie lijsten kansen op: ict-kansen voor het werken aan de bedoeling, ict-kansen om werkdruk te verlagen, en overige kansen om werkdruk te verlagen. Zet bij elke kans op welke lijst zij hoort: soort: ict_bedoeling, ict_werkdruk of overig.",
            en: "Session 2 yields three lists of opportunities: ICT opportunities for working on the purpose, ICT opportunities to reduce workload, and other opportunities to reduce workload. Write for each opportunity which list it is on: type: ict_purpose, ict_workload or other."),
        example: "kans dashboard \"Eén dashboard\"   # B423\nkans dashboard \"Eén dashboard\" { soort: ict_werkdruk }   # zo wel")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let type = MessageParts.attribute(.type, like: analysis[map])
            for opportunity in analysis.members(of: map, .opportunity) where !analysis.has(opportunity, .type) {
                let subject = MessageParts.subject(analysis[opportunity])
                context.report(on: opportunity, message: LocalizedText(
                    nl: "\(subject.nl) zegt niet op welke lijst zij hoort. Zet erbij: \(type): ict_bedoeling (ict voor de bedoeling), ict_werkdruk (ict tegen werkdruk) of overig (andere kans tegen werkdruk).",
                    en: "\(subject.en) does not say which list it is on. Add \(type): ict_purpose (ICT for the purpose), ict_workload (ICT against workload) or other (another opportunity against workload)."))
            }
        }
    }
}
