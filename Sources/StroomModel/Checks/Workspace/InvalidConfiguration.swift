import StroomSyntax

/// W606 — a `stroom.json` that cannot be used (fully).
enum InvalidConfiguration {
    static let info = RuleInfo(
        code: "W606", severity: .warning,
        title: LocalizedText(nl: "stroom.json klopt niet", en: "Invalid stroom.json"),
        explanation: LocalizedText(
            nl: "Een stroom.json in de hoofdmap van de werkruimte stelt de taal en de ernst van meldingen in: {\"taal\": \"nl\", \"ernst\": {\"V302\": \"negeer\"}}. Toegestane ernst: negeer, fout, waarschuwing, info, hint (of ignore, error, warning). Fouten in syntaxis en namen (S…, N101–N104) kun je niet uitzetten. Wat niet klopt, wordt overgeslagen; de rest geldt wel.",
            en: "A stroom.json at the workspace root sets the language and the severity of diagnostics: {\"language\": \"en\", \"severity\": {\"V302\": \"ignore\"}}. Allowed severities: ignore, error, warning, info, hint (or the Dutch words). Syntax and name errors (S…, N101–N104) cannot be turned off. What is wrong is skipped; the rest applies."),
        example: "{ \"ernst\": { \"V302\": \"negeer\", \"V304\": \"waarschuwing\" } }")

    static let notJSON = LocalizedText(
        nl: "stroom.json is geen geldige JSON. Verwacht: {\"taal\": \"nl\", \"ernst\": {\"V302\": \"negeer\"}}.",
        en: "stroom.json is not valid JSON. Expected: {\"language\": \"en\", \"severity\": {\"V302\": \"ignore\"}}.")
    static let badLanguage = LocalizedText(nl: "De taal is \"nl\" of \"en\".", en: "The language is \"nl\" or \"en\".")
    static let badSeverityTable = LocalizedText(
        nl: "\"ernst\" is een tabel van code naar ernst: {\"V302\": \"negeer\"}.",
        en: "\"severity\" is a table from code to severity: {\"V302\": \"ignore\"}.")
    static func unknownCode(_ code: String) -> LocalizedText {
        LocalizedText(nl: "‘\(code)’ is geen code van Stroom (zie stroom explain).", en: "‘\(code)’ is not a Stroom code (see stroom explain).")
    }
    static func badSeverity(_ code: String) -> LocalizedText {
        LocalizedText(nl: "Ernst voor \(code): negeer, fout, waarschuwing, info of hint.",
                      en: "Severity for \(code): ignore, error, warning, info or hint.")
    }
    static func cannotSilence(_ code: String) -> LocalizedText {
        LocalizedText(nl: "\(code) is een fout in syntaxis of namen en kan niet worden aangepast.",
                      en: "\(code) is a syntax or name error and cannot be changed.")
    }
    static func unknownKey(_ key: String) -> LocalizedText {
        LocalizedText(nl: "Onbekende instelling ‘\(key)’; bekend zijn \"taal\", \"ernst\" en \"maxBestandsgrootte\".",
                      en: "Unknown setting ‘\(key)’; known are \"language\", \"severity\" and \"maxFileSize\".")
    }
    static let badMaxFileSize = LocalizedText(
        nl: "\"maxBestandsgrootte\" is een aantal megabytes groter dan 0, bijvoorbeeld 64.",
        en: "\"maxFileSize\" is a number of megabytes above 0, for example 64.")
}
