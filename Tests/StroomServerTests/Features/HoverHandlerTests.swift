import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/hover`: Markdown in the reader's language, with the range it is about.
@Suite struct HoverHandlerTests {
    static let marked = """
        proces groepsplannen "Groepsplannen 📋" {
          persoon anneliës "Juf Anneliës 😀"
          4️⃣stap verzamelen "Gegevens 🔎" { door: 1️⃣anneli2️⃣ës3️⃣  tijd: 45min }
        }

        """

    @Test(arguments: [false, true])
    func aReferenceShowsItsDeclarationWithTheRangeOfTheName(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.marked)
        let hover = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["2️⃣"])))
        #expect(hover.contents.kind == .markdown)
        #expect(hover.contents.value.hasPrefix("**Person** `anneliës` — Juf Anneliës 😀"), "\(hover.contents.value)")
        #expect(hover.range == document.range("1️⃣", "3️⃣"))
        try await session.finish()
    }

    @Test func keywordHelpInDutchForADutchLocale() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("kaart.vsm", Self.marked)
        let hover = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["4️⃣"])))
        #expect(hover.contents.value.hasPrefix("**stap** · *step*\n\n"), "\(hover.contents.value)")
        let reference = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["2️⃣"])))
        #expect(reference.contents.value.hasPrefix("**Persoon** `anneliës`"), "\(reference.contents.value)")
        try await session.finish()
    }

    @Test func languageOptionWinsOverTheLocale() async throws {
        let folder = try TemporaryFolder([:])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, locale: "en", options: ["language": "nl"])
        let positions = try client.openDocument(Self.marked, uri: folder.uri("kaart.vsm"))
        let hover = try await client.send(HoverRequest(textDocument: TextDocumentIdentifier(uri: folder.uri("kaart.vsm")),
                                                       position: positions["4️⃣"]!))
        #expect(hover?.contents.value.hasPrefix("**stap** · *step*") == true)
        #expect(try await client.shutdownAndExit() == 0)
    }

    @Test func aClientWithoutMarkdownGetsPlainText() async throws {
        var capabilities = TestLSPClient.pushClient
        capabilities.textDocument?.hover = HoverClientCapabilities(contentFormat: [.plainText])
        let session = try await FeatureSession.start(capabilities: capabilities)
        let document = try session.open("kaart.vsm", Self.marked)
        let hover = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["2️⃣"])))
        #expect(hover.contents.kind == .plainText)
        #expect(hover.contents.value.hasPrefix("Person anneliës — Juf Anneliës 😀"), "\(hover.contents.value)")
        #expect(!hover.contents.value.contains("**") && !hover.contents.value.contains("`"), "\(hover.contents.value)")
        let keyword = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["4️⃣"])))
        #expect(keyword.contents.kind == .plainText)
        #expect(keyword.contents.value.hasPrefix("step · stap\n\n"), "\(keyword.contents.value)")
        #expect(!keyword.contents.value.contains("*") && !keyword.contents.value.contains("`"), "\(keyword.contents.value)")
        try await session.finish()
    }

    @Test(arguments: [[MarkupKind.markdown], [.plainText, .markdown], []])
    func aClientThatTakesMarkdownGetsMarkdown(formats: [MarkupKind]) async throws {
        var capabilities = TestLSPClient.pushClient
        capabilities.textDocument?.hover = HoverClientCapabilities(contentFormat: formats)
        let session = try await FeatureSession.start(capabilities: capabilities)
        let document = try session.open("kaart.vsm", Self.marked)
        let hover = try #require(try await session.send(HoverRequest(textDocument: document.id, position: document["2️⃣"])))
        #expect(hover.contents.kind == .markdown)
        #expect(hover.contents.value.hasPrefix("**Person** `anneliës`"), "\(hover.contents.value)")
        try await session.finish()
    }

    @Test func nothingOnALabel() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", """
            proces p "Pro1️⃣ces" {
            }

            """)
        #expect(try await session.send(HoverRequest(textDocument: document.id, position: document["1️⃣"])) == nil)
        try await session.finish()
    }
}
