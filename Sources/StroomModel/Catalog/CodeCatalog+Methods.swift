import StroomSyntax

/// The table rule × method of `docs/checks.md`, generated from `RuleMethods` so that a rule
/// added without a method fails the docs test.
extension CodeCatalog {
    public static func methodTableMarkdown() -> String {
        let methods = Method.allCases
        var text = "| code | rule | " + methods.map { "`\($0.word)`" }.joined(separator: " | ") + " |\n"
        text += "| --- | --- | " + methods.map { _ in "---" }.joined(separator: " | ") + " |\n"
        for rule in Registry.rules {
            let info = rule.info
            let own = RuleMethods.methods(of: info.code)
            let cells = methods.map { own.isEmpty ? "all" : (own.contains($0) ? "✓" : "") }
            text += "| \(info.code) | \(info.title.en) | " + cells.joined(separator: " | ") + " |\n"
        }
        return text
    }
}
