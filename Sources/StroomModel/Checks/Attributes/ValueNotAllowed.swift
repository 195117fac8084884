import StroomSyntax

/// A204 — a word the attribute does not know (`fase: inspectie`).
enum ValueNotAllowed: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A204", severity: .error,
        title: LocalizedText(nl: "Waarde niet toegestaan", en: "Value not allowed"),
        explanation: LocalizedText(
            nl: "Sommige eigenschappen nemen alleen vaste woorden, zoals de fasen van Akkrum (fase: voorbereiding, uitvoering, evaluatie) of het kwadrant van een idee (categorie: organisatie, ict, persoonlijk, samenwerking). De melding somt de toegestane woorden op en stelt het dichtstbijzijnde voor. Nederlands en Engels mogen allebei.",
            en: "Some attributes take fixed words only, such as Akkrum's phases (phase: preparation, execution, evaluation) or an idea's quadrant (category: organisation, ict, personal, collaboration). The message lists the allowed words and suggests the nearest one. Dutch and English both work."),
        example: "probleem p \"P\" { fase: inspectie }   # A204: bedoel je ‘evaluatie’?")

    static func check(_ context: inout CheckContext) {
        for finding in context.analysis.valueFindings(for: info.code) {
            guard case .notAllowed(let word, let expected, let suggestion) = finding.problem else { continue }
            let listNL = expected.map { $0.listing(.nl) }.joined(separator: ", ")
            let listEN = expected.map { $0.listing(.en) }.joined(separator: ", ")
            let hintNL = suggestion.map { " Bedoel je \(MessageParts.q($0))?" } ?? ""
            let hintEN = suggestion.map { " Did you mean \(MessageParts.q($0))?" } ?? ""
            context.report(fileIndex: finding.fileIndex, range: finding.range, message: LocalizedText(
                nl: "\(MessageParts.q(word)) is geen toegestane waarde voor \(finding.attributeWord):. Kies uit: \(listNL).\(hintNL)",
                en: "\(MessageParts.q(word)) is not allowed for \(finding.attributeWord):. Choose from: \(listEN).\(hintEN)"),
                map: finding.owner.flatMap { context.analysis[$0].map },
                fixes: suggestion.map { [Fixes.replace(finding.range, with: $0)] } ?? [])
        }
        checkStagesFitTheMethod(&context)
        checkPhasesFitTheMethod(&context)
    }

    /// `stadium` must be a stage of the map's `methode` (its kind's default when not written).
    static func checkStagesFitTheMethod(_ context: inout CheckContext) {
        let analysis = context.analysis
        for map in analysis.maps(.process, .study) {
            guard let stage = analysis.enumValue(map, .stage), let written = analysis[map].attribute(.stage)?.values.first else { continue }
            let method = analysis.method(of: map)
            let stages: EnumSet? = switch method {
            case "vsm": EnumSets.vsmStage
            case "design_thinking": EnumSets.designThinkingStage
            default: nil
            }
            if let stages, stages.canonical(stage) != nil { continue }
            let listNL = stages.map { "Kies uit: \($0.listing(.nl))." } ?? "Deze methode kent geen stadia; laat stadium weg."
            let listEN = stages.map { "Choose from: \($0.listing(.en))." } ?? "This method has no stages; leave stage out."
            // A stage of another method: say whose it is.
            let owner: Method? = EnumSets.vsmStage.canonical(stage) != nil ? .vsm
                : EnumSets.designThinkingStage.canonical(stage) != nil ? .designThinking : nil
            let ownerNL = owner.map { " Het is een stadium van \($0.name.nl) (methode: \($0.word))." } ?? ""
            let ownerEN = owner.map { " It is a stage of \($0.name.en) (method: \($0.word))." } ?? ""
            context.report(fileIndex: analysis[map].fileIndex, range: written.range, message: LocalizedText(
                nl: "\(MessageParts.q(stage)) is geen stadium van de methode \(MessageParts.q(method)).\(ownerNL) \(listNL)",
                en: "\(MessageParts.q(stage)) is not a stage of the method \(MessageParts.q(method)).\(ownerEN) \(listEN)"))
        }
    }
}
