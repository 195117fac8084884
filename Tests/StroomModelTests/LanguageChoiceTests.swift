import StroomModel
import StroomSyntax
import Testing

/// The one language rule of the CLI and the server, step by step: each step decides when the
/// steps before it are silent, and is overruled by each of them.
@Suite struct LanguageChoiceTests {
    /// Every step says something, the most explicit Dutch, all the others English.
    static func all(nlAt step: LanguageChoice.Source) -> LanguageChoice {
        LanguageChoice(setting: step == .setting ? .nl : .en,
                       configuration: step == .configuration ? .nl : .en,
                       clientLocale: step == .clientLocale ? "nl-NL" : "en-GB",
                       environment: ["LANG": step == .environment ? "nl_NL.UTF-8" : "en_US.UTF-8"],
                       systemLanguages: [step == .system ? "nl-NL" : "en-US"])
    }

    @Test func theMostExplicitStepWins() {
        #expect(Self.all(nlAt: .setting).decision == (.nl, .setting))
        #expect(Self.all(nlAt: .configuration).decision == (.en, .setting))
    }

    @Test func eachStepDecidesWhenTheStepsBeforeItAreSilent() {
        var choice = Self.all(nlAt: .configuration)
        choice.setting = nil
        #expect(choice.decision == (.nl, .configuration))

        choice = Self.all(nlAt: .clientLocale)
        choice.setting = nil
        #expect(choice.decision == (.en, .configuration))
        choice.configuration = nil
        #expect(choice.decision == (.nl, .clientLocale))

        choice = Self.all(nlAt: .environment)
        choice.setting = nil
        choice.configuration = nil
        #expect(choice.decision == (.en, .clientLocale))
        choice.clientLocale = ""
        #expect(choice.decision == (.nl, .environment))

        choice = Self.all(nlAt: .system)
        choice.setting = nil
        choice.configuration = nil
        choice.clientLocale = nil
        #expect(choice.decision == (.en, .environment))
        choice.environment = [:]
        #expect(choice.decision == (.nl, .system))

        choice.systemLanguages = []
        #expect(choice.decision == (.en, .fallback))
    }

    @Test func theEnvironmentFollowsPOSIXPrecedence() {
        #expect(LanguageChoice.environmentLanguage(["LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]) == .nl)
        #expect(LanguageChoice.environmentLanguage(["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(LanguageChoice.environmentLanguage(["LC_MESSAGES": "nl_BE", "LANG": "en_US"]) == .nl)
        #expect(LanguageChoice.environmentLanguage(["LC_ALL": "", "LANG": "nl_NL"]) == .nl)
        #expect(LanguageChoice.environmentLanguage(["LANG": "de_DE.UTF-8"]) == .en)
        // C and POSIX wish nothing: the system's languages decide, not a LANG behind them.
        #expect(LanguageChoice.environmentLanguage(["LC_ALL": "C", "LANG": "nl_NL.UTF-8"]) == nil)
        #expect(LanguageChoice.environmentLanguage(["LANG": "C.UTF-8"]) == nil)
        #expect(LanguageChoice.environmentLanguage(["LANG": "POSIX"]) == nil)
        #expect(LanguageChoice(environment: ["LANG": "C.UTF-8"], systemLanguages: ["nl-NL"]).decision == (.nl, .system))
    }

    @Test func theFirstSystemLanguageStroomSpeaksWins() {
        #expect(LanguageChoice.systemLanguage(["de-DE", "nl-BE", "en-US"]) == .nl)
        #expect(LanguageChoice.systemLanguage(["fr-FR", "en-GB", "nl"]) == .en)
        #expect(LanguageChoice.systemLanguage(["de-DE"]) == nil)
        #expect(LanguageChoice(systemLanguages: ["de-DE"]).decision == (.en, .fallback))
    }
}
