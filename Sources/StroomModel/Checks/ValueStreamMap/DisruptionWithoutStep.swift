import StroomSyntax

/// V314 — a disruption not attached to a step (`bij:`, or nested in the step).
///
/// A disruption interrupts a step (a child interrupts, a printer fails); without the step it
/// cannot be counted where the time is lost.
enum DisruptionWithoutStep: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V314", severity: .hint,
        title: LocalizedText(nl: "Verstoring zonder stap", en: "Disruption without a step"),
        explanation: LocalizedText(
            nl: "Een verstoring onderbreekt een stap: een leerling die iets vraagt, een printer die het niet doet. Alleen als je weet welke stap, zie je waar de tijd verloren gaat. Schrijf bij: met de stap, of zet de verstoring in die stap.",
            en: "A disruption interrupts a step: a pupil asking something, a printer that fails. Only when you know which step can you see where the time is lost. Write at: with the step, or put the disruption inside that step."),
        example: "verstoring printer \"Printer doet het niet\" { duur: 10min }   # V314: voeg bij: printen toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for disruption in analysis.members(of: map, .disruption) {
                guard analysis[disruption].name != nil, !analysis.has(disruption, .at) else { continue }
                let subject = MessageParts.subject(analysis[disruption])
                context.report(on: disruption, message: LocalizedText(
                    nl: "\(subject.nl) hangt aan geen stap. Schrijf welke stap ze onderbreekt (bij: …), of zet de verstoring in die stap.",
                    en: "\(subject.en) is not attached to a step. Write which step it interrupts (at: …), or put the disruption inside that step."))
            }
        }
    }
}
