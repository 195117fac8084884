import StroomSyntax

/// C502 — a cause that leads nowhere.
///
/// The cases state causes in chains ("doordat … waardoor … leidt tot"): a cause is only a
/// cause of something. An `oorzaak` with no cause-effect arrow out of it explains nothing yet.
enum CauseLeadsNowhere: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "C502", severity: .hint,
        title: LocalizedText(nl: "Oorzaak die nergens toe leidt", en: "Cause that leads nowhere"),
        explanation: LocalizedText(
            nl: "Een oorzaak is altijd een oorzaak ván iets: ‘doordat de server traag is, werken leraren lokaal, waardoor …’. Een oorzaak zonder pijl naar een gevolg legt nog niets uit. Teken een pijl naar het probleem (of in een batenlogica: de werkdruk) waartoe ze leidt, of naar een volgende oorzaak.",
            en: "A cause is always a cause of something: ‘because the server is slow, teachers work locally, so that …’. A cause with no arrow to an effect explains nothing yet. Draw an arrow to the problem (or in a benefit logic: the workload) it leads to, or to a further cause."),
        example: "oorzaak traag \"De server is traag\"   # C502\ntraag -> dubbel   # zo leidt ze ergens toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            var leads: Set<DeclarationID> = []
            for edge in analysis.edges(in: map, role: .causal) { if let from = edge.from { leads.insert(from) } }
            for cause in analysis.members(of: map, .cause) {
                guard let name = analysis[cause].name, !leads.contains(cause) else { continue }
                let subject = MessageParts.subject(analysis[cause])
                let effect = analysis.kind(map) == .benefitLogic
                    ? LocalizedText(nl: "de werkdruk die", en: "the workload")
                    : LocalizedText(nl: "het probleem dat", en: "the problem")
                context.report(on: cause, message: LocalizedText(
                    nl: "\(subject.nl) leidt nog nergens toe. Teken een pijl naar \(effect.nl) eruit volgt (\(name) -> …).",
                    en: "\(subject.en) leads nowhere yet. Draw an arrow to \(effect.en) it leads to (\(name) -> …)."))
            }
        }
    }
}
