import StroomSyntax

/// V326 — a step marked `waarde: nee` with no idea on it.
///
/// In Lean a step that adds no value for the pupil is waste, the first thing to remove or
/// shorten. It counts as addressed once a problem attached to it (`bij:`) is solved by an idea
/// (`lost_op:`); action points come from ideas, so they need no check of their own.
enum WasteStepWithoutIdea: CheckRule {
    static let info = RuleInfo(
        code: "V326", severity: .hint,
        title: LocalizedText(nl: "Stap zonder waarde zonder idee", en: "Step without value without an idea"),
        explanation: LocalizedText(
            nl: "Een stap met waarde: nee voegt niets toe voor de leerling: in Lean is dat verspilling, het eerste om te schrappen of te verkorten. Noteer een probleem bij die stap en bedenk een idee dat het oplost. De melding verdwijnt zodra een probleem bij de stap een idee heeft.",
            en: "A step with value: no adds nothing for the pupil: in Lean that is waste, the first thing to drop or shorten. Note a problem at that step and think of an idea that solves it. The hint goes away once a problem at the step has an idea."),
        example: "stap kopieren \"Lijsten kopiëren\" { waarde: nee }   # V326")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for step in analysis.members(of: map, .step) where analysis[step].name != nil {
                guard analysis.enumValue(step, .value) == "nee" else { continue }
                let problems = analysis.referrers(of: step, kind: .problem, via: .at)
                let addressed = problems.contains { analysis.hasReferrer(of: $0, kind: .idea, via: .solves) }
                guard !addressed else { continue }
                let subject = MessageParts.subject(analysis[step])
                let name = analysis[step].quotedName
                context.report(on: step, message: LocalizedText(
                    nl: "\(subject.nl) voegt geen waarde toe (waarde: nee), maar er is nog geen idee voor. Noteer een probleem bij de stap (bij: \(name)) met een idee om hem te schrappen of te verkorten.",
                    en: "\(subject.en) adds no value (value: no), but there is no idea for it yet. Note a problem at the step (at: \(name)) with an idea to drop or shorten it."))
            }
        }
    }
}
