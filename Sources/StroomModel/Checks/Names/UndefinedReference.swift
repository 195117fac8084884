import StroomSyntax

/// N102 — a name that nothing declares.
enum UndefinedReference: CheckRule {
    static let info = RuleInfo(
        code: "N102", severity: .error,
        title: LocalizedText(nl: "Onbekende naam", en: "Undefined name"),
        explanation: LocalizedText(
            nl: "Een verwijzing (zoals door: leraar of een pijl a -> b) noemt een naam die nergens in de kaart voorkomt. Meestal is het een tikfout: Stroom stelt dan de dichtstbijzijnde naam voor. Anders schrijf je het er alsnog bij (de snelle oplossing doet dat). Een naam uit een andere kaart schrijf je als kaart.naam.",
            en: "A reference (such as by: leraar or an arrow a -> b) names something that appears nowhere in the map. Usually it is a typo: Stroom then suggests the nearest name. Otherwise add it (the quick fix does that). A name from another map is written as map.name."),
        example: "persoon leraar \"Groepsleraar\"\nstap schrijven \"Schrijven\" { door: leeraar }   # N102: bedoel je ‘leraar’?",
        canBeSilenced: false)

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for finding in analysis.valueFindings(for: info.code) {
            guard case .undefined(let reference, let suggestion, let expected) = finding.problem else { continue }
            var fixes: [Fix] = []
            if let suggestion { fixes.append(Fixes.replace(reference.range, with: suggestion)) }
            // Declare it as the first expected kind that may live in the map (a benefit logic
            // holds stakeholders, not persons).
            let mapKind = finding.owner.flatMap { analysis[analysis[$0].map ?? $0].kind }
            let fitting = expected.first { kind in mapKind.map { Schema.children(of: $0).contains(kind) } ?? true }
            if reference.map == nil, let owner = finding.owner, let kind = fitting,
               let declare = Fixes.declare(reference.name, as: kind, nameUsedBy: owner, in: analysis) {
                fixes.append(declare)
            }
            let hintNL = suggestion.map { " Bedoel je \(MessageParts.q($0))?" }
                ?? (expected.isEmpty ? "" : " Is het nieuw? Schrijf het dan als \(MessageParts.kindList(expected, .nl)) op een eigen regel in de kaart.")
            let hintEN = suggestion.map { " Did you mean \(MessageParts.q($0))?" }
                ?? (expected.isEmpty ? "" : " Is it new? Then write it as \(MessageParts.kindList(expected, .en)) on a line of its own in the map.")
            let whereNL = reference.map.map { " in kaart \(MessageParts.q($0))" } ?? ""
            let whereEN = reference.map.map { " in map \(MessageParts.q($0))" } ?? ""
            context.report(fileIndex: finding.fileIndex, range: reference.range, message: LocalizedText(
                nl: "\(MessageParts.q(reference.name)) komt nergens\(whereNL) voor als naam van iets.\(hintNL)",
                en: "\(MessageParts.q(reference.name)) is not the name of anything\(whereEN).\(hintEN)"),
                fixes: fixes)
        }
    }
}
