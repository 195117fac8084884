import StroomSyntax

/// V313 — an action point whose due date (`gereed`) has passed and whose status is not done.
///
/// Action points are followed up in later workshops; one that is past its date and not marked
/// `klaar` needs a new date or a status. Without a date for today (no clock), nothing is checked.
enum OverdueAction: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "V313", severity: .warning,
        title: LocalizedText(nl: "Actiepunt over de datum", en: "Overdue action point"),
        explanation: LocalizedText(
            nl: "Een actiepunt met een datum (gereed:) wordt in een volgende bijeenkomst nagelopen. Is de datum voorbij en staat de status niet op klaar, dan is het actiepunt blijven liggen of is de kaart niet bijgewerkt. Zet status: klaar als het af is, of spreek een nieuwe datum af. Vóór het stadium verandering is dit alleen een hint.",
            en: "An action point with a date (due:) is followed up in a later meeting. When the date has passed and the status is not done, the action point has been left behind or the map was not updated. Set status: done when it is finished, or agree on a new date. Before the change stage this is only a hint."),
        example: "actie bouwmoment \"Bouwmoment plannen\" { eigenaar: ib  gereed: 2026-03-01  status: bezig }   # V313 na 1 maart",
        stageDependent: true)

    static func check(_ context: inout CheckContext) {
        reportOverdue(in: context.analysis.maps(.process, .study), &context)
    }

    /// Every named action of these maps past its date and not `klaar`, with the "mark as done"
    /// fix: V313 for processes and studies, H712 for strategic-HRM benefit logics.
    static func reportOverdue(in maps: [DeclarationID], _ context: inout CheckContext) {
        let analysis = context.analysis
        guard let today = analysis.options.today else { return }
        for map in maps {
            for action in analysis.members(of: map, .action) {
                guard analysis[action].name != nil, let due = analysis.firstValue(action, .due)?.date, due < today,
                      analysis.enumValue(action, .status) != "klaar" else { continue }
                let subject = MessageParts.subject(analysis[action])
                context.report(on: action, message: LocalizedText(
                    nl: "\(subject.nl) zou op \(due) gereed zijn, maar staat nog niet op klaar. Zet status: klaar als het af is, of spreek een nieuwe datum af (gereed: …).",
                    en: "\(subject.en) was due on \(due) but is not done. Set status: done when it is finished, or agree on a new date (due: …)."),
                    fixes: [markDone(action, in: analysis)])
            }
        }
    }

    /// "Markeer als klaar": replaces the status value (in the language it was written in), or
    /// adds `status: klaar` (in the map's language).
    static func markDone(_ action: DeclarationID, in analysis: Analysis) -> Fix {
        let map = analysis[analysis[action].map ?? action]
        let done = EnumSets.status.values.first { $0.dutch == "klaar" }!
        let title = LocalizedText(nl: "Markeer als klaar", en: "Mark as done")
        if let status = analysis[action].attribute(.status), let value = status.values.first {
            // Follow the written word when it is clearly one language (`bezig` / `doing`), else the map.
            var english = MessageParts.isEnglish(map)
            if case .word(let reference) = value.content,
               let written = EnumSets.status.values.first(where: { [$0.dutch, $0.english].contains(reference.name) }),
               written.dutch != written.english {
                english = written.english == reference.name
            }
            return Fix(title: title, edits: [TextEdit(range: value.range, newText: english ? done.english : done.dutch)])
        }
        return Fixes.addAttribute(.status, value: MessageParts.isEnglish(map) ? done.english : done.dutch, to: action, in: analysis, title: title)
    }
}
