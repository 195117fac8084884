import StroomSyntax

/// B412 — a theme with other than two selected initiatives.
///
/// Session 2, round 3: "SELECTIE VAN TWEE (VERNIEUWENDE) INITIATIEVEN OM CONCREET MEE AAN DE
/// SLAG TE GAAN" — each theme's subgroup chooses two initiatives. A hint: a team may choose
/// otherwise. Before the choosing has started (no initiative selected, and the map's `fase` is
/// before `sessie2`) there is nothing to count yet.
enum ThemeWithoutTwoSelectedInitiatives: CheckRule {
    static let info = RuleInfo(
        code: "B412", severity: .hint,
        title: LocalizedText(nl: "Thema zonder twee gekozen initiatieven", en: "Theme without two selected initiatives"),
        explanation: LocalizedText(
            nl: "In sessie 2 kiest elke subgroep per beleidsthema twee vernieuwende initiatieven om concreet mee aan de slag te gaan. Meer maakt het werk te groot, minder laat het thema liggen. Markeer de twee gekozen initiatieven met gekozen: ja.",
            en: "In session 2 each subgroup chooses two innovative initiatives per policy theme to get started with. More makes the work too big, fewer leaves the theme lying. Mark the two chosen initiatives with selected: yes."),
        example: "thema maatwerk \"Maatwerk\" {\n  initiatief a \"A\" { gekozen: ja }   # B412 op maatwerk: maar één gekozen\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            let choosing = analysis.benefitPhase(map, isAtLeast: "sessie2")
                || analysis.members(of: map, .initiative).contains(where: analysis.isSelected)
            guard choosing else { continue }
            for theme in analysis.members(of: map, .theme) {
                guard analysis[theme].name != nil else { continue }
                let selected = analysis.clustered(by: theme).filter { analysis[$0].kind == .initiative && analysis.isSelected($0) }
                guard selected.count != 2 else { continue }
                let subject = MessageParts.subject(analysis[theme])
                let count: LocalizedText
                switch selected.count {
                case 0: count = LocalizedText(nl: "geen gekozen initiatieven", en: "no selected initiatives")
                case 1: count = LocalizedText(nl: "één gekozen initiatief", en: "one selected initiative")
                default: count = LocalizedText(nl: "\(selected.count) gekozen initiatieven", en: "\(selected.count) selected initiatives")
                }
                context.report(on: theme, message: LocalizedText(
                    nl: "\(subject.nl) heeft \(count.nl); het stappenplan kiest er twee per thema (gekozen: ja).",
                    en: "\(subject.en) has \(count.en); the step plan selects two per theme (selected: yes)."),
                    notes: selected.map { context.note(at: $0, LocalizedText(nl: "gekozen", en: "selected")) })
            }
        }
    }
}
