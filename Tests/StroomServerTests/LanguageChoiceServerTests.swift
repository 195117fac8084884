import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The language of the server's messages, most explicit first: the user's setting
/// (`initializationOptions.language`, later `stroom.language` in the settings), the team's
/// `stroom.json`, the client's locale, the process's `LC_ALL` / `LC_MESSAGES` / `LANG`, the
/// system's preferred languages.
@Suite struct LanguageChoiceServerTests {
    static let dutch = "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?"
    static let english = "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?"

    struct Case: Sendable, CustomTestStringConvertible {
        var setting: String?
        var configuration: String?
        var locale: String?
        var environment: [String: String] = [:]
        var system: [String] = []
        var expected: String
        var testDescription: String { "\(setting ?? "-") \(configuration ?? "-") \(locale ?? "-") \(environment) \(system)" }
    }

    static let cases: [Case] = [
        // The setting beats the stroom.json, the locale, the environment and the system.
        Case(setting: "nl", configuration: "en", locale: "en", environment: ["LANG": "en_US"], system: ["en-US"], expected: dutch),
        // An empty setting follows the rest: the stroom.json beats the locale.
        Case(setting: "", configuration: "nl", locale: "en", environment: ["LANG": "en_US"], system: ["en-US"], expected: dutch),
        Case(configuration: "en", locale: "nl", environment: ["LANG": "nl_NL"], system: ["nl-NL"], expected: english),
        // The locale beats the environment.
        Case(locale: "nl-NL", environment: ["LANG": "en_US.UTF-8"], system: ["en-US"], expected: dutch),
        Case(locale: "en", environment: ["LANG": "nl_NL.UTF-8"], system: ["nl-NL"], expected: english),
        // A client without a locale: the environment (the Dutch teacher's editor).
        Case(environment: ["LANG": "nl_NL.UTF-8"], system: ["en-US"], expected: dutch),
        Case(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"], system: ["nl-NL"], expected: english),
        Case(environment: ["LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"], expected: dutch),
        // Started from the desktop, without LANG (or with C): the system's languages.
        Case(system: ["de-DE", "nl-NL"], expected: dutch),
        Case(environment: ["LANG": "C.UTF-8"], system: ["nl-NL"], expected: dutch),
        Case(expected: english),
    ]

    @Test(arguments: cases)
    func theMostExplicitWishWins(_ test: Case) async throws {
        var files = ["a.vsm": mapWithError]
        if let language = test.configuration { files["stroom.json"] = #"{ "taal": "\#(language)" }"# }
        let folder = try TemporaryFolder(files)
        let client = TestLSPClient.inProcess(environment: test.environment, systemLanguages: test.system)
        try await client.initialize(rootURI: folder.rootURI, locale: test.locale,
                                    options: test.setting.map { ["language": .string($0)] })
        let published = try await client.nextDiagnostics(for: folder.uri("a.vsm"))
        #expect(published.diagnostics.first { $0.code == "N102" }?.message == test.expected)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// `workspace/didChangeConfiguration` with `stroom.language` sends the messages again.
    @Test func changingTheSettingSendsTheMessagesAgain() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, locale: "en")
        let uri = folder.uri("a.vsm")
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.first { $0.code == "N102" }?.message == Self.english)
        try client.notify(DidChangeConfigurationNotification(settings: ["stroom": ["language": "nl"]]))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.first { $0.code == "N102" }?.message == Self.dutch)
        // Other settings leave it alone; an empty one follows the locale again.
        try client.notify(DidChangeConfigurationNotification(settings: ["editor": ["tabSize": 2]]))
        try client.notify(DidChangeConfigurationNotification(settings: ["stroom.language": ""]))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.first { $0.code == "N102" }?.message == Self.english)
        #expect(try await client.shutdownAndExit() == 0)
    }
}
