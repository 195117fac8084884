import StroomSyntax

/// V318 — an idea with no decision on whether it can be realised.
///
/// The step plan asks the team to "bepaal welke te realiseren zijn": every idea gets
/// `haalbaar: ja` or `nee`. An idea that an action point (or an initiative of a benefit logic)
/// already takes up was decided on by doing so, and is left alone.
enum IdeaWithoutFeasibility: CheckRule {
    static let info = RuleInfo(
        code: "V318", severity: .hint,
        title: LocalizedText(nl: "Idee zonder besluit over haalbaarheid", en: "Idea without a feasibility decision"),
        explanation: LocalizedText(
            nl: "Na het bedenken van ideeën bepaalt het team welke te realiseren zijn. Schrijf dat bij elk idee op met haalbaar: ja of haalbaar: nee, zodat zichtbaar is waarmee het team verder gaat. Een idee waar al een actiepunt uit komt, telt als besloten.",
            en: "After thinking of ideas, the team decides which ones to realise. Write that on each idea with feasible: yes or feasible: no, so everyone can see what the team goes on with. An idea that an action point already comes from counts as decided."),
        example: "idee koppeling \"Groepsplan uit het LVS vullen\" { lost_op: dubbel }   # V318: haalbaar: ja of nee?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for idea in analysis.members(of: map, .idea) where analysis[idea].name != nil {
                guard !analysis.has(idea, .feasible) else { continue }
                let takenUp = analysis.hasReferrer(of: idea, kind: .action, via: .from)
                    || analysis.hasReferrer(of: idea, kind: .initiative, via: .from)
                guard !takenUp else { continue }
                let english = MessageParts.isEnglish(analysis[map])
                let fixes = [("ja", "yes"), ("nee", "no")].map { dutch, englishWord in
                    let value = english ? englishWord : dutch
                    return Fixes.addAttribute(.feasible, value: value, to: idea, in: analysis, title: LocalizedText(
                        nl: "Voeg \(MessageParts.attribute(.feasible, like: analysis[map])): \(value) toe",
                        en: "Add \(MessageParts.attribute(.feasible, like: analysis[map])): \(value)"))
                }
                let subject = MessageParts.subject(analysis[idea])
                context.report(on: idea, message: LocalizedText(
                    nl: "\(subject.nl) heeft nog geen besluit of het haalbaar is. Bepaal of het team het gaat realiseren (haalbaar: ja of nee).",
                    en: "\(subject.en) has no decision yet on whether it can be realised. Decide whether the team will realise it (feasible: yes or no)."),
                    fixes: fixes)
            }
        }
    }
}
