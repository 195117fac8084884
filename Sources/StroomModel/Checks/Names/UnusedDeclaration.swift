import StroomSyntax

/// N105 — a person or ICT system that nothing refers to.
///
/// The design also names principles and stakeholders; those have rules of their own that say
/// more (B416: no initiative applies the principle, B402: the stakeholder has no "blij als"),
/// so N105 leaves them to those rules instead of reporting the same thing twice.
enum UnusedDeclaration: CheckRule {
    static let info = RuleInfo(
        code: "N105", severity: .hint,
        title: LocalizedText(nl: "Genoemd in de kaart maar bij niets gebruikt", en: "In the map but linked to nothing"),
        explanation: LocalizedText(
            nl: "Een persoon of ICT-systeem dat in de kaarten aan niets gekoppeld is, doet in de kaart niet mee (op school kan het wel gebruikt worden). Koppel het aan een stap (door:, ict:) of haal het weg. Editors tonen het vaag. Voor principes en stakeholders zijn er eigen meldingen (B416, B402).",
            en: "A person or ICT system that nothing in the maps links to takes no part in the map (the school may well use it). Link it to a step (by:, ict:) or remove it. Editors show it faded. Principles and stakeholders have their own diagnostics (B416, B402)."),
        example: "ict digibord \"Digibord\"   # N105 als geen stap ict: digibord heeft")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for id in analysis.declarations(of: .person, .ict) {
            let declaration = analysis[id]
            guard declaration.name != nil, analysis.referrers(of: id).isEmpty, declaration.children.isEmpty else { continue }
            context.report(on: declaration.id, message: LocalizedText(
                nl: "\(MessageParts.subject(declaration).nl) is in deze kaarten nog aan niets gekoppeld. Noem het bij een stap (door: of ict:), of haal het weg als het niet meedoet.",
                en: "\(MessageParts.subject(declaration).en) is not linked to anything in these maps yet. Name it at a step (by: or ict:), or remove it if it takes no part."),
                tags: [.unnecessary])
        }
    }
}
