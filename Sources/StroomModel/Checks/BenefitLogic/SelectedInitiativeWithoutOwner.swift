import StroomSyntax

/// B409 — a selected initiative with no owner.
///
/// For each of the two selected initiatives per theme, session 2 asks "Wie kan dat oppakken?".
/// `eigenaar: open` says the team knows it still has to decide: then this is only a hint.
enum SelectedInitiativeWithoutOwner: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B409", severity: .warning,
        title: LocalizedText(nl: "Gekozen initiatief zonder eigenaar", en: "Selected initiative without an owner"),
        explanation: LocalizedText(
            nl: "Bij elk gekozen initiatief hoort de vraag ‘Wie kan dat oppakken?’. Zonder eigenaar blijft een goed initiatief liggen. Schrijf eigenaar: met een persoon, stakeholder of naam; staat het nog open, schrijf dan eigenaar: open (dan is dit alleen een hint).",
            en: "Every selected initiative comes with the question ‘Who can take it up?’. Without an owner a good initiative is left lying. Write owner: with a person, stakeholder or name; if it is still open, write owner: open (this is then only a hint)."),
        example: "initiatief rapportgesprek \"Leerlingen bij rapportgesprekken\" { gekozen: ja }   # B409")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for initiative in analysis.members(of: map, .initiative) {
                guard analysis[initiative].name != nil, analysis.isSelected(initiative) else { continue }
                let subject = MessageParts.subject(analysis[initiative])
                if !analysis.has(initiative, .owner) {
                    context.report(on: initiative, message: LocalizedText(
                        nl: "\(subject.nl) is gekozen, maar heeft geen eigenaar. Wie kan dat oppakken? Schrijf eigenaar: … (of eigenaar: open zolang dat nog niet bekend is).",
                        en: "\(subject.en) is selected but has no owner. Who can take it up? Write owner: … (or owner: open while that is not known yet)."))
                } else if analysis.enumValue(initiative, .owner) == "open" {
                    context.report(on: initiative, message: LocalizedText(
                        nl: "\(subject.nl) is gekozen, maar de eigenaar staat nog open. Wie kan dat oppakken?",
                        en: "\(subject.en) is selected, but its owner is still open. Who can take it up?"),
                        severity: .hint)
                }
            }
        }
    }
}
