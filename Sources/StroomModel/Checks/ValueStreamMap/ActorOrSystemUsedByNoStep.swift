import StroomSyntax

/// V319 — a person or ICT system that no step uses, while something else does name it.
///
/// The step plan says "link actoren en ict aan de activiteiten": who does a step (`door:`) and
/// which systems it uses (`ict:`). A person or system that nothing names at all is N105's; this
/// rule takes the ones that are named (an action's owner, an observation, a moment) but take
/// part in no step.
enum ActorOrSystemUsedByNoStep: CheckRule {
    static let info = RuleInfo(
        code: "V319", severity: .hint,
        title: LocalizedText(nl: "Persoon of ICT-systeem zonder stap", en: "Person or ICT system without a step"),
        explanation: LocalizedText(
            nl: "Koppel actoren en ICT aan de activiteiten: elke stap zegt wie hem doet (door:) en welke systemen erbij horen (ict:). Een persoon of systeem dat wel ergens genoemd wordt, maar bij geen enkele stap, ontbreekt waarschijnlijk in de stappen. Voeg het toe aan de stappen waar het meedoet. Wordt het helemaal nergens genoemd, dan meldt N105 dat.",
            en: "Link actors and ICT to the activities: every step says who does it (by:) and which systems belong to it (ict:). A person or system that is named somewhere, but at no step, is probably missing from the steps. Add it to the steps it takes part in. When nothing names it at all, N105 says so."),
        example: "persoon ib \"Intern begeleider\"\nactie plannen \"Bouwmoment plannen\" { eigenaar: ib }   # V319: ib doet bij geen stap mee")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for id in analysis.members(of: map, .person, .ict) where analysis[id].name != nil {
                let attribute: AttributeName = analysis.kind(id) == .person ? .by : .ict
                guard !analysis.hasReferrer(of: id, kind: .step, via: attribute) else { continue }
                let others = analysis.referrers(of: id).uniqued().filter { $0 != id }
                guard let first = others.first else { continue }  // N105
                let name = analysis[id].quotedName
                let subject = MessageParts.subject(analysis[id])
                let note = context.note(at: first, LocalizedText(nl: "hier wel genoemd", en: "named here"))
                let message = analysis.kind(id) == .person
                    ? LocalizedText(
                        nl: "\(subject.nl) doet bij geen enkele stap mee. Noem deze persoon bij de stappen waar die aan werkt (door: \(name)).",
                        en: "\(subject.en) takes part in no step. Name this person at the steps they work on (by: \(name)).")
                    : LocalizedText(
                        nl: "\(subject.nl) wordt bij geen enkele stap gebruikt. Noem het bij de stappen die het gebruiken (ict: \(name)).",
                        en: "\(subject.en) is used by no step. Name it at the steps that use it (ict: \(name)).")
                context.report(on: id, message: message, notes: [note])
            }
        }
    }
}
