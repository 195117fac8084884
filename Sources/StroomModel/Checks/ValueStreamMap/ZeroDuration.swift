import StroomSyntax

/// V315 — a wait, step time or disruption that lasts zero (`0min`).
///
/// A negative value cannot be written as a duration (A203 reports it), so only zero is left:
/// a wait of zero is no wait, and a step time of zero is almost always a placeholder.
enum ZeroDuration: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V315", severity: .error,
        title: LocalizedText(nl: "Tijd of duur van nul", en: "Time or duration of zero"),
        explanation: LocalizedText(
            nl: "Een stap kost tijd, een wachttijd duurt, een verstoring houdt het werk op. Een waarde van nul klopt dus niet en maakt de doorlooptijd te laag. Vul de echte tijd in (een schatting is goed), of laat het kenmerk weg als je het nog niet weet; is er geen wachttijd, haal de wachttijd dan weg.",
            en: "A step takes time, a wait lasts, a disruption holds the work up. A value of zero is therefore wrong and makes the lead time too low. Fill in the real time (an estimate is fine), or leave the attribute out if you do not know it yet; if there is no wait, remove the wait."),
        example: "wacht uitslagen \"Wachten op uitslagen\" { duur: 0min }   # V315")

    static let durations: [(DeclarationKind, AttributeName)] = [(.step, .time), (.wait, .duration), (.disruption, .duration)]

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for id in analysis.members(of: map, .step, .wait, .disruption) {
                let declaration = analysis[id]
                guard declaration.name != nil,
                      let name = durations.first(where: { $0.0 == declaration.kind })?.1,
                      analysis.minutes(id, name) == 0,
                      let value = declaration.attribute(name)?.values.first else { continue }
                let subject = MessageParts.subject(declaration)
                let message: LocalizedText
                switch declaration.kind {
                case .wait:
                    message = LocalizedText(
                        nl: "\(subject.nl) duurt 0 minuten. Vul in hoe lang er gewacht wordt, of haal de wachttijd weg als er niet gewacht wordt.",
                        en: "\(subject.en) lasts 0 minutes. Fill in how long the wait is, or remove the wait if nobody waits.")
                case .step:
                    message = LocalizedText(
                        nl: "\(subject.nl) kost 0 minuten. Vul de echte tijd in (een schatting is goed), of laat tijd: weg als je die nog niet weet.",
                        en: "\(subject.en) takes 0 minutes. Fill in the real time (an estimate is fine), or leave time: out if you do not know it yet.")
                default:
                    message = LocalizedText(
                        nl: "\(subject.nl) duurt 0 minuten. Vul in hoe lang de verstoring het werk ophoudt, of laat duur: weg als je dat nog niet weet.",
                        en: "\(subject.en) lasts 0 minutes. Fill in how long the disruption holds up the work, or leave duration: out if you do not know it yet.")
                }
                context.report(fileIndex: declaration.fileIndex, range: value.range, message: message, map: map)
            }
        }
    }
}
