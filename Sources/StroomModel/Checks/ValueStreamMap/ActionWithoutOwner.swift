import StroomSyntax

/// V302 — an action point with no owner.
///
/// The step plan says "Benoem leiders/verantwoordelijken per actiepunt": an action point that
/// nobody leads does not happen. `eigenaar: open` says on purpose that the owner is still to
/// be found; that is only a hint.
enum ActionWithoutOwner: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V302", severity: .warning,
        title: LocalizedText(nl: "Actiepunt zonder eigenaar", en: "Action point without an owner"),
        explanation: LocalizedText(
            nl: "Het stappenplan zegt: ‘benoem leiders/verantwoordelijken per actiepunt’; een actiepunt zonder eigenaar wordt vaak niet uitgevoerd. Schrijf wie het trekt (eigenaar: ib), of eigenaar: open zolang dat nog niet vaststaat (dan blijft het een hint). Vóór het stadium verandering is dit alleen een hint.",
            en: "The step plan says: ‘name leaders/responsible people for every action point’; an action point without an owner often does not get done. Write who leads it (owner: ib), or owner: open while that is not settled (it then stays a hint). Before the change stage this is only a hint."),
        example: "actie bouwmoment \"Bouwmoment plannen\" { uit: koppeling }   # V302: voeg eigenaar: ib toe",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            for action in analysis.members(of: map, .action) {
                guard analysis[action].name != nil else { continue }
                if analysis.enumValue(action, .owner) == "open" {
                    let subject = MessageParts.subject(analysis[action])
                    context.report(on: action, message: LocalizedText(
                        nl: "\(subject.nl) heeft nog geen eigenaar (eigenaar: open). Benoem wie het trekt zodra dat kan.",
                        en: "\(subject.en) has no owner yet (owner: open). Name who leads it as soon as you can."),
                        severity: .hint)
                } else if !analysis.has(action, .owner) {
                    let subject = MessageParts.subject(analysis[action])
                    context.report(on: action, message: LocalizedText(
                        nl: "\(subject.nl) heeft geen eigenaar. Schrijf wie het trekt (eigenaar: …), of eigenaar: open als dat nog niet vaststaat.",
                        en: "\(subject.en) has no owner. Write who leads it (owner: …), or owner: open if that is not settled yet."),
                        fixes: [Fixes.addAttribute(.owner, value: "open", to: action, in: analysis, title: LocalizedText(
                            nl: "Schrijf eigenaar: open", en: "Write owner: open"))])
                }
            }
        }
    }
}
