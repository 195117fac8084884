import StroomSyntax

/// B421 — a stakeholder group with no representative in the support group.
///
/// "De supportgroep bestaat uit vertegenwoordigers van alle betrokkenen, denk aan leraren,
/// intern begeleiders, ouders, schoolleiding en bestuur" (001:107, 001:575). Checked only when
/// `supportgroep:` names stakeholders; a support group written as text cannot be compared.
enum StakeholderNotInSupportGroup: CheckRule {
    static let info = RuleInfo(
        code: "B421", severity: .hint,
        title: LocalizedText(nl: "Stakeholder niet in de supportgroep", en: "Stakeholder not in the support group"),
        explanation: LocalizedText(
            nl: "De supportgroep bestaat uit vertegenwoordigers van alle betrokkenen, zoals leraren, intern begeleiders, ouders, schoolleiding en bestuur. Een stakeholder zonder vertegenwoordiger in de supportgroep wordt minder gehoord. Voeg hem toe aan supportgroep:, of laat het zo als de supportgroep daar bewust voor koos.",
            en: "The support group consists of representatives of everyone involved, such as teachers, internal counsellors, parents, school leaders and the board. A stakeholder without a representative in the support group is heard less. Add it to support_group:, or leave it if the support group chose so on purpose."),
        example: "supportgroep: leraren\nstakeholder ouders \"Ouders\"   # B421")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let represented = Set(analysis.references(map, .supportGroup))
            guard !represented.isEmpty else { continue }
            let group = MessageParts.attribute(.supportGroup, like: analysis[map])
            for stakeholder in analysis.members(of: map, .stakeholder) {
                guard let name = analysis[stakeholder].name, !represented.contains(stakeholder) else { continue }
                let subject = MessageParts.subject(analysis[stakeholder])
                context.report(on: stakeholder, message: LocalizedText(
                    nl: "\(subject.nl) heeft geen vertegenwoordiger in de supportgroep. Voeg \(name) toe aan \(group): als die er wel een heeft.",
                    en: "\(subject.en) has no representative in the support group. Add \(name) to \(group): if it does have one."))
            }
        }
    }
}
