import StroomSyntax

/// B406 — a cycle in the contributes-to arrows.
///
/// The benefit logic is a cause-effect diagram that "systematisch terug redeneert" from the
/// purpose to what is needed: contributing runs one way, so A contributing to B contributing to
/// A is a mistake. One diagnostic per group of means that contribute to each other (see
/// ``Analysis/contributionCycles(in:)``), on the first arrow of its shortest cycle, with every
/// arrow of that cycle as a related location.
enum CircularContribution: CheckRule {
    static let info = RuleInfo(
        code: "B406", severity: .error,
        title: LocalizedText(nl: "Pijlen in een kring", en: "Arrows in a circle"),
        explanation: LocalizedText(
            nl: "‘Draagt bij aan’ loopt één kant op: van middel naar bedoeling. Als A bijdraagt aan B en B weer aan A, is niet meer te zien wat het middel is en wat het doel. Zoek in de kring de pijl die andersom staat, en draai hem om of haal hem weg.",
            en: "‘Contributes to’ runs one way: from means to purpose. When A contributes to B and B again to A, nobody can tell the means from the end. Find the arrow in the circle that points the wrong way, and reverse or remove it."),
        example: "niveaugroepen -> maatwerk\nmaatwerk -> niveaugroepen   # B406")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.benefitLogic) {
            for cycle in analysis.contributionCycles(in: map) {
                guard let first = cycle.edges.first else { continue }
                let path = analysis.path(of: map)
                let loop = BenefitText.loop(cycle.members, in: analysis)
                context.report(fileIndex: first.edge.fileIndex, range: first.edge.range, message: LocalizedText(
                    nl: "Deze pijlen draaien in een kring: \(loop). Bijdragen loopt één kant op, van middel naar bedoeling: draai de pijl om die andersom staat, of haal hem weg.",
                    en: "These arrows go round in a circle: \(loop). Contributing runs one way, from means to purpose: reverse the arrow that points the wrong way, or remove it."),
                    map: map,
                    notes: cycle.edges.map { edge in
                        Note(path: path, range: edge.edge.range, message: LocalizedText(
                            nl: "pijl \(BenefitText.arrow(edge.edge)) in de kring", en: "arrow \(BenefitText.arrow(edge.edge)) of the circle"))
                    })
            }
        }
    }
}
