import StroomSyntax

/// V303 — a step that nobody does, unless a system does it (`automatisch: ja`).
///
/// The step plan says "Link actoren en ict-processen aan de activiteiten": who does a step shows
/// the hand-offs and the workload of each person.
enum StepWithoutActor: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V303", severity: .warning,
        title: LocalizedText(nl: "Stap zonder uitvoerder", en: "Step without an actor"),
        explanation: LocalizedText(
            nl: "Het stappenplan zegt: ‘link actoren en ICT aan de activiteiten’. Wie een stap doet, laat zien waar het werk van de ene naar de andere persoon gaat en wie de last draagt. Schrijf door: met een persoon, externe partij, leverancier of klant. Doet een systeem de stap zonder mensen, schrijf dan automatisch: ja.",
            en: "The step plan says: ‘link actors and ICT to the activities’. Who does a step shows where work passes from one person to another and who carries the load. Write by: with a person, external party, supplier or customer. When a system does the step without people, write automatic: yes."),
        example: "stap schrijven \"Groepsplan schrijven\" { tijd: 2u }   # V303: voeg door: leraar toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for step in analysis.members(of: map, .step) {
                guard analysis[step].name != nil, !analysis.has(step, .by),
                      analysis.enumValue(step, .automatic) != "ja" else { continue }
                let subject = MessageParts.subject(analysis[step])
                context.report(on: step, message: LocalizedText(
                    nl: "\(subject.nl) heeft geen uitvoerder. Schrijf wie de stap doet (door: …), of automatisch: ja als een systeem het doet.",
                    en: "\(subject.en) has no actor. Write who does the step (by: …), or automatic: yes when a system does it."))
            }
        }
    }
}
