import StroomSyntax

/// A202 — the same attribute twice on one declaration (the first one counts).
enum DuplicateAttribute: CheckRule {
    static let scope = RuleScope.map
    static let info = RuleInfo(
        code: "A202", severity: .warning,
        title: LocalizedText(nl: "Eigenschap twee keer gegeven", en: "Attribute given twice"),
        explanation: LocalizedText(
            nl: "Een eigenschap staat twee keer bij hetzelfde. Alleen de eerste telt; de tweede wordt genegeerd. Wil je meer waarden, zet ze dan achter elkaar met komma's: door: leraar, ib.",
            en: "An attribute appears twice on the same thing. Only the first counts; the second is ignored. For several values, list them with commas: by: leraar, ib."),
        example: "stap bespreken \"Bespreken\" { door: leraar  door: ib }   # A202: door: leraar, ib")

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        // By index, reading only the attribute names, and only declarations with two attributes
        // or more: copying each declaration and attribute cost more than the check itself. A
        // look back beats a dictionary for a handful of attributes.
        let declarations = analysis.declarationsInScope
        for index in declarations.indices where declarations[index].attributes.count > 1 {
            let attributes = declarations[index].attributes
            guard declarations[index].kind != nil else { continue }
            for position in 1..<attributes.count {
                guard let name = attributes[position].name,
                      let first = attributes.indices.first(where: { $0 < position && attributes[$0].name == name }) else { continue }
                let declaration = declarations[index]
                let attribute = attributes[position]
                let earlier = attributes[first]
                let path = analysis.files[declaration.fileIndex].source.path
                context.report(fileIndex: declaration.fileIndex, range: attribute.nameRange, message: LocalizedText(
                    nl: "\(MessageParts.q(attribute.word)) staat al eerder bij \(MessageParts.named(declaration)); alleen de eerste telt. Zet meer waarden achter elkaar met komma's.",
                    en: "\(MessageParts.q(attribute.word)) was already given on \(MessageParts.named(declaration)); only the first counts. List several values with commas."),
                    map: declaration.map,
                    notes: [Note(path: path, range: earlier.nameRange, message: LocalizedText(nl: "de eerste", en: "the first"))])
            }
        }
    }
}
