import StroomSyntax

/// V304 — a step with no process time.
///
/// The step plan says "Kwantificeer processtappen waar mogelijk": with times, the map shows
/// the process time, the lead time and where the time goes.
enum StepWithoutTime: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V304", severity: .hint,
        title: LocalizedText(nl: "Stap zonder tijd", en: "Step without a time"),
        explanation: LocalizedText(
            nl: "Het stappenplan zegt: ‘kwantificeer processtappen waar mogelijk’. Met een tijd per stap rekent Stroom de procestijd, de doorlooptijd en de verhouding daartussen uit. Een schatting is goed genoeg (tijd: 30min).",
            en: "The step plan says: ‘quantify process steps where possible’. With a time per step Stroom works out the process time, the lead time and the ratio between them. An estimate is good enough (time: 30min)."),
        example: "stap bespreken \"Bespreken met IB\" { door: leraar }   # V304: voeg tijd: 30min toe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) {
            for step in analysis.members(of: map, .step) {
                guard analysis[step].name != nil, !analysis.has(step, .time) else { continue }
                let subject = MessageParts.subject(analysis[step])
                context.report(on: step, message: LocalizedText(
                    nl: "\(subject.nl) heeft nog geen tijdsduur (tijd:). Schat hoe lang de stap duurt, bijvoorbeeld tijd: 30min; dan rekent Stroom de doorlooptijd uit.",
                    en: "\(subject.en) has no duration yet (time:). Estimate how long the step takes, for example time: 30min; then Stroom works out the lead time."))
            }
        }
    }
}
