import StroomSyntax

/// B416 — an organising principle that no initiative applies.
///
/// The principles are the HOW of the school; session 2 asks for every selected initiative "Hoe
/// passen we organisatieprincipes toe?". A principle no initiative names in `principes:` is not
/// yet put to work. (N105 leaves unused principles to this rule.)
enum PrincipleNotApplied: CheckRule {
    static let info = RuleInfo(
        code: "B416", severity: .hint,
        title: LocalizedText(nl: "Principe dat geen initiatief toepast", en: "Principle that no initiative applies"),
        explanation: LocalizedText(
            nl: "Organisatieprincipes zeggen hoe de school werkt: het HOE naast het WAT van de initiatieven. Een principe dat geen initiatief toepast, blijft een mooie zin. Noem het bij de initiatieven die het toepassen (principes: …), of bespreek of het nog past.",
            en: "Organising principles say how the school works: the HOW next to the WHAT of the initiatives. A principle that no initiative applies stays a nice sentence. Name it on the initiatives that apply it (principles: …), or discuss whether it still fits."),
        example: "principe vertrouwen \"Verantwoordelijkheid delen\"   # B416 als geen initiatief principes: vertrouwen heeft")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for principle in analysis.members(of: map, .principle) {
                guard let name = analysis[principle].name,
                      !analysis.hasReferrer(of: principle, kind: .initiative, via: .principles) else { continue }
                let subject = MessageParts.subject(analysis[principle])
                context.report(on: principle, message: LocalizedText(
                    nl: "\(subject.nl) wordt door geen initiatief toegepast. Noem het bij een initiatief dat het toepast (principes: \(name)).",
                    en: "\(subject.en) is applied by no initiative. Name it on an initiative that applies it (principles: \(name))."),
                    tags: [.unnecessary])
            }
        }
    }
}
