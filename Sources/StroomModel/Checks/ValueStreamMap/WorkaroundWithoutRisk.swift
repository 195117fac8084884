import StroomSyntax

/// V328 — a workaround problem (`effect: omweg`) with no `risico`.
///
/// 't Blokhuus named three kinds of ICT obstacle; a workaround (working around awkward ICT)
/// often endangers something — privacy, data that no longer match — and that risk is what
/// makes it urgent, so it should be written down.
enum WorkaroundWithoutRisk: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V328", severity: .hint,
        title: LocalizedText(nl: "Omweg zonder risico", en: "Workaround without a risk"),
        explanation: LocalizedText(
            nl: "Een omweg (effect: omweg) is werk om lastige ICT heen: een lijstje in Excel, een foto met de eigen telefoon. Zo'n omweg brengt vaak iets in gevaar, zoals privacy of gegevens die niet meer kloppen. Noteer dat risico (risico: \"…\"); het helpt kiezen welk probleem eerst moet.",
            en: "A workaround (effect: workaround) is work around awkward ICT: a list in Excel, a photo with one's own phone. Such a workaround often puts something at risk, such as privacy or data that no longer match. Note that risk (risk: \"…\"); it helps to choose which problem comes first."),
        example: "probleem eigen_lijst \"Eigen lijstje in Excel\" { effect: omweg }   # V328: wat is het risico?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for problem in analysis.members(of: map, .problem) where analysis[problem].name != nil {
                guard analysis.enumValue(problem, .effect) == "omweg", !analysis.has(problem, .risk) else { continue }
                let subject = MessageParts.subject(analysis[problem])
                context.report(on: problem, message: LocalizedText(
                    nl: "\(subject.nl) is een omweg (effect: omweg), maar er staat geen risico bij. Noteer wat de omweg in gevaar brengt (risico: \"…\").",
                    en: "\(subject.en) is a workaround (effect: workaround), but no risk is noted. Note what the workaround puts at risk (risk: \"…\")."))
            }
        }
    }
}
