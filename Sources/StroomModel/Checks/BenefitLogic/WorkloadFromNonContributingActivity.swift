import StroomSyntax

/// B404 — workload attached to activities that do not contribute, not marked as coming from
/// the organisation.
///
/// The method separates "werkdruk die voortkomt uit de bedoeling" from "(onnodige) werkdruk
/// die voortkomt uit systemen". Workload that only sits with activities or initiatives that
/// contribute to no purpose cannot come from the purpose, so its `bron` is `organisatie`.
/// Workload that is also attached to something that contributes is left alone: it may well be
/// purpose work.
enum WorkloadFromNonContributingActivity: CheckRule {
    static let info = RuleInfo(
        code: "B404", severity: .warning,
        title: LocalizedText(nl: "Werkdruk bij iets dat niet bijdraagt", en: "Workload at something that does not contribute"),
        explanation: LocalizedText(
            nl: "De methode onderscheidt werkdruk die voortkomt uit de bedoeling van (onnodige) werkdruk die voortkomt uit systemen: de organisatie en manier van werken. Werkdruk bij een activiteit die niet bijdraagt aan de bedoeling, komt niet uit de bedoeling. Zet bron: organisatie; dan zoekt het team er een oplossing voor (een kans die de werkdruk vermindert).",
            en: "The method tells workload that comes from the purpose apart from (unnecessary) workload that comes from systems: the organisation and the way of working. Workload at an activity that does not contribute to the purpose does not come from the purpose. Set source: organisation; the team then looks for a solution (an opportunity that reduces it)."),
        example: "activiteit rapport \"Rapport in drievoud\"   # draagt niet bij\nwerkdruk invullen \"Drie keer invullen\" { bij: rapport  bron: bedoeling }   # B404")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            guard !analysis.members(of: map, .purpose).isEmpty else { continue }
            let contributing = analysis.contribution(map).contributing
            for workload in analysis.members(of: map, .workload) {
                guard analysis[workload].name != nil, analysis.enumValue(workload, .source) != "organisatie" else { continue }
                let attached = analysis.references(workload, .at).uniqued()
                    .filter { analysis[$0].kind == .activity || analysis[$0].kind == .initiative }
                guard !attached.isEmpty, attached.allSatisfy({ !contributing.contains($0) }) else { continue }
                let names = BenefitText.list(attached.map { BenefitText.named(analysis[$0]) })
                let subject = MessageParts.subject(analysis[workload])
                let verb = attached.count == 1 ? LocalizedText(nl: "bijdraagt", en: "does") : LocalizedText(nl: "bijdragen", en: "do")
                let organisation = EnumSets.workloadSource.values.first { $0.dutch == "organisatie" }!
                context.report(on: workload, message: LocalizedText(
                    nl: "\(subject.nl) hoort bij \(names.nl), die (nog) niet \(verb.nl) aan de bedoeling. Deze werkdruk komt dan uit de organisatie, niet uit de bedoeling: zet bron: organisatie.",
                    en: "\(subject.en) belongs to \(names.en), which \(verb.en) not contribute to the purpose (yet). This workload then comes from the organisation, not from the purpose: set source: organisation."),
                    notes: attached.map { context.note(at: $0, LocalizedText(nl: "draagt (nog) niet bij aan de bedoeling",
                                                                            en: "does not contribute to the purpose (yet)")) },
                    fixes: Fixes.setValue(.source, to: organisation, on: workload, in: analysis).map { [$0] } ?? [])
            }
        }
    }
}
