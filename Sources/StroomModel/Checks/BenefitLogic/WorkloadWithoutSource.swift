import StroomSyntax

/// B413 — a workload item that does not say where it comes from.
///
/// The method sorts workload into exactly two lists: "in het werken aan ‘de bedoeling’" and
/// "in de organisatie en manier van werken" — the (unnecessary) workload from systems that
/// the school can take away.
enum WorkloadWithoutSource: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B413", severity: .warning,
        title: LocalizedText(nl: "Werkdruk zonder bron", en: "Workload without a source"),
        explanation: LocalizedText(
            nl: "De methode deelt werkdruk in twee soorten in: werkdruk in het werken aan de bedoeling, en (onnodige) werkdruk uit de organisatie en manier van werken. Alleen die tweede soort kan weg. Schrijf bij elk werkdrukpunt bron: bedoeling of bron: organisatie.",
            en: "The method sorts workload into two kinds: workload in working on the purpose, and (unnecessary) workload from the organisation and way of working. Only the second kind can go. Write source: purpose or source: organisation on every workload item."),
        example: "werkdruk versnipperd \"Informatie op te veel plekken\"   # B413: bron: organisatie")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for workload in analysis.members(of: map, .workload) {
                guard analysis[workload].name != nil, !analysis.has(workload, .source) else { continue }
                let subject = MessageParts.subject(analysis[workload])
                context.report(on: workload, message: LocalizedText(
                    nl: "\(subject.nl) zegt niet waar het vandaan komt. Schrijf bron: bedoeling (uit het werken aan de bedoeling) of bron: organisatie (uit de organisatie en manier van werken).",
                    en: "\(subject.en) does not say where it comes from. Write source: purpose (from working on the purpose) or source: organisation (from the organisation and way of working)."),
                    fixes: EnumSets.workloadSource.values.compactMap { Fixes.setValue(.source, to: $0, on: workload, in: analysis) })
            }
        }
    }
}
