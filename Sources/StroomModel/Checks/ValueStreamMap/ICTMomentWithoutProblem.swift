import StroomSyntax

/// V323 — an observed moment that uses ICT but records no outcome.
///
/// 't Blokhuus observed how often ICT moments caused a problem; a moment with `ict:` and no
/// `probleem:` leaves that question open (did it cause a problem?).
enum ICTMomentWithoutProblem: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V323", severity: .hint,
        title: LocalizedText(nl: "Ict-moment zonder uitkomst", en: "ICT moment without an outcome"),
        explanation: LocalizedText(
            nl: "Bij de werkobservaties telt mee hoe vaak een moment met ICT een probleem gaf (wachten, een omweg, administratie). Een moment met ict: maar zonder probleem: laat open of het goed ging. Gaf de ICT een probleem, noem het dan bij het moment (probleem: …).",
            en: "The work observations count how often a moment with ICT caused a problem (waiting, a workaround, administration). A moment with ict: but no problem: leaves open whether it went well. If the ICT caused a problem, name it at the moment (problem: …)."),
        example: "moment toets \"Digitale toets\" { om: 09:00  ict: chromebook }   # V323: gaf dat een probleem?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for moment in analysis.members(of: map, .moment) where analysis[moment].name != nil {
                guard analysis.has(moment, .ict), !analysis.has(moment, .problemRef) else { continue }
                let subject = MessageParts.subject(analysis[moment])
                context.report(on: moment, message: LocalizedText(
                    nl: "\(subject.nl) gebruikt ICT maar noemt geen probleem. Gaf de ICT hier een probleem? Noem het dan (probleem: …).",
                    en: "\(subject.en) uses ICT but names no problem. Did the ICT cause a problem here? Then name it (problem: …)."))
            }
        }
    }
}
