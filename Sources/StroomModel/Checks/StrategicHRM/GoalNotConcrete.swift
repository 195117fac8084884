import StroomSyntax

/// H701 — a goal without a measure, or without a term or date (004:621-622, 1478-1483).
enum GoalNotConcrete: CheckRule {
    static let info = RuleInfo(
        code: "H701", severity: .warning,
        title: LocalizedText(nl: "Doel niet concreet", en: "Goal not concrete"),
        explanation: LocalizedText(
            nl: "De handreiking vraagt de doelen concreet te maken, liefst SMART: hoe meet je of het doel bereikt is, en wanneer? Geef het doel een meting (meting: \"…\") en een termijn (termijn: kort, middellang of lang) of een datum (gereed: …). In de fase ontdek is dit een hint, vanaf kies een waarschuwing.",
            en: "The guide asks for concrete goals, preferably SMART: how do you measure whether the goal is reached, and by when? Give the goal a measure (measure: \"…\") and a term (horizon: short, medium or long) or a date (due: …). In the phase discover this is a hint, from choose on a warning."),
        example: "doel ict \"Docenten ICT-vaardig\"   # H701: meting en termijn ontbreken",
        hintBeforePhase: "kies")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for goal in analysis.members(of: map, .goal) where analysis[goal].name != nil {
                let measured = analysis.has(goal, .measure)
                let timed = analysis.has(goal, .horizon) || analysis.has(goal, .due)
                guard !measured || !timed else { continue }
                let missingNL = [measured ? nil : "hoe je het meet (meting:)", timed ? nil : "wanneer het bereikt moet zijn (termijn: of gereed:)"]
                    .compactMap { $0 }.joined(separator: " en ")
                let missingEN = [measured ? nil : "how you measure it (measure:)", timed ? nil : "by when it must be reached (horizon: or due:)"]
                    .compactMap { $0 }.joined(separator: " and ")
                let subject = MessageParts.subject(analysis[goal])
                context.report(on: goal, message: LocalizedText(
                    nl: "\(subject.nl) is nog niet concreet: schrijf \(missingNL).",
                    en: "\(subject.en) is not concrete yet: write \(missingEN)."))
            }
        }
    }
}
