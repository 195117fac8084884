import StroomSyntax

/// V307 — an idea not placed in a quadrant (organisatie / ict / persoonlijk / samenwerking).
///
/// The step plan: "Laat deze ideeën in het kwadrant 'Ideeën genereren' noteren onder
/// 'organisatie', 'ict', 'persoonlijk' of 'samenwerken'." The report counts ideas per quadrant.
enum IdeaWithoutCategory: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V307", severity: .hint,
        title: LocalizedText(nl: "Idee zonder categorie", en: "Idea without a category"),
        explanation: LocalizedText(
            nl: "In Akkrum zijn de ideeën verdeeld over vier kwadranten: organisatie, ICT, persoonlijk en samenwerking. Zo zie je of de oplossingen vooral in de techniek of juist in de samenwerking liggen. Schrijf bij elk idee een categorie.",
            en: "At Akkrum the ideas were sorted into four quadrants: organisation, ICT, personal and collaboration. That shows whether the solutions lie mostly in technology or in working together. Write a category on every idea."),
        example: "idee koppeling \"Systemen koppelen\" { lost_op: dubbel }   # V307: voeg categorie: ict toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for idea in analysis.members(of: map, .idea) {
                guard analysis[idea].name != nil, !analysis.has(idea, .category) else { continue }
                let subject = MessageParts.subject(analysis[idea])
                context.report(on: idea, message: LocalizedText(
                    nl: "\(subject.nl) staat in geen kwadrant. Kies een categorie (categorie: organisatie, ict, persoonlijk of samenwerking).",
                    en: "\(subject.en) is in no quadrant. Pick a category (category: organisation, ict, personal or collaboration)."))
            }
        }
    }
}
