import StroomSyntax

/// V332 — an action point that comes from no idea.
///
/// Akkrum's step 5: "Bespreek alle ideeën en bepaal welke te realiseren zijn … welk van deze
/// ideeën tot concrete actiepunten zijn te maken" (000:590-591, 000:1288-1289): action points
/// follow from the team's ideas. An action comes from an idea with `uit:`, or by standing
/// inside the idea. A hint: the idea may be in another map (`uit: map.idee` counts).
enum ActionWithoutIdea: CheckRule {
    static let info = RuleInfo(
        code: "V332", severity: .hint,
        title: LocalizedText(nl: "Actiepunt dat uit geen idee komt", en: "Action point that comes from no idea"),
        explanation: LocalizedText(
            nl: "In het stappenplan komen actiepunten uit de ideeën die het team bij de problemen bedacht: eerst het probleem, dan het idee, dan het actiepunt. Zo blijft zichtbaar welk probleem een actiepunt oplost. Geef het actiepunt uit: met het idee, of zet het in het blok van het idee; is er nog geen idee, schrijf het dan eerst op.",
            en: "In the step plan action points come from the ideas the team had for the problems: first the problem, then the idea, then the action point. That keeps visible which problem an action point solves. Give the action point from: with the idea, or put it inside the idea’s { }; if there is no idea yet, write it down first."),
        example: "actie bouwmoment \"Bouwmoment plannen\"   # V332\nactie bouwmoment \"Bouwmoment plannen\" { uit: samen }   # zo wel",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            let from = MessageParts.attribute(.from, like: analysis[map])
            for action in analysis.members(of: map, .action) where !analysis.has(action, .from) {
                let subject = MessageParts.subject(analysis[action])
                context.report(on: action, message: LocalizedText(
                    nl: "\(subject.nl) komt uit geen idee. Noem het idee waar het uit volgt (\(from): …), of zet het actiepunt in het blok van dat idee.",
                    en: "\(subject.en) comes from no idea. Name the idea it follows from (\(from): …), or put the action point inside that idea’s { }."))
            }
        }
    }
}
