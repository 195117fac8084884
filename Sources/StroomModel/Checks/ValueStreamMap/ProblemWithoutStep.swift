import StroomSyntax

/// V310 — a problem not attached to a step (`bij:`, or nested in the step).
///
/// The step plan places the problems on the map ("Plaats alle problemen die naar boven zijn
/// gekomen …") but also allows others ("Voeg eventuele andere problemen toe."), so a problem
/// without a step is only a hint.
enum ProblemWithoutStep: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V310", severity: .hint,
        title: LocalizedText(nl: "Probleem zonder stap", en: "Problem without a step"),
        explanation: LocalizedText(
            nl: "Op de procesplaat staat elk probleem (de ster) bij de stap waar het speelt. Zo zie je waar in het proces het werk vastloopt. Schrijf bij: met de stap, of zet het probleem in die stap.",
            en: "On the process map every problem (the star) sits at the step where it occurs. That shows where in the process the work gets stuck. Write at: with the step, or put the problem inside that step."),
        example: "probleem dubbel \"Dubbel werk\" { fase: uitvoering }   # V310: voeg bij: schrijven toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for problem in analysis.members(of: map, .problem) {
                guard analysis[problem].name != nil, !analysis.has(problem, .at) else { continue }
                let subject = MessageParts.subject(analysis[problem])
                context.report(on: problem, message: LocalizedText(
                    nl: "\(subject.nl) hangt aan geen stap. Schrijf waar het speelt (bij: …), of zet het probleem in die stap.",
                    en: "\(subject.en) is not attached to a step. Write where it occurs (at: …), or put the problem inside that step."))
            }
        }
    }
}
