import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// What a pushed diagnostic carries: version, code, severity, range, source, the message in the
/// reader's language, related information from notes, and the `unnecessary` tag.
@Suite struct DiagnosticsTests {
    @Test func aKnownErrorArrivesWithEverything() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize(locale: "en-GB")
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError, version: 7))
        let published = try await client.nextDiagnostics(for: uri)
        #expect(published.version == 7)
        let error = try #require(published.diagnostics.first { $0.code == "N102" })
        #expect(error.severity == .error)
        #expect(error.source == "stroom")
        #expect(error.range == range(of: "leeraar", in: mapWithError))
        #expect(error.message == "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?")
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test(arguments: [("nl-NL", nil, "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?"),
                      ("nl", "en", "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?"),
                      ("en-US", "nl", "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?"),
                      (nil, nil, "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?")] as [(String?, String?, String)])
    func messagesFollowTheLocaleUnlessTheOptionsSayOtherwise(locale: String?, language: String?, message: String) async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize(locale: locale, options: language.map { ["language": .string($0)] })
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        let published = try await client.nextDiagnostics(for: uri)
        #expect(published.diagnostics.first { $0.code == "N102" }?.message == message)
        #expect(try await client.shutdownAndExit() == 0)
    }

    static let duplicate = """
        proces p "Proces" {
          persoon leraar "Leraar"
          persoon leraar "Nog een leraar"
          ict lvs "Leerlingvolgsysteem"
          stap s "S" { door: leraar  tijd: 1u }
        }

        """

    @Test func notesBecomeRelatedInformationAndUnusedThingsAreFaded() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let uri = loneURI()
        try client.notify(openItem(uri, Self.duplicate))
        let diagnostics = try await client.nextDiagnostics(for: uri).diagnostics
        let duplicate = try #require(diagnostics.first { $0.code == "N101" })
        #expect(duplicate.range == range(of: "leraar", in: Self.duplicate, occurrence: 1))
        let related = try #require(duplicate.relatedInformation?.first)
        #expect(related.location == Location(uri: uri, range: range(of: "leraar", in: Self.duplicate)))
        #expect(related.message == "the name is first used here")
        let unused = try #require(diagnostics.first { $0.code == "N105" })
        #expect(unused.tags == [.unnecessary])
        #expect(unused.severity == .hint)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func whatTheClientCannotTakeIsLeftOut() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize(capabilities: ClientCapabilities())
        let uri = loneURI()
        try client.notify(openItem(uri, Self.duplicate))
        let diagnostics = try await client.nextDiagnostics(for: uri).diagnostics
        #expect(diagnostics.contains { $0.code == "N101" })
        #expect(diagnostics.allSatisfy { $0.relatedInformation == nil && $0.tags == nil })
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func closingALoneDocumentClearsItsDiagnostics() async throws {
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let uri = loneURI()
        try client.notify(openItem(uri, mapWithError))
        #expect(!(try await client.nextDiagnostics(for: uri).diagnostics.isEmpty))
        try client.notify(DidCloseTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: uri)))
        let cleared = try await client.nextDiagnostics(for: uri)
        #expect(cleared.diagnostics.isEmpty)
        #expect(cleared.version == nil)
        #expect(try await client.shutdownAndExit() == 0)
    }
}
