import StroomSyntax

/// H704 — a knelpunt (a problem in a strategic-HRM benefit logic) without an urgency: "Hoe
/// urgent is het knelpunt?" (004:1747-1751).
enum KnelpuntWithoutUrgency: CheckRule {
    static let info = RuleInfo(
        code: "H704", severity: .warning,
        title: LocalizedText(nl: "Knelpunt zonder urgentie", en: "Bottleneck without urgency"),
        explanation: LocalizedText(
            nl: "Bij elk knelpunt stelt de handreiking vier vragen: komt het voor, hoe urgent is het, waardoor komt het en wat kunnen we er zelf aan doen? De urgentie bepaalt wat eerst aangepakt wordt. Schrijf urgentie: laag, middel of hoog. In de fase ontdek is dit een hint, vanaf kies een waarschuwing.",
            en: "For each bottleneck the guide asks four questions: does it occur, how urgent is it, what causes it, and what can we do ourselves? The urgency decides what is tackled first. Write urgency: low, medium or high. In the phase discover this is a hint, from choose on a warning."),
        example: "probleem moeite \"Moeite met de individuele benadering\"   # H704: urgentie ontbreekt",
        hintBeforePhase: "kies")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for problem in analysis.members(of: map, .problem) where analysis[problem].name != nil {
                guard !analysis.has(problem, .urgency) else { continue }
                let subject = LocalizedText(nl: "Knelpunt " + MessageParts.named(analysis[problem]),
                                            en: "Bottleneck " + MessageParts.named(analysis[problem]))
                context.report(on: problem, message: LocalizedText(
                    nl: "\(subject.nl) heeft nog geen urgentie. Hoe urgent is het? Schrijf urgentie: laag, middel of hoog.",
                    en: "\(subject.en) has no urgency yet. How urgent is it? Write urgency: low, medium or high."))
            }
        }
    }
}
