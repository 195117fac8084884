import StroomSyntax

/// B414 — workload from the organisation that no opportunity reduces.
///
/// Once it is clear which workload comes from systems, "stellen de medewerkers vast welke
/// (ICT-)oplossingen werkdruk kunnen verminderen": each such item deserves a `kans` that names
/// it in `vermindert:`.
enum OrganisationWorkloadNotReduced: CheckRule {
    static let info = RuleInfo(
        code: "B414", severity: .hint,
        title: LocalizedText(nl: "Onnodige werkdruk zonder kans", en: "Unnecessary workload without an opportunity"),
        explanation: LocalizedText(
            nl: "Werkdruk uit de organisatie en manier van werken is onnodig: die kan weg. De methode vraagt daarom welke (ICT-)oplossingen deze werkdruk kunnen verminderen. Schrijf een kans die het werkdrukpunt noemt (kans … { vermindert: … }).",
            en: "Workload from the organisation and way of working is unnecessary: it can go. The method therefore asks which (ICT) solutions can reduce it. Write an opportunity that names the workload item (opportunity … { reduces: … })."),
        example: "werkdruk versnipperd \"Informatie op te veel plekken\" { bron: organisatie }   # B414\nkans dashboard \"Eén dashboard\" { vermindert: versnipperd }   # zo wel")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for workload in analysis.members(of: map, .workload) {
                guard let name = analysis[workload].name, analysis.enumValue(workload, .source) == "organisatie",
                      !analysis.hasReferrer(of: workload, kind: .opportunity, via: .reduces) else { continue }
                let subject = MessageParts.subject(analysis[workload])
                context.report(on: workload, message: LocalizedText(
                    nl: "\(subject.nl) komt uit de organisatie, maar geen kans vermindert het. Bedenk een (ICT-)oplossing die deze onnodige werkdruk wegneemt (kans … { vermindert: \(name) }).",
                    en: "\(subject.en) comes from the organisation, but no opportunity reduces it. Think of an (ICT) solution that takes this unnecessary workload away (opportunity … { reduces: \(name) })."))
            }
        }
    }
}
