import StroomSyntax

/// H711 — in the phase ga_door, a goal that does not say what was realised: "Zijn de beoogde
/// doelen gerealiseerd?" (004:2513-2515).
enum GoalWithoutResult: CheckRule {
    static let info = RuleInfo(
        code: "H711", severity: .warning,
        title: LocalizedText(nl: "Doel zonder resultaat in ga door", en: "Goal without a result in continue"),
        explanation: LocalizedText(
            nl: "In de fase ga door kijkt het team terug: wat is er van de beoogde doelen gerealiseerd, en wat is het vervolg? Schrijf bij elk doel gerealiseerd: \"…\". Deze controle geldt alleen in de fase ga_door.",
            en: "In the phase continue the team looks back: what of the intended goals was realised, and what follows? Write realised: \"…\" on every goal. This check applies in the phase continue only."),
        example: "batenlogica b \"B\" {\n  methode: shrm\n  fase: ga_door\n  doel ict \"ICT-vaardig\"   # H711: gerealiseerd ontbreekt\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps where analysis.enumValue(map, .phase) == "ga_door" {
            for goal in analysis.members(of: map, .goal) where analysis[goal].name != nil && !analysis.has(goal, .realised) {
                let subject = MessageParts.subject(analysis[goal])
                context.report(on: goal, message: LocalizedText(
                    nl: "\(subject.nl) zegt niet wat er gerealiseerd is. Kijk terug: schrijf gerealiseerd: \"…\".",
                    en: "\(subject.en) does not say what was realised. Look back: write realised: \"…\"."))
            }
        }
    }
}
