import StroomSyntax

/// W605 — a `# stroom:` directive that names no known code.
enum DirectiveUnknownCode: CheckRule {
    static let info = RuleInfo(
        code: "W605", severity: .warning,
        title: LocalizedText(nl: "Onbekende code in # stroom:", en: "Unknown code in # stroom:"),
        explanation: LocalizedText(
            nl: "Een regel # stroom: negeer V302 noemt codes van Stroom (zie stroom explain). Deze code bestaat niet, dus de regel doet niets. Vaak is het een tikfout.",
            en: "A line # stroom: ignore V302 names Stroom codes (see stroom explain). This code does not exist, so the line does nothing. Often it is a typo."),
        example: "# stroom: negeer V3O2   # W605 (een O in plaats van een 0)")

    static func check(_ context: inout CheckContext) {
        let known = CodeCatalog.all.map(\.code.rawValue)
        for (index, file) in context.analysis.files.enumerated() {
            for directive in file.directives {
                for code in directive.codes where CodeCatalog.info(for: code.code) == nil {
                    let suggestion = Suggestions.nearest(to: code.code.rawValue, in: known)
                    context.report(fileIndex: index, range: code.range, message: LocalizedText(
                        nl: "\(MessageParts.q(code.code.rawValue)) is geen code van Stroom.\(suggestion.map { " Bedoel je \($0)?" } ?? "")",
                        en: "\(MessageParts.q(code.code.rawValue)) is not a Stroom code.\(suggestion.map { " Did you mean \($0)?" } ?? "")"),
                        fixes: suggestion.map { [Fixes.replace(code.range, with: $0)] } ?? [])
                }
            }
        }
    }
}
