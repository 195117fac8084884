import StroomSyntax

/// B401 — a benefit logic without any purpose (bedoeling).
///
/// Vernieuwend werken starts from the purpose: "Alle schoolprocessen en -systemen worden langs
/// deze meetlat gelegd. Dragen ze bij aan de bedoeling?" Without a purpose nothing can
/// contribute, so the rules about contributing say nothing until there is one.
enum BenefitLogicWithoutPurpose: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B401", severity: .error,
        title: LocalizedText(nl: "Batenlogica zonder bedoeling", en: "Benefit logic without a purpose"),
        explanation: LocalizedText(
            nl: "Een batenlogica redeneert terug vanuit de bedoeling: waar worden leerlingen, ouders, leraren, directie en bestuur blij van? Alles in de batenlogica wordt langs die meetlat gelegd. Schrijf per stakeholder minstens één ‘blij als’ (bedoeling … { wie: … }) en laat de rest daar met pijlen naartoe wijzen.",
            en: "A benefit logic reasons back from the purpose: what makes pupils, parents, teachers, management and the board happy? Everything in the benefit logic is measured against that yardstick. Write at least one ‘happy when’ per stakeholder (purpose … { who: … }) and let the rest point at it with arrows."),
        example: "batenlogica balans \"SWS Balans\" {   # B401: nog geen bedoeling\n  stakeholder leerlingen \"Leerlingen\"\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) where analysis[map].name != nil {
            guard analysis.members(of: map, .purpose).isEmpty else { continue }
            let subject = MessageParts.subject(analysis[map])
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) heeft nog geen bedoeling. Schrijf minstens één ‘blij als’ (bedoeling … { wie: … }): daar draagt de rest aan bij.",
                en: "\(subject.en) has no purpose yet. Write at least one ‘happy when’ (purpose … { who: … }): that is what the rest contributes to."),
                fixes: fix(map, analysis).map { [$0] } ?? [])
        }
    }

    /// A purpose line for the first stakeholder (or without `wie:` when there is none).
    static func fix(_ map: DeclarationID, _ analysis: Analysis) -> Fix? {
        let english = Fixes.writesEnglish(analysis[map])
        let stakeholder = analysis.members(of: map, .stakeholder).first { analysis[$0].name != nil }
        let name = Fixes.freshName(english ? "happy_when" : "blij_als", in: map, analysis: analysis)
        let keyword = MessageParts.keyword(.purpose, like: analysis[map])
        var line = "\(keyword) \(name) \"\(english ? "… are happy when …" : "… zijn blij als …")\""
        if let stakeholder {
            line += " { \(MessageParts.attribute(.who, like: analysis[map])): \(analysis[stakeholder].quotedName) }"
        }
        guard let edit = Fixes.insertLineAtEnd(of: map, line, in: analysis) else { return nil }
        return Fix(title: LocalizedText(nl: "Voeg een bedoeling toe", en: "Add a purpose"), edits: [edit])
    }
}
