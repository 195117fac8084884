import StroomSyntax

/// B408 — an activity that belongs to no theme.
///
/// After session 1 the facilitator formulates the policy themes "op basis van deze samenhang":
/// the themes cluster the activities. Before that (`fase: sessie1`, or no phase) an activity
/// without a theme is normal, so this is a hint; from `stap3` on it is a warning.
enum ActivityWithoutTheme: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "B408", severity: .hint,
        title: LocalizedText(nl: "Activiteit zonder thema", en: "Activity without a theme"),
        explanation: LocalizedText(
            nl: "Na sessie 1 worden de beleidsthema’s geformuleerd als clusters van activiteiten. Een activiteit zonder thema valt dan buiten het gesprek in sessie 2. Zet de activiteit binnen de { } van een thema, of geef haar thema: met de naam van het thema. Vanaf fase stap3 is dit een waarschuwing.",
            en: "After session 1 the policy themes are formulated as clusters of activities. An activity without a theme then falls outside the talk in session 2. Put the activity inside the { } of a theme, or give it theme: with the name of the theme. From phase stap3 on this is a warning."),
        example: "activiteit leesclub \"Leesclub\"   # B408: thema: … ontbreekt")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let severity: Severity? = analysis.benefitPhase(map, isAtLeast: "stap3") ? .warning : nil
            let themes = analysis.members(of: map, .theme).filter { analysis[$0].name != nil }
            for activity in analysis.members(of: map, .activity) {
                guard analysis[activity].name != nil, !analysis.has(activity, .theme) else { continue }
                let subject = MessageParts.subject(analysis[activity])
                context.report(on: activity, message: LocalizedText(
                    nl: "\(subject.nl) hoort bij geen thema. Zet haar in een beleidsthema (binnen de { } van het thema, of schrijf thema: …).",
                    en: "\(subject.en) belongs to no theme. Put it in a policy theme (inside the { } of the theme, or write theme: …)."),
                    severity: severity,
                    fixes: themes.prefix(3).map { theme in
                        let name = analysis[theme].quotedName
                        return Fixes.addAttribute(.theme, value: name, to: activity, in: analysis, title: LocalizedText(
                            nl: "Zet in thema \(MessageParts.q(name))", en: "Put in theme \(MessageParts.q(name))"))
                    })
            }
        }
    }
}
