import StroomSyntax

/// W604 — a `# stroom:` directive that names a code which cannot be changed.
enum DirectiveCannotSilence: CheckRule {
    static let info = RuleInfo(
        code: "W604", severity: .warning,
        title: LocalizedText(nl: "Deze code kan niet uit", en: "This code cannot be turned off"),
        explanation: LocalizedText(
            nl: "Met # stroom: negeer CODE zet je een melding uit (of met # stroom: hint CODE lager). Fouten in de syntaxis en in namen (S…, N101–N104, W603) kunnen niet uit: daarmee klopt het bestand niet, en dan klopt de rest van de controle ook niet.",
            en: "With # stroom: ignore CODE you turn a diagnostic off (or lower it with # stroom: hint CODE). Syntax and name errors (S…, N101–N104, W603) cannot be turned off: with them the file is wrong, and then the rest of the check is unreliable too."),
        example: "# stroom: negeer N102   # W604")

    static func check(_ context: inout CheckContext) {
        for (index, file) in context.analysis.files.enumerated() {
            for directive in file.directives {
                for code in directive.codes {
                    guard let info = CodeCatalog.info(for: code.code), !info.canBeSilenced else { continue }
                    context.report(fileIndex: index, range: code.range, message: LocalizedText(
                        nl: "\(code.code) is een fout in syntaxis of namen en kan niet uit; los de fout op.",
                        en: "\(code.code) is a syntax or name error and cannot be turned off; fix the error."))
                }
            }
        }
    }
}
