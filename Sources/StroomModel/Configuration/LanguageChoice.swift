import StroomSyntax

/// The one rule for the language Stroom speaks, for the CLI and the language server alike.
/// Everything comes in as a value, so the rule is tested without touching the process.
///
/// The most explicit wish wins:
/// 1. the user's setting (`--lang`, the editor's `stroom.language`);
/// 2. the team's `stroom.json` (`taal`);
/// 3. the editor's locale (`initialize.params.locale`; the server only);
/// 4. the process's `LC_ALL`, then `LC_MESSAGES`, then `LANG` (`C` and `POSIX` wish nothing);
/// 5. the system's preferred languages (an app started from the Windows or macOS desktop has
///    no `LANG`): the first one Stroom speaks;
/// 6. English.
public struct LanguageChoice: Sendable, Equatable {
    /// Which step decided.
    public enum Source: String, Sendable {
        case setting, configuration, clientLocale, environment, system, fallback
    }

    public var setting: Language?
    public var configuration: Language?
    /// The client's locale as sent (`nl-NL`, `en`); nil or empty when it sent none.
    public var clientLocale: String?
    public var environment: [String: String]
    /// As `Locale.preferredLanguages` gives them (`nl-NL`, `en-US`, `de`).
    public var systemLanguages: [String]

    public init(setting: Language? = nil, configuration: Language? = nil, clientLocale: String? = nil,
                environment: [String: String] = [:], systemLanguages: [String] = []) {
        self.setting = setting
        self.configuration = configuration
        self.clientLocale = clientLocale
        self.environment = environment
        self.systemLanguages = systemLanguages
    }

    public var language: Language { decision.language }

    /// The language and the step that chose it (for the server's log).
    public var decision: (language: Language, source: Source) {
        if let setting { return (setting, .setting) }
        if let configuration { return (configuration, .configuration) }
        if let clientLocale, !clientLocale.isEmpty { return (Language(localeIdentifier: clientLocale), .clientLocale) }
        if let language = Self.environmentLanguage(environment) { return (language, .environment) }
        if let language = Self.systemLanguage(systemLanguages) { return (language, .system) }
        return (.en, .fallback)
    }

    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first that is set and not empty decides;
    /// `C`, `C.UTF-8` and `POSIX` mean no wish at all. Any language but Dutch is English.
    public static func environmentLanguage(_ environment: [String: String]) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            if value == "C" || value == "POSIX" || value.hasPrefix("C.") { return nil }
            return Language(localeIdentifier: value)
        }
        return nil
    }

    /// The first preferred language that is Dutch or English; nil when there is none.
    public static func systemLanguage(_ languages: [String]) -> Language? {
        for identifier in languages {
            let lowered = identifier.lowercased()
            if lowered.hasPrefix("nl") { return .nl }
            if lowered.hasPrefix("en") { return .en }
        }
        return nil
    }
}
