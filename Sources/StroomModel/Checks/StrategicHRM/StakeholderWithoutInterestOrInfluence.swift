import StroomSyntax

/// H710 — a stakeholder without belang or invloed: "Hoe groot is het belang … de invloed van
/// de afzonderlijke stakeholders?" (004:1857-1858; the matrix of 004:1869-1874).
enum StakeholderWithoutInterestOrInfluence: CheckRule {
    static let info = RuleInfo(
        code: "H710", severity: .warning,
        title: LocalizedText(nl: "Stakeholder zonder belang of invloed", en: "Stakeholder without interest or influence"),
        explanation: LocalizedText(
            nl: "De stakeholderanalyse van de handreiking zet elke stakeholder in een matrix van belang en invloed; daaruit volgt hoe je de relatie benut. Schrijf bij elke stakeholder belang: en invloed: (klein, middel of groot). In de fase ontdek is dit een hint, vanaf kies een waarschuwing.",
            en: "The guide's stakeholder analysis puts every stakeholder in a matrix of interest and influence; that tells how to use the relation. Write interest: and influence: (small, medium or large) on every stakeholder. In the phase discover this is a hint, from choose on a warning."),
        example: "stakeholder ouders \"Ouders\"   # H710: belang en invloed ontbreken",
        hintBeforePhase: "kies")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for stakeholder in analysis.members(of: map, .stakeholder) where analysis[stakeholder].name != nil {
                let interest = analysis.has(stakeholder, .interest)
                let influence = analysis.has(stakeholder, .influence)
                guard !interest || !influence else { continue }
                let both = !interest && !influence
                let wordsNL = both ? "zijn het belang en de invloed" : interest ? "is de invloed" : "is het belang"
                let wordsEN = both ? "are the interest and the influence" : interest ? "is the influence" : "is the interest"
                let attributesNL = both ? "belang: en invloed:" : interest ? "invloed:" : "belang:"
                let attributesEN = both ? "interest: and influence:" : interest ? "influence:" : "interest:"
                let subject = MessageParts.subject(analysis[stakeholder])
                context.report(on: stakeholder, message: LocalizedText(
                    nl: "Hoe groot \(wordsNL) van \(subject.nl.lowercasedFirst)? Schrijf \(attributesNL) met klein, middel of groot.",
                    en: "How large \(wordsEN) of \(subject.en.lowercasedFirst)? Write \(attributesEN) with small, medium or large."))
            }
        }
    }
}
