import StroomSyntax

/// V322 — an observation moment whose clock time is not later than the previous moment's.
///
/// A moment lasts until the next one starts (the observations of 't Blokhuus), so the times of
/// a day must go forward; a time that repeats or goes back makes every derived duration wrong.
enum MomentTimeNotLater: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V322", severity: .error,
        title: LocalizedText(nl: "Momenten niet op volgorde van tijd", en: "Moments not in time order"),
        explanation: LocalizedText(
            nl: "Een moment in een observatie duurt tot het volgende moment begint. Daarom moet elk moment later beginnen dan het vorige; anders kloppen de berekende minuten (en het aandeel ICT) niet. Zet de momenten in de volgorde van de dag, of verbeter de tijd.",
            en: "A moment of an observation lasts until the next moment starts. So every moment must start later than the one before; otherwise the derived minutes (and the ICT share) are wrong. Put the moments in the order of the day, or correct the time."),
        example: "moment taal \"Taalles\" { om: 08:30 }\nmoment rekenen \"Rekenles\" { om: 08:15 }   # V322")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for observation in analysis.members(of: map, .observation) {
                var previous: (id: DeclarationID, clock: Int)?
                for moment in analysis[observation].children where analysis.kind(moment) == .moment {
                    guard analysis[moment].name != nil, let clock = analysis.values(moment, .clock).first?.clock else { continue }
                    defer { previous = (moment, clock) }
                    guard let before = previous, clock <= before.clock else { continue }
                    report(moment, clock: clock, previous: before, map: map, context: &context)
                }
            }
        }
    }

    static func report(_ moment: DeclarationID, clock: Int, previous: (id: DeclarationID, clock: Int),
                       map: DeclarationID, context: inout CheckContext) {
        let analysis = context.analysis
        let declaration = analysis[moment]
        let range = declaration.attribute(.clock)?.values.first?.range ?? declaration.nameRange
        let subject = MessageParts.subject(declaration)
        let other = MessageParts.named(analysis[previous.id])
        let time = WorkingTimeText.clock(clock)
        let before = WorkingTimeText.clock(previous.clock)
        let message = clock == previous.clock
            ? LocalizedText(
                nl: "\(subject.nl) begint om \(time), net als het vorige moment \(other). Geef elk moment een latere tijd dan het vorige.",
                en: "\(subject.en) starts at \(time), the same time as the previous moment \(other). Give every moment a later time than the one before.")
            : LocalizedText(
                nl: "\(subject.nl) begint om \(time), vóór het vorige moment \(other) (\(before)). Zet de momenten in de volgorde van de dag of verbeter de tijd.",
                en: "\(subject.en) starts at \(time), before the previous moment \(other) (\(before)). Put the moments in the order of the day or correct the time.")
        let previousDeclaration = analysis[previous.id]
        let note = Note(path: analysis.path(of: previous.id),
                        range: previousDeclaration.attribute(.clock)?.values.first?.range ?? previousDeclaration.nameRange,
                        message: LocalizedText(nl: "het vorige moment", en: "the previous moment"))
        context.report(fileIndex: declaration.fileIndex, range: range, message: message, map: map, notes: [note])
    }
}
