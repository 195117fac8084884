import StroomSyntax

/// C503 — a problem whose cause chain is one step deep (off by default).
///
/// Asking "waarom?" again (5× waarom) is general Lean practice, not something the source cases
/// did, so the rule is off unless a workspace turns it on. A problem (or, in a benefit logic, a
/// workload item) counts when it has causes and none of them has a cause of its own.
enum ShallowCauseChain: CheckRule {
    static let info = RuleInfo(
        code: "C503", severity: .hint,
        title: LocalizedText(nl: "Oorzaak maar één stap diep", en: "Cause chain one step deep"),
        explanation: LocalizedText(
            nl: "In Lean vraag je bij een probleem een paar keer door: ‘waarom?’ (5× waarom), tot je bij een oorzaak komt waar je iets aan kunt doen. Heeft elke oorzaak van een probleem zelf geen oorzaak, vraag dan nog eens ‘waarom?’. Dit is algemene Lean-praktijk, geen regel uit de praktijkvoorbeelden; daarom staat de melding standaard uit (zet aan met # stroom: hint C503).",
            en: "In Lean you keep asking about a problem: ‘why?’ (5× why), until you reach a cause you can do something about. When no cause of a problem has a cause of its own, ask ‘why?’ once more. This is general Lean practice, not a rule of the source cases; that is why it is off by default (turn it on with # stroom: hint C503)."),
        example: "oorzaak traag \"De server is traag\"\ntraag -> dubbel   # C503 op dubbel: waarom is de server traag?",
        enabledByDefault: false)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps {
            var causes: [DeclarationID: [DeclarationID]] = [:]
            for edge in analysis.edges(in: map, role: .causal) {
                guard let from = edge.from, let to = edge.to else { continue }
                causes[to, default: []].append(from)
            }
            for effect in analysis.members(of: map, .problem, .workload) {
                guard analysis[effect].name != nil, let direct = causes[effect]?.uniqued(),
                      direct.allSatisfy({ causes[$0]?.isEmpty ?? true }) else { continue }
                let names = BenefitText.list(direct.map { LocalizedText(nl: MessageParts.named(analysis[$0]), en: MessageParts.named(analysis[$0])) })
                context.report(on: effect, message: LocalizedText(
                    nl: "De oorzaak van \(BenefitText.named(analysis[effect]).nl) is maar één stap diep. Vraag nog eens ‘waarom?’ bij \(names.nl) (5× waarom: algemene Lean-praktijk, geen regel uit de praktijkvoorbeelden).",
                    en: "The cause of \(BenefitText.named(analysis[effect]).en) is only one step deep. Ask ‘why?’ once more at \(names.en) (5× why: general Lean practice, not a rule of the source cases)."),
                    notes: direct.map { context.note(at: $0, LocalizedText(nl: "waarom?", en: "why?")) })
            }
        }
    }
}
