import StroomSyntax

/// V311 — an idea that solves nothing (`lost_op:` missing).
///
/// The method analyses first and solves after ("Pas daarna is het zinnig om … oplossingen te
/// bedenken"); an idea that names no problem cannot be weighed against what it should solve.
enum IdeaSolvesNothing: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V311", severity: .warning,
        title: LocalizedText(nl: "Idee zonder probleem dat het oplost", en: "Idea that names no problem it solves"),
        explanation: LocalizedText(
            nl: "In het stappenplan is een idee een oplossing voor een probleem. Zonder lost_op: is niet te zien welk probleem het idee aanpakt, en telt het niet mee als oplossing. Schrijf welk probleem (of welke oorzaak) het oplost. Vóór het stadium verandering is dit alleen een hint.",
            en: "In the step plan an idea is a solution to a problem. Without solves: nobody can see which problem the idea tackles, and it does not count as a solution. Write which problem (or cause) it solves. Before the change stage this is only a hint."),
        example: "idee koppeling \"Systemen koppelen\" { categorie: ict }   # V311: voeg lost_op: dubbel toe",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for idea in analysis.members(of: map, .idea) {
                guard analysis[idea].name != nil, !analysis.has(idea, .solves) else { continue }
                let subject = MessageParts.subject(analysis[idea])
                context.report(on: idea, message: LocalizedText(
                    nl: "\(subject.nl) noemt nog geen probleem dat het oplost. Schrijf welk probleem (of welke oorzaak) het aanpakt: lost_op: ….",
                    en: "\(subject.en) names no problem it solves yet. Write which problem (or cause) it tackles: solves: …."))
            }
        }
    }
}
