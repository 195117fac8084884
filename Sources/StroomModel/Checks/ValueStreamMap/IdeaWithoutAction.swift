import StroomSyntax

/// V308 — an idea that no action point takes up.
///
/// The team decides "welk van deze ideeën tot concrete actiepunten zijn te maken": an action
/// takes an idea up with `uit:`, or by being nested in it (which implies `uit:`). Not every
/// idea has to become one, so this is a hint.
enum IdeaWithoutAction: CheckRule {
    static let info = RuleInfo(
        code: "V308", severity: .hint,
        title: LocalizedText(nl: "Idee zonder actiepunt", en: "Idea without an action point"),
        explanation: LocalizedText(
            nl: "In het stappenplan worden ideeën actiepunten: pas dan gebeurt er iets mee. Een actiepunt pakt een idee op met uit:, of door in het idee te staan. Niet elk idee hoeft een actiepunt te krijgen; laat je het bewust liggen, dan kun je deze hint negeren.",
            en: "In the step plan ideas become action points: only then does something happen with them. An action point takes an idea up with from:, or by standing inside the { } of the idea. Not every idea needs an action point; if you leave one aside on purpose, you can ignore this hint."),
        example: "idee koppeling \"Systemen koppelen\" { lost_op: dubbel }   # V308\nactie bouwmoment \"Bouwmoment plannen\" { uit: koppeling }   # zo wel")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for idea in analysis.members(of: map, .idea) {
                guard let name = analysis[idea].name,
                      !analysis.hasReferrer(of: idea, kind: .action, via: .from) else { continue }
                let subject = MessageParts.subject(analysis[idea])
                let fix = Fixes.insertDeclaration(
                    .action, attribute: .from, target: name, after: idea, in: analysis,
                    title: LocalizedText(nl: "Voeg een actiepunt toe voor \(MessageParts.q(name))",
                                         en: "Add an action point for \(MessageParts.q(name))"))
                context.report(on: idea, message: LocalizedText(
                    nl: "\(subject.nl) is nog door geen actiepunt opgepakt. Maak er een actiepunt van (actie … { uit: \(name) }), of laat het bewust liggen.",
                    en: "\(subject.en) is not taken up by any action point yet. Turn it into one (action … { from: \(name) }), or leave it aside on purpose."),
                    fixes: fix.map { [$0] } ?? [])
            }
        }
    }
}
