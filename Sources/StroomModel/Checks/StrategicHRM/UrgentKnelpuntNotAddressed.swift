import StroomSyntax

/// H705 — an urgent knelpunt that no initiative addresses ("Wat kunnen we er zelf aan doen?",
/// 004:1747-1751; the priorities of 004:1937).
enum UrgentKnelpuntNotAddressed: CheckRule {
    static let info = RuleInfo(
        code: "H705", severity: .warning,
        title: LocalizedText(nl: "Urgent knelpunt zonder aanpak", en: "Urgent bottleneck not addressed"),
        explanation: LocalizedText(
            nl: "Een knelpunt met urgentie: hoog hoort bij de prioriteiten: wat gaan jullie eraan doen? Noem het knelpunt in lost_op: van het initiatief dat het aanpakt. Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "A bottleneck with urgency: high is one of the priorities: what will you do about it? Name the bottleneck in solves: of the initiative that addresses it. Before the phase do this is a hint, from do on a warning."),
        example: "probleem moeite \"Moeite\" { urgentie: hoog }   # H705: geen initiatief met lost_op: moeite",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for problem in analysis.members(of: map, .problem) where analysis[problem].name != nil {
                guard analysis.enumValue(problem, .urgency) == "hoog", !analysis.isAddressed(problem, in: map) else { continue }
                let named = MessageParts.named(analysis[problem])
                let name = analysis[problem].quotedName
                context.report(on: problem, message: LocalizedText(
                    nl: "Knelpunt \(named) is urgent, maar geen initiatief pakt het aan. Schrijf lost_op: \(name) bij het initiatief dat het aanpakt.",
                    en: "Bottleneck \(named) is urgent, but no initiative addresses it. Write solves: \(name) on the initiative that addresses it."))
            }
        }
    }
}
