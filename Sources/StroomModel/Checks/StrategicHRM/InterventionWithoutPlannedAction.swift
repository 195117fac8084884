import StroomSyntax

/// H709 — a selected initiative without an action that has both an owner and a date: the
/// implementation plan puts interventions in time, with roles (004:2391-2394, 2443-2444).
enum InterventionWithoutPlannedAction: CheckRule {
    static let info = RuleInfo(
        code: "H709", severity: .warning,
        title: LocalizedText(nl: "Gekozen initiatief zonder geplande actie", en: "Selected initiative without a planned action"),
        explanation: LocalizedText(
            nl: "Het implementatieplan zet de gekozen interventies in de tijd, met rollen: wie doet wat, en wanneer? Geef een gekozen initiatief minstens één actie met een eigenaar (eigenaar:) en een datum (gereed:). Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "The implementation plan puts the selected interventions in time, with roles: who does what, and when? Give a selected initiative at least one action with an owner (owner:) and a date (due:). Before the phase do this is a hint, from do on a warning."),
        example: "initiatief portal \"Portal\" { gekozen: ja  actie a \"Inrichten\" }   # H709: eigenaar en gereed ontbreken",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            for initiative in analysis.members(of: map, .initiative) where analysis[initiative].name != nil && analysis.isSelected(initiative) {
                let actions = analysis[initiative].children.filter { analysis.kind($0) == .action }
                guard !actions.contains(where: { analysis.has($0, .owner) && analysis.has($0, .due) }) else { continue }
                let subject = MessageParts.subject(analysis[initiative])
                let what = actions.isEmpty
                    ? LocalizedText(nl: "heeft nog geen actie", en: "has no action yet")
                    : LocalizedText(nl: "heeft geen actie met een eigenaar én een datum", en: "has no action with both an owner and a date")
                context.report(on: initiative, message: LocalizedText(
                    nl: "\(subject.nl) is gekozen, maar \(what.nl). Wie doet wat, en wanneer? Zet er een actie in met eigenaar: en gereed:.",
                    en: "\(subject.en) is selected, but \(what.en). Who does what, and when? Put an action in it with owner: and due:."))
            }
        }
    }
}
