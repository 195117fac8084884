import StroomSyntax

/// A209 — a map without `methode:` follows its kind's default method; say which.
///
/// The method decides which rules apply (see `RuleMethods`), so a map that names none should
/// know what was assumed: `proces` follows Value Stream Mapping, `onderzoek` the work
/// observations, `batenlogica` Vernieuwend werken.
enum MethodAssumed: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A209", severity: .hint,
        title: LocalizedText(nl: "Methode aangenomen", en: "Method assumed"),
        explanation: LocalizedText(
            nl: "De methode van een kaart bepaalt welke regels gelden: de regels van Akkrum (Value Stream Mapping) passen niet op een werkobservatie of een Design Thinking-traject. Staat er geen methode: bij de kaart, dan volgt een proces Value Stream Mapping (vsm), een onderzoek de werkobservatie (werkobservatie) en een batenlogica Vernieuwend werken (vernieuwend_werken). Schrijf de methode op, dan is het duidelijk en verdwijnt de hint.",
            en: "A map's method decides which rules apply: Akkrum's rules (Value Stream Mapping) do not fit a work observation or a design-thinking project. Without method: on the map, a process follows Value Stream Mapping (vsm), a study the work observation (werkobservatie) and a benefit logic Vernieuwend werken (vernieuwend_werken). Write the method down; then it is clear and the hint goes away."),
        example: "proces groepsplannen \"Groepsplannen\" {   # A209: schrijf methode: vsm\n  stap schrijven \"Schrijven\"\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps where analysis[map].attribute(.method) == nil {
            guard let method = Method.assumed(for: analysis.kind(map)) else { continue }
            let choices = EnumSets.method.values.map(\.dutch).joined(separator: ", ")
            context.report(on: map, message: LocalizedText(
                nl: "Deze kaart volgt nu de methode \(method.name.nl) (aangenomen, want er staat geen methode:). Schrijf methode: \(method.word) als dat klopt, of kies een andere: \(choices).",
                en: "This map now follows the method \(method.name.en) (assumed, because it has no method:). Write method: \(method.word) if that is right, or choose another: \(choices)."),
                fixes: [Fixes.addAttribute(.method, value: method.word, to: map, in: analysis,
                                           title: LocalizedText(nl: "Schrijf methode: \(method.word)", en: "Write method: \(method.word)"))])
        }
    }
}
