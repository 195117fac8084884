import StroomSyntax

/// V317 — a process with no problems yet.
///
/// The map is drawn to find where the work gets stuck; a process without a single problem has
/// not done that yet. A problem counts when it is declared in the process or attached (`bij:`)
/// to one of its steps from another map. A desired process (`toestand: gewenst`) describes work
/// that does not exist yet, so it is left alone.
enum ProcessWithoutProblems: CheckRule {
    static let info = RuleInfo(
        code: "V317", severity: .hint,
        title: LocalizedText(nl: "Proces zonder problemen", en: "Process without problems"),
        explanation: LocalizedText(
            nl: "Een waardestroomkaart maak je om knelpunten te vinden: waar wacht iemand, wat gaat dubbel, waar werkt de ICT tegen? Zolang een proces geen enkel probleem heeft, is dat nog niet gebeurd. Noteer de problemen bij de stappen waar ze optreden. Een gewenst proces (toestand: gewenst) krijgt deze melding niet.",
            en: "A value stream map is made to find bottlenecks: where does someone wait, what is done twice, where does ICT get in the way? As long as a process has no problem at all, that has not happened yet. Note the problems at the steps where they occur. A desired process (state: future) does not get this hint."),
        example: "proces rapport \"Rapporten maken\" {   # V317\n  stap invullen \"Cijfers invullen\" { tijd: 2u }\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) where analysis[map].name != nil {
            guard analysis.enumValue(map, .state) != "gewenst", analysis.members(of: map, .problem).isEmpty else { continue }
            let attachedElsewhere = analysis.members(of: map, .step).contains { step in
                analysis.hasReferrer(of: step, kind: .problem, via: .at)
            }
            guard !attachedElsewhere else { continue }
            let subject = MessageParts.subject(analysis[map])
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) heeft nog geen problemen. Noteer waar het werk stroef loopt (probleem … { bij: stap }).",
                en: "\(subject.en) has no problems yet. Note where the work gets stuck (problem … { at: step })."))
        }
    }
}
