import StroomSyntax

/// V334 — a process that says nothing about how often it happens.
///
/// Akkrum's first workshop places every work process in the werkdruk-frequentiematrix: "Voor
/// alle werkprocessen ontstaat zo een beeld hoe vaak ze voorkomen en welke reële werkdruk ze
/// veroorzaken" (000:392-398; the rows are dagelijks, maandelijks, jaarlijks, 000:888-914).
/// `frequentie:` on the map records where the process sits. A hint: the figure is for choosing
/// processes, the map reads without it.
enum ProcessWithoutFrequency: CheckRule {
    static let info = RuleInfo(
        code: "V334", severity: .hint,
        title: LocalizedText(nl: "Proces zonder frequentie", en: "Process without a frequency"),
        explanation: LocalizedText(
            nl: "In de eerste workshop zet het team elk werkproces in de werkdruk-frequentiematrix: hoe vaak komt het voor (dagelijks, maandelijks, jaarlijks) en hoeveel werkdruk geeft het? Zo zie je welke processen het meest opleveren als ze beter gaan. Schrijf bij het proces hoe vaak het voorkomt: frequentie: maandelijks (of 3x per week).",
            en: "In the first workshop the team places every work process in the workload-frequency matrix: how often does it happen (daily, monthly, yearly) and how much workload does it give? That shows which processes gain most from improving. Write on the process how often it happens: frequency: monthly (or 3x per week)."),
        example: "proces groepsplannen \"Groepsplannen maken\" {   # V334\n  frequentie: 3x per jaar   # zo wel\n}")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process) where !analysis.has(map, .frequency) {
            let declaration = analysis[map]
            let word = MessageParts.attribute(.frequency, like: declaration)
            let subject = MessageParts.subject(declaration)
            context.report(on: map, message: LocalizedText(
                nl: "\(subject.nl) zegt niet hoe vaak het voorkomt. Schrijf erbij hoe vaak (\(word): maandelijks, of 3x per jaar); samen met de werkdruk bepaalt dat de plaats in de werkdruk-frequentiematrix.",
                en: "\(subject.en) does not say how often it happens. Write down how often (\(word): monthly, or 3x per year); with the workload it sets the place in the workload-frequency matrix."))
        }
    }
}
