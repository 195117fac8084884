import StroomSyntax

/// B410 — a selected initiative with no action.
///
/// Session 2 chooses two initiatives per theme and asks "Welke activiteiten ondernemen we?":
/// what will the team concretely do. Actions are nested in their initiative.
enum SelectedInitiativeWithoutAction: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B410", severity: .warning,
        title: LocalizedText(nl: "Gekozen initiatief zonder acties", en: "Selected initiative without actions"),
        explanation: LocalizedText(
            nl: "Een gekozen initiatief wordt concreet gemaakt: ‘Welke activiteiten ondernemen we?’. Zonder acties blijft het een goed voornemen. Zet in het initiatief minstens één actie (actie … \"…\"), met een eigenaar en een datum als die er zijn.",
            en: "A selected initiative is made concrete: ‘Which activities do we undertake?’. Without actions it stays a good intention. Put at least one action in the initiative (action … \"…\"), with an owner and a date where known."),
        example: "initiatief rapportgesprek \"Leerlingen bij rapportgesprekken\" { gekozen: ja  eigenaar: ib }   # B410\n# zo wel: initiatief … { gekozen: ja  actie pilot \"Pilot in groep 7\" }")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for initiative in analysis.members(of: map, .initiative) {
                guard analysis[initiative].name != nil, analysis.isSelected(initiative),
                      !analysis[initiative].children.contains(where: { analysis[$0].kind == .action }) else { continue }
                let subject = MessageParts.subject(analysis[initiative])
                context.report(on: initiative, message: LocalizedText(
                    nl: "\(subject.nl) is gekozen, maar heeft nog geen acties. Wat gaan jullie concreet doen? Zet een actie in het initiatief (actie … \"…\").",
                    en: "\(subject.en) is selected but has no actions yet. What will you concretely do? Put an action in the initiative (action … \"…\")."))
            }
        }
    }
}
