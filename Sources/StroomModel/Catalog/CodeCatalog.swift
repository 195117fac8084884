import StroomSyntax

/// Every diagnostic code Stroom can give, with its catalog entry: the syntax codes of the
/// parser, the workspace codes that are not rules, and every rule of the registry.
public enum CodeCatalog {
    public static let all: [RuleInfo] = {
        let entries = SyntaxCatalog.entries + [InvalidUTF8.info, InvalidConfiguration.info, FileTooLarge.info] + Registry.rules.map { $0.info }
        return entries.sorted { $0.code < $1.code }
    }()

    private static let byCode: [DiagnosticCode: RuleInfo] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    public static func info(for code: DiagnosticCode) -> RuleInfo? {
        byCode[code]
    }
}
