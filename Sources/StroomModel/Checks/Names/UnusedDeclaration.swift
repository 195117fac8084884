import StroomSyntax

/// N105 — an actor, ICT system, principle or stakeholder that nothing refers to.
enum UnusedDeclaration: CheckRule {
    static let info = RuleInfo(
        code: "N105", severity: .hint,
        title: LocalizedText(nl: "Gedeclareerd maar niet gebruikt", en: "Declared but never used"),
        explanation: LocalizedText(
            nl: "Een persoon, ict-systeem, principe of stakeholder die nergens genoemd wordt, doet in de kaart niet mee. Koppel het (door:, ict:, principes:, wie:) of haal het weg. Editors tonen het vaag.",
            en: "A person, ICT system, principle or stakeholder that nothing names takes no part in the map. Link it (by:, ict:, principles:, who:) or remove it. Editors show it faded."),
        example: "ict digibord \"Digibord\"   # N105 als geen stap ict: digibord heeft")

    static let kinds: Set<DeclarationKind> = [.person, .ict, .principle, .stakeholder]

    static func check(_ context: inout CheckContext) {
        let analysis = context.analysis
        for declaration in analysis.declarations {
            guard let kind = declaration.kind, kinds.contains(kind), declaration.name != nil,
                  analysis.referrers(of: declaration.id).isEmpty, declaration.children.isEmpty else { continue }
            context.report(on: declaration.id, message: LocalizedText(
                nl: "\(MessageParts.subject(declaration).nl) wordt nergens gebruikt.",
                en: "\(MessageParts.subject(declaration).en) is never used."),
                tags: [.unnecessary])
        }
    }
}
