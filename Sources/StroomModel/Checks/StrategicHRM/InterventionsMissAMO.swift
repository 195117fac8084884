import StroomSyntax

/// H706 — the selected initiatives for a goal do not cover Ability, Motivation and Opportunity
/// together: "Sterke aanbeveling: … zowel Ability, Motivation als Opportunity" (004:2155-2156).
enum InterventionsMissAMO: CheckRule {
    static let info = RuleInfo(
        code: "H706", severity: .warning,
        title: LocalizedText(nl: "Interventies zonder A, M én O", en: "Interventions without A, M and O"),
        explanation: LocalizedText(
            nl: "De handreiking beveelt sterk aan om bij een doel zowel het kunnen (ability), het willen (motivation) als het mogen (opportunity) te versterken: één soort interventie alleen werkt minder. Kijk naar de gekozen initiatieven die aan het doel bijdragen en hun amo:. Ontbreekt er een, kies dan een initiatief dat die aanvult, of schrijf bij een bestaand initiatief dat het er ook op aangrijpt. Vóór de fase doe is dit een hint, vanaf doe een waarschuwing.",
            en: "The guide strongly recommends strengthening ability, motivation and opportunity together for a goal: one kind of intervention alone works less well. Look at the selected initiatives that contribute to the goal and their amo:. When one is missing, choose an initiative that adds it, or write on an existing initiative that it acts on it too. Before the phase do this is a hint, from do on a warning."),
        example: "initiatief training \"Training\" { gekozen: ja  amo: kunnen }\ntraining -> ict   # H706 op doel ict: willen en mogen ontbreken",
        hintBeforePhase: "doe")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.shrmMaps {
            let contribution = analysis.contribution(map)
            for goal in analysis.members(of: map, .goal) where analysis[goal].name != nil {
                let selected = (contribution.contributorsByPurpose[goal] ?? [])
                    .filter { analysis.kind($0) == .initiative && analysis.isSelected($0) }
                guard !selected.isEmpty else { continue }
                let covered = Set(selected.flatMap { analysis.enumValues($0, .amo) })
                let missing = EnumSets.amo.values.filter { !covered.contains($0.dutch) }
                guard !missing.isEmpty else { continue }
                let nl = missing.map { "\($0.dutch) (\($0.english))" }.joined(separator: ", ")
                let en = missing.map { "\($0.english) (\($0.dutch))" }.joined(separator: ", ")
                let subject = MessageParts.subject(analysis[goal])
                context.report(on: goal, message: LocalizedText(
                    nl: "De gekozen initiatieven voor \(subject.nl.lowercasedFirst) versterken nog niet alles van het AMO-model: \(nl) \(missing.count == 1 ? "ontbreekt" : "ontbreken"). Kies een initiatief dat dat aanvult, of vul amo: aan.",
                    en: "The selected initiatives for \(subject.en.lowercasedFirst) do not yet strengthen all of the AMO model: \(en) \(missing.count == 1 ? "is" : "are") missing. Choose an initiative that adds it, or complete amo:."))
            }
        }
    }
}

extension String {
    /// "Doel ‘X’" → "doel ‘X’", for a subject in the middle of a sentence.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
