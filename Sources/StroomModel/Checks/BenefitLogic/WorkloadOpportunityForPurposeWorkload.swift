import StroomSyntax

/// B417 — an ICT opportunity for workload reduction that reduces workload from the purpose.
///
/// The method introduces its ICT opportunities for workload reduction as taking away workload
/// "die níet voortkomt uit de bedoeling" — yet the SWS Balans case links one to items it listed
/// under the purpose itself. So this is only a hint: check the `bron` of the workload, or the
/// `soort` of the opportunity.
enum WorkloadOpportunityForPurposeWorkload: CheckRule {
    static let info = RuleInfo(
        code: "B417", severity: .hint,
        title: LocalizedText(nl: "ICT-kans voor werkdruk bij werkdruk uit de bedoeling", en: "ICT workload opportunity for purpose workload"),
        explanation: LocalizedText(
            nl: "Een ICT-kans voor werkdrukverlaging (soort: ict_werkdruk) neemt werkdruk weg die níet uit de bedoeling voortkomt. Vermindert ze werkdruk met bron: bedoeling, kijk dan of de bron klopt, of dat het eigenlijk een ICT-kans voor de bedoeling is (soort: ict_bedoeling). Het praktijkvoorbeeld doet dit zelf ook, dus het is maar een hint.",
            en: "An ICT opportunity for workload reduction (kind: ict_workload) takes away workload that does not come from the purpose. If it reduces workload with source: purpose, check whether the source is right, or whether it is really an ICT opportunity for the purpose (kind: ict_purpose). The source case does this itself, so this is only a hint."),
        example: "werkdruk plekken \"Info op te veel plekken\" { bron: bedoeling }\nkans dashboard \"Eén dashboard\" { soort: ict_werkdruk  vermindert: plekken }   # B417")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for opportunity in analysis.members(of: map, .opportunity) {
                guard analysis[opportunity].name != nil, analysis.enumValue(opportunity, .type) == "ict_werkdruk" else { continue }
                let purposeWork = analysis.references(opportunity, .reduces).uniqued()
                    .filter { analysis[$0].kind == .workload && analysis.enumValue($0, .source) == "bedoeling" }
                guard !purposeWork.isEmpty else { continue }
                let names = BenefitText.list(purposeWork.map { BenefitText.named(analysis[$0]) })
                let subject = MessageParts.subject(analysis[opportunity])
                let verb = purposeWork.count == 1 ? LocalizedText(nl: "komt", en: "comes") : LocalizedText(nl: "komen", en: "come")
                context.report(on: opportunity, message: LocalizedText(
                    nl: "\(subject.nl) is een ICT-kans voor werkdrukverlaging, maar \(names.nl) \(verb.nl) uit de bedoeling. Dat kan; kijk wel of de bron klopt, of dat dit eerder een ICT-kans voor de bedoeling is (soort: ict_bedoeling).",
                    en: "\(subject.en) is an ICT opportunity for workload reduction, but \(names.en) \(verb.en) from the purpose. That can be; do check whether the source is right, or whether this is rather an ICT opportunity for the purpose (kind: ict_purpose)."),
                    notes: purposeWork.map { context.note(at: $0, LocalizedText(nl: "bron: bedoeling", en: "source: purpose")) })
            }
        }
    }
}
