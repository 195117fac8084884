import StroomSyntax

/// V327 — an action point with no `termijn` or no `werkbelasting`.
///
/// De Borgstee's action list gives every action point a horizon and its effect on workload:
/// "toets welke impact een actiepunt heeft op de werkbelasting". One diagnostic says which of
/// the two is missing.
enum ActionWithoutHorizonOrWorkload: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V327", severity: .hint,
        title: LocalizedText(nl: "Actiepunt zonder termijn of werkbelasting", en: "Action point without horizon or workload effect"),
        explanation: LocalizedText(
            nl: "Toets welke impact een actiepunt heeft op de werkbelasting: wordt het werk lichter, gelijk, zwaarder, of eerst zwaarder en dan lichter? Noteer ook de termijn (kort, middellang, lang), zodat het team kan kiezen wat eerst komt. Vóór het stadium verandering is dit een hint.",
            en: "Check what impact an action point has on workload: does the work get lighter, stay the same, get heavier, or heavier first and lighter later? Also note the horizon (short, medium, long), so the team can choose what comes first. Before the change stage this is a hint."),
        example: "actie bouwmoment \"Bouwmoment plannen\" { uit: koppeling  eigenaar: ib }   # V327: termijn en werkbelasting?",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for action in analysis.members(of: map, .action) where analysis[action].name != nil {
                let noHorizon = !analysis.has(action, .horizon)
                let noWorkload = !analysis.has(action, .workloadEffect)
                guard noHorizon || noWorkload else { continue }
                let subject = MessageParts.subject(analysis[action])
                let horizon = LocalizedText(nl: "de termijn (termijn: kort, middellang of lang)",
                                            en: "the horizon (horizon: short, medium or long)")
                let workload = LocalizedText(nl: "het effect op de werkbelasting (werkbelasting: lichter, gelijk, zwaarder of eerst_zwaarder)",
                                             en: "the effect on workload (workload_effect: lighter, same, heavier or heavier_first)")
                let message: LocalizedText
                switch (noHorizon, noWorkload) {
                case (true, true):
                    message = LocalizedText(
                        nl: "\(subject.nl) heeft nog geen termijn en zegt nog niet wat het doet met de werkbelasting. Noteer \(horizon.nl) en \(workload.nl).",
                        en: "\(subject.en) has no horizon yet and does not say yet what it does to workload. Note \(horizon.en) and \(workload.en).")
                case (true, false):
                    message = LocalizedText(nl: "\(subject.nl) heeft nog geen termijn. Noteer \(horizon.nl).",
                                            en: "\(subject.en) has no horizon yet. Note \(horizon.en).")
                default:
                    message = LocalizedText(nl: "\(subject.nl) zegt nog niet wat het doet met de werkbelasting. Noteer \(workload.nl).",
                                            en: "\(subject.en) does not say yet what it does to workload. Note \(workload.en).")
                }
                context.report(on: action, message: message)
            }
        }
    }
}
