import StroomSyntax

/// H708 — a selected initiative without impact or chance of success, and one scored small on
/// both: "hoog scoren op beide indicatoren" (004:1999-2005).
enum InterventionNotScored: CheckRule {
    static let info = RuleInfo(
        code: "H708", severity: .warning,
        title: LocalizedText(nl: "Initiatief zonder impact of slagingskans", en: "Initiative without impact or chance of success"),
        explanation: LocalizedText(
            nl: "De handreiking laat elk aanknopingspunt scoren op de verwachte impact en de slagingskans (groot of klein): wat op beide hoog scoort heeft de meeste kans op succes. Schrijf bij een gekozen initiatief impact: en slagingskans:. Is beide klein, dan volgt een hint: is dit wel de beste keuze? In de fase ontdek is dit een hint, vanaf kies een waarschuwing.",
            en: "The guide scores each starting point on expected impact and chance of success (large or small): what scores high on both is most likely to succeed. Write impact: and chance_of_success: on a selected initiative. When both are small, a hint follows: is this the best choice? In the phase discover this is a hint, from choose on a warning."),
        example: "initiatief portal \"Portal\" { gekozen: ja }   # H708: impact en slagingskans ontbreken",
        hintBeforePhase: "kies")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for initiative in analysis.members(of: map, .initiative) where analysis[initiative].name != nil && analysis.isSelected(initiative) {
                let subject = MessageParts.subject(analysis[initiative])
                let impact = analysis.enumValue(initiative, .impact)
                let chance = analysis.enumValue(initiative, .chanceOfSuccess)
                if impact == nil || chance == nil {
                    let missingNL = [impact == nil ? "impact:" : nil, chance == nil ? "slagingskans:" : nil].compactMap { $0 }.joined(separator: " en ")
                    let missingEN = [impact == nil ? "impact:" : nil, chance == nil ? "chance_of_success:" : nil].compactMap { $0 }.joined(separator: " and ")
                    context.report(on: initiative, message: LocalizedText(
                        nl: "\(subject.nl) is gekozen, maar zegt nog niet hoe groot de verwachte impact en de slagingskans zijn. Schrijf \(missingNL) met klein, middel of groot.",
                        en: "\(subject.en) is selected, but does not yet say how large the expected impact and the chance of success are. Write \(missingEN) with small, medium or large."))
                } else if impact == "klein", chance == "klein" {
                    context.report(on: initiative, message: LocalizedText(
                        nl: "\(subject.nl) scoort klein op impact én op slagingskans. Is dit de beste keuze? De handreiking raadt aan te kiezen wat op beide hoog scoort.",
                        en: "\(subject.en) scores small on impact and on chance of success. Is it the best choice? The guide advises choosing what scores high on both."),
                        severity: .hint)
                }
            }
        }
    }
}
