import StroomSyntax

/// A201 — an attribute the kind does not have.
enum UnknownAttribute: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A201", severity: .error,
        title: LocalizedText(nl: "Onbekende eigenschap", en: "Unknown attribute"),
        explanation: LocalizedText(
            nl: "Elke soort heeft zijn eigen eigenschappen: een stap heeft door:, tijd:, ict: …, een probleem heeft bij:, fase:, impact: … (zie docs/language.md). Deze eigenschap hoort niet bij deze soort. Vaak is het een tikfout of hoort hij bij iets anders; Stroom stelt de dichtstbijzijnde voor.",
            en: "Each kind has its own attributes: a step has by:, time:, ict: …, a problem has at:, phase:, impact: … (see docs/language.md). This attribute does not belong to this kind. Often it is a typo or belongs to something else; Stroom suggests the nearest one."),
        example: "stap schrijven \"Schrijven\" { tjd: 2u }   # A201: bedoel je ‘tijd’?")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for declaration in analysis.declarationsInScope {
            guard let kind = declaration.kind else { continue }
            for attribute in declaration.attributes where attribute.name == nil {
                report(attribute, candidates: Schema.attributes(of: kind), owner: MessageParts.subject(declaration),
                       fileIndex: declaration.fileIndex, context: &context)
            }
        }
        for edge in analysis.edgesInScope {
            for attribute in edge.edge.attributes where attribute.name == nil {
                report(attribute, candidates: Schema.edgeAttributes,
                       owner: LocalizedText(nl: "Een pijl", en: "An arrow"), fileIndex: edge.edge.fileIndex, context: &context)
            }
        }
    }

    static func report(_ attribute: Attribute, candidates: [AttributeSpec], owner: LocalizedText, fileIndex: Int, context: inout CheckContext) {
        let english = AttributeName.allCases.contains { $0.english == attribute.word && $0.dutch != attribute.word }
        let spellings = candidates.map { english ? $0.name.english : $0.name.dutch }
        let suggestion = Suggestions.nearest(to: attribute.word, in: spellings + candidates.map(\.name.dutch) + candidates.map(\.name.english))
        let listNL = candidates.map(\.name.dutch).joined(separator: ", ")
        let listEN = candidates.map(\.name.english).joined(separator: ", ")
        let hintNL = suggestion.map { " Bedoel je \(MessageParts.q($0))?" } ?? " Mogelijk: \(listNL)."
        let hintEN = suggestion.map { " Did you mean \(MessageParts.q($0))?" } ?? " Possible: \(listEN)."
        context.report(fileIndex: fileIndex, range: attribute.nameRange, message: LocalizedText(
            nl: "\(owner.nl) heeft geen eigenschap \(MessageParts.q(attribute.word)).\(hintNL)",
            en: "\(owner.en) has no attribute \(MessageParts.q(attribute.word)).\(hintEN)"),
            fixes: suggestion.map { [Fixes.replace(attribute.nameRange, with: $0)] } ?? [])
    }
}
