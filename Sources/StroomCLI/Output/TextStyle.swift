import StroomSyntax

/// Colour for people at a terminal: severity, code and path, as rustc and ruff colour them.
/// Off when stdout is not a terminal, with `NO_COLOR` (any non-empty value), or with
/// `--color never`; on with `--color always`, `FORCE_COLOR` or `CLICOLOR_FORCE`.
struct TextStyle {
    let colored: Bool

    static let plain = TextStyle(colored: false)

    /// The choice for a command line: `--color` first, then the environment, then `isatty(1)`.
    static func choose(flag: String?, context: CommandContext) -> TextStyle {
        switch flag {
        case "always": return TextStyle(colored: true)
        case "never": return .plain
        default: break
        }
        let environment = context.environment
        if let value = environment["NO_COLOR"], !value.isEmpty { return .plain }
        for name in ["FORCE_COLOR", "CLICOLOR_FORCE"] {
            if let value = environment[name], !value.isEmpty, value != "0" { return TextStyle(colored: true) }
        }
        return TextStyle(colored: context.outputIsTerminal)
    }

    enum Paint: String {
        case bold = "1"
        case error = "1;31"
        case warning = "1;33"
        case note = "1;36"
        case gutter = "1;34"
    }

    func paint(_ text: String, _ paint: Paint) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }

    static func paint(for severity: Severity) -> Paint {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info, .hint: .note
        }
    }
}

extension OptionSpec {
    /// `--color auto|always|never`.
    static let color = OptionSpec("color", value: "WHEN", choices: ["auto", "always", "never"], help: LocalizedText(
        nl: "Kleur: auto (standaard: alleen op een terminal en zonder NO_COLOR), always of never.",
        en: "Colour: auto (default: only on a terminal and without NO_COLOR), always or never."))
}
