import StroomSyntax

/// V306 — a problem not placed in a phase (voorbereiding / uitvoering / evaluatie).
///
/// In the step plan "Ieder probleem wordt geplaatst onder één van deze drie stappen":
/// voorbereiding, uitvoering, evaluatie. The report counts problems per phase.
enum ProblemWithoutPhase: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V306", severity: .hint,
        title: LocalizedText(nl: "Probleem zonder fase", en: "Problem without a phase"),
        explanation: LocalizedText(
            nl: "In Akkrum zijn de problemen verdeeld over de fasen voorbereiding, uitvoering en evaluatie. Zo zie je in welke fase de knelpunten zich ophopen. Schrijf bij elk probleem fase: voorbereiding, uitvoering of evaluatie.",
            en: "At Akkrum the problems were sorted into the phases preparation, execution and evaluation. That shows in which phase the bottlenecks pile up. Write phase: preparation, execution or evaluation on every problem."),
        example: "probleem dubbel \"Dubbel werk\" { bij: schrijven }   # V306: voeg fase: uitvoering toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for problem in analysis.members(of: map, .problem) {
                guard analysis[problem].name != nil, !analysis.has(problem, .phase) else { continue }
                let subject = MessageParts.subject(analysis[problem])
                context.report(on: problem, message: LocalizedText(
                    nl: "\(subject.nl) staat in geen fase. Schrijf waar het speelt (fase: voorbereiding, uitvoering of evaluatie).",
                    en: "\(subject.en) is in no phase. Write where it occurs (phase: preparation, execution or evaluation)."))
            }
        }
    }
}
