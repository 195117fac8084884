import StroomSyntax

/// B419 — from session 2 on, a purpose that the support group has not validated.
///
/// Step 4 of Vernieuwend werken: "In de tweede supportgroep staat het valideren van de
/// uitkomsten uit sessie 1 … op de agenda" (001:224-226); its result is "gevalideerde
/// uitkomsten van sessie 1" (001:679), the starting points of session 2. A purpose is
/// validated with `gevalideerd: ja` on itself or on its stakeholder (the one it is nested in or
/// names alone in `wie:`), for all its purposes.
/// Reported once per stakeholder, so that a table of 24 "blij als" statements gives five hints.
enum PurposeNotValidated: CheckRule {
    static let info = RuleInfo(
        code: "B419", severity: .hint,
        title: LocalizedText(nl: "Bedoeling niet gevalideerd", en: "Purpose not validated"),
        explanation: LocalizedText(
            nl: "Na sessie 1 is de bedoeling een eerste versie. In stap 4 bespreekt de supportgroep of zij de uitkomsten herkent en stelt ze vast: dat zijn de vertrekpunten voor sessie 2. Staat de batenlogica in fase sessie2 of later, zet dan gevalideerd: ja bij de bedoeling, of bij de stakeholder voor al zijn bedoelingen. Is dat nog niet gebeurd, plan dan eerst stap 4.",
            en: "After session 1 the purpose is a first version. In step 4 the support group discusses whether it recognises the outcomes and settles them: they are the starting points of session 2. When the benefit logic is in phase sessie2 or later, write validated: yes on the purpose, or on the stakeholder for all its purposes. If that has not happened yet, plan step 4 first."),
        example: "batenlogica b \"B\" {\n  fase: sessie2\n  stakeholder leraren \"Leraren\" {   # B419\n    bedoeling talent \"…\"\n  }\n}\n# zo wel: stakeholder leraren \"Leraren\" { gevalideerd: ja … }")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) where analysis.benefitPhase(map, isAtLeast: "sessie2") {
            var openByStakeholder: [(holder: DeclarationID, count: Int)] = []
            for purpose in analysis.members(of: map, .purpose) where analysis.enumValue(purpose, .validated) != "ja" {
                // Its stakeholder: the one it is nested in, or the one its `wie:` names alone.
                let holders = analysis.references(purpose, .who).uniqued()
                guard holders.count == 1, let holder = holders.first else {
                    report(purpose, count: 1, in: &context)
                    continue
                }
                guard analysis.enumValue(holder, .validated) != "ja" else { continue }
                if let index = openByStakeholder.firstIndex(where: { $0.holder == holder }) {
                    openByStakeholder[index].count += 1
                } else {
                    openByStakeholder.append((holder, 1))
                }
            }
            for (holder, count) in openByStakeholder { report(holder, count: count, in: &context) }
        }
    }

    private static func report(_ id: DeclarationID, count: Int, in context: inout CheckContext) {
        let subject = MessageParts.subject(context.analysis[id])
        let what = context.analysis.kind(id) == .stakeholder
            ? LocalizedText(nl: "\(subject.nl) heeft \(MessageParts.count(count, "bedoeling", "bedoelingen")) die niet gevalideerd \(count == 1 ? "is" : "zijn")",
                            en: "\(subject.en) has \(MessageParts.count(count, "purpose", "purposes")) that \(count == 1 ? "is" : "are") not validated")
            : LocalizedText(nl: "\(subject.nl) is niet gevalideerd", en: "\(subject.en) is not validated")
        context.report(on: id, message: LocalizedText(
            nl: "\(what.nl), terwijl de batenlogica al in sessie 2 of later is. In stap 4 valideert de supportgroep de uitkomsten van sessie 1; zet gevalideerd: ja als dat gebeurd is.",
            en: "\(what.en), while the benefit logic is already at session 2 or later. In step 4 the support group validates the outcomes of session 1; write validated: yes once that has happened."))
    }
}
