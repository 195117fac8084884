import StroomSyntax

/// V333 — an observation that names no observer.
///
/// Akkrum's observation step lists "Observator (per observatie minimaal één observator)"
/// (000:969); 't Blokhuus's work observations are made by named researchers (000:2504-2505,
/// 002:208-217). The observer is `door:` (a person, an external party or a text).
enum ObservationWithoutObserver: CheckRule {
    static let info = RuleInfo(
        code: "V333", severity: .warning,
        title: LocalizedText(nl: "Observatie zonder observator", en: "Observation without an observer"),
        explanation: LocalizedText(
            nl: "Bij elke observatie hoort ten minste één observator: wie keek er mee? Dat bepaalt hoe je de waarnemingen later leest en bij wie je terechtkunt met vragen. Schrijf de observator bij de observatie: door: met een persoon of externe partij, of een tekst zoals \"onderzoekers\".",
            en: "Every observation has at least one observer: who watched? That decides how you read the observations later and whom you can ask. Write the observer on the observation: by: with a person or external party, or a text such as \"researchers\"."),
        example: "observatie dag \"Een dag bij groep 4\"   # V333\nobservatie dag \"Een dag bij groep 4\" { door: \"onderzoekers\" }   # zo wel")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            let by = MessageParts.attribute(.by, like: analysis[map])
            for observation in analysis.members(of: map, .observation) where !analysis.has(observation, .by) {
                let subject = MessageParts.subject(analysis[observation])
                context.report(on: observation, message: LocalizedText(
                    nl: "\(subject.nl) noemt geen observator. Schrijf erbij wie observeerde (\(by): …); bij elke observatie hoort ten minste één observator.",
                    en: "\(subject.en) names no observer. Write down who observed (\(by): …); every observation has at least one observer."))
            }
        }
    }
}
