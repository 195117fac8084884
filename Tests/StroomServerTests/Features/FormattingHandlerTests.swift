import StroomFormat
import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/formatting`: the edits of StroomFormat, in the negotiated encoding; a file
/// with syntax errors gets no edits and a message.
@Suite struct FormattingHandlerTests {
    static let messy = """
        proces groepsplannen   "Groepsplannen 📋"{
              persoon anneliës "Juf Anneliës 😀"     # de juf ✏️
        stap verzamelen "Gegevens 🔎" {door:anneliës   tijd:45min}



          stap schrijven "Schrijven" { door: anneliës }
        }

        """

    @Test(arguments: [false, true])
    func theEditsGiveTheFormattedText(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.messy)
        let edits = try #require(try await session.send(DocumentFormattingRequest(
            textDocument: document.id, options: FormattingOptions(tabSize: 8, insertSpaces: false))))
        #expect(!edits.isEmpty)
        let formatted = applying(edits, to: document.text, utf8: utf8)
        #expect(formatted == """
            proces groepsplannen "Groepsplannen 📋" {
              persoon anneliës "Juf Anneliës 😀"  # de juf ✏️
              stap verzamelen "Gegevens 🔎" { door: anneliës  tijd: 45min }

              stap schrijven "Schrijven" { door: anneliës }
            }

            """)
        #expect(formatted == StroomFormat.Formatter.formattedText(document.text))
        try await session.finish()
    }

    @Test func aFormattedFileGetsNoEdits() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", groepsplannen)
        let edits = try await session.send(DocumentFormattingRequest(textDocument: document.id,
                                                                     options: FormattingOptions(tabSize: 2, insertSpaces: true)))
        #expect(edits == [])
        try await session.finish()
    }

    /// A position cannot stand between the CR and the LF of a line break; an edit that would
    /// start or end there is widened.
    @Test(arguments: [
        "proces p \"P ✏️\" {\r\n\r\n\r\n\r\n  persoon jan \"Jan\"\r\n   stap s \"S\" { door: jan }\r\n}\r\n",
        "proces p \"P ✏️\" {\n  persoon jan \"Jan\"\r\n\r\n\r\n  stap s \"S\" { door: jan }\r\n}\n",
    ])
    func crlfLinesStayWhole(text: String) async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", text)
        let edits = try #require(try await session.send(DocumentFormattingRequest(
            textDocument: document.id, options: FormattingOptions(tabSize: 2, insertSpaces: true))))
        #expect(applying(edits, to: text, utf8: false) == StroomFormat.Formatter.formattedText(text))
        try await session.finish()
    }

    @Test func syntaxErrorsGiveNoEditsAndOneMessage() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("kaart.vsm", """
            proces p "P" {
              stap s "S" { door: }
              persoon "zonder naam"
            }}

            """)
        let request = DocumentFormattingRequest(textDocument: document.id, options: FormattingOptions(tabSize: 2, insertSpaces: true))
        #expect(try await session.send(request) == [])
        let shown = try await session.client.waitFor(ShowMessageNotification.self)
        #expect(shown.first?.type == .warning)
        #expect(shown.first?.message.hasPrefix("stroom: Niet opgemaakt: het bestand heeft") == true, "\(shown)")
        // Asked again for the same text: no second message.
        #expect(try await session.send(request) == [])
        _ = try await session.send(DocumentSymbolRequest(textDocument: document.id))
        #expect(session.client.received(ShowMessageNotification.self).count == 1)
        try await session.finish()
    }
}
