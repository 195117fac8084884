import StroomSyntax

/// B411 — a selected initiative that states no organising principle.
///
/// Session 2 checks every selected initiative against the organising principles (the HOW next
/// to the WHAT): "Hoe passen we organisatieprincipes toe?".
enum SelectedInitiativeWithoutPrinciple: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B411", severity: .warning,
        title: LocalizedText(nl: "Gekozen initiatief zonder principe", en: "Selected initiative without a principle"),
        explanation: LocalizedText(
            nl: "De organisatieprincipes zeggen hoe de school werkt (het HOE naast het WAT). Bij elk gekozen initiatief hoort de vraag: ‘Hoe passen we de organisatieprincipes toe?’. Schrijf principes: met de principes die het initiatief toepast.",
            en: "The organising principles say how the school works (the HOW next to the WHAT). Every selected initiative comes with the question: ‘How do we apply the organising principles?’. Write principles: with the principles the initiative applies."),
        example: "initiatief rapportgesprek \"Leerlingen bij rapportgesprekken\" { gekozen: ja }   # B411: principes: vertrouwen")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let principles = analysis.members(of: map, .principle).filter { analysis[$0].name != nil }
            for initiative in analysis.members(of: map, .initiative) {
                guard analysis[initiative].name != nil, analysis.isSelected(initiative),
                      !analysis.has(initiative, .principles) else { continue }
                let subject = MessageParts.subject(analysis[initiative])
                context.report(on: initiative, message: LocalizedText(
                    nl: "\(subject.nl) is gekozen, maar noemt geen organisatieprincipe. Hoe past het de principes toe? Noem ze (principes: …).",
                    en: "\(subject.en) is selected but names no organising principle. How does it apply the principles? Name them (principles: …)."),
                    fixes: principles.prefix(3).map { principle in
                        let name = analysis[principle].quotedName
                        return Fixes.addAttribute(.principles, value: name, to: initiative, in: analysis, title: LocalizedText(
                            nl: "Pas principe \(MessageParts.q(name)) toe", en: "Apply principle \(MessageParts.q(name))"))
                    })
            }
        }
    }
}
