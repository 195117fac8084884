import StroomSyntax

/// V321 — a process rated `nuttig: nee` in the process matrix that is still being mapped.
///
/// In the process matrix (nuttig × tijdsbeslag) "processen in de categorie niet nuttig vallen
/// af": the team stops them instead of improving them, so drawing their steps is wasted effort.
enum UselessProcessStillMapped: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V321", severity: .warning,
        title: LocalizedText(nl: "Niet-nuttig proces wordt nog in kaart gebracht", en: "Process rated not useful is still being mapped"),
        explanation: LocalizedText(
            nl: "In de procesmatrix vallen processen in de categorie niet nuttig af: die schaf je af in plaats van ze te verbeteren. Een proces met nuttig: nee dat toch stappen heeft, wordt nog in kaart gebracht. Bespreek of het proces kan stoppen; vindt het team het toch nuttig, pas dan de beoordeling aan.",
            en: "In the process matrix, processes in the category not useful drop out: you stop them instead of improving them. A process with useful: no that has steps is still being mapped. Discuss whether the process can stop; if the team does find it useful, change the rating."),
        example: "proces oud \"Weekrapport\" { nuttig: nee\n  stap typen \"Rapport typen\"   # V321\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) where analysis[map].name != nil {
            guard analysis.enumValue(map, .useful) == "nee" else { continue }
            let steps = analysis.members(of: map, .step)
            guard !steps.isEmpty else { continue }
            let subject = MessageParts.subject(analysis[map])
            let count = LocalizedText(nl: steps.count == 1 ? "1 stap" : "\(steps.count) stappen",
                                      en: steps.count == 1 ? "1 step" : "\(steps.count) steps")
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) is niet nuttig (nuttig: nee) maar heeft nog \(count.nl). Processen die niet nuttig zijn vallen af: bespreek of het kan stoppen in plaats van het in kaart te brengen.",
                en: "\(subject.en) is rated not useful (useful: no) but still has \(count.en). Processes that are not useful drop out: discuss whether it can stop instead of mapping it."))
        }
    }
}
