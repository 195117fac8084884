import StroomSyntax

/// B407 — a theme that clusters no activity or initiative.
///
/// "De beleidsthema's zijn clusteringen van activiteiten": a theme without activities or
/// initiatives (nested in it, or naming it in `thema:`) is only a heading.
enum ThemeWithoutMembers: CheckRule {
    static let info = RuleInfo(
        code: "B407", severity: .warning,
        title: LocalizedText(nl: "Thema zonder activiteiten", en: "Theme without activities"),
        explanation: LocalizedText(
            nl: "Beleidsthema’s zijn clusters van activiteiten: ze ontstaan uit de samenhang in de batenlogica. Een thema zonder activiteiten of initiatieven is nog maar een kopje. Zet de activiteiten en initiatieven die erbij horen in het thema (binnen de { } van het thema, of met thema: …).",
            en: "Policy themes are clusters of activities: they grow out of the connections in the benefit logic. A theme without activities or initiatives is only a heading so far. Put the activities and initiatives that belong to it in the theme (inside the { } of the theme, or with theme: …)."),
        example: "thema ouders_betrekken \"Ouders betrekken\"   # B407: nog leeg")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for theme in analysis.members(of: map, .theme) {
                guard let name = analysis[theme].name, analysis.clustered(by: theme).isEmpty else { continue }
                let subject = MessageParts.subject(analysis[theme])
                context.report(on: theme, message: LocalizedText(
                    nl: "\(subject.nl) bundelt nog geen activiteiten of initiatieven. Zet ze binnen de { } van het thema, of schrijf thema: \(name) bij de activiteit.",
                    en: "\(subject.en) clusters no activities or initiatives yet. Put them inside the { } of the theme, or write theme: \(name) on the activity."))
            }
        }
    }
}
