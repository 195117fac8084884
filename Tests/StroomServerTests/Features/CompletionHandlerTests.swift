import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/completion`: items with a kind, detail and documentation in the reader's
/// language, and a text edit that replaces the word being typed.
@Suite struct CompletionHandlerTests {
    @Test(arguments: [false, true])
    func aPartNameIsReplacedByAPerson(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", """
            proces groepsplannen "Groepsplannen 📋" {
              persoon anneliës "Juf Anneliës 😀"
              ict lvs "Leerlingvolgsysteem"
              stap verzamelen "Gegevens 🔎" { door: 1️⃣ann2️⃣ }
            }

            """)
        let list = try #require(try await session.send(CompletionRequest(textDocument: document.id, position: document["2️⃣"])))
        #expect(list.isIncomplete == false)
        let person = try #require(list.items.first { $0.label == "anneliës" })
        #expect(person.kind == .value)
        #expect(person.textEdit == TextEdit(range: document.range("1️⃣", "2️⃣"), newText: "anneliës"))
        #expect(person.detail?.contains("Juf Anneliës 😀") == true, "\(person.detail ?? "")")
        // `door:` takes persons, not systems.
        #expect(!list.items.contains { $0.label == "lvs" })
        try await session.finish()
    }

    /// Documentation is Markdown, or plain text for a client without it (the help is prose).
    @Test(arguments: [[MarkupKind.markdown], [.plainText]])
    func documentationInTheFormatTheClientTakes(formats: [MarkupKind]) async throws {
        var capabilities = TestLSPClient.pushClient
        capabilities.textDocument?.completion = CompletionClientCapabilities(
            completionItem: .init(documentationFormat: formats))
        let session = try await FeatureSession.start(capabilities: capabilities)
        let document = try session.open("kaart.vsm", """
            proces p "P" {
              st1️⃣
            }

            """)
        let list = try #require(try await session.send(CompletionRequest(textDocument: document.id, position: document["1️⃣"])))
        let step = try #require(list.items.first { $0.label == "step" }?.documentation)
        #expect(step.kind == formats[0])
        #expect(step.value.hasPrefix("A process step: something someone does"), "\(step.value)")
        try await session.finish()
    }

    @Test func afterTheColonAndASpaceTheAllowedWords() async throws {
        let session = try await FeatureSession.start(utf8: true)
        let document = try session.open("kaart.vsm", """
            proces p "Pröces 😀" {
              probleem dubbel "Dübbel" { fase: 1️⃣ }
            }

            """)
        let list = try #require(try await session.send(CompletionRequest(
            textDocument: document.id, position: document["1️⃣"], context: CompletionContext(triggerKind: 2, triggerCharacter: " "))))
        let words = list.items.filter { $0.kind == .enumMember }.map(\.label)
        #expect(words.starts(with: ["voorbereiding", "uitvoering", "evaluatie"]), "\(words)")
        #expect(list.items.first { $0.label == "uitvoering" }?.textEdit?.range == document.range("1️⃣", "1️⃣"))
        try await session.finish()
    }

    @Test(arguments: [("nl", "Een processtap: iets wat iemand doet"), ("en", "A process step: something someone does")])
    func documentationIsInTheReadersLanguage(locale: String, expected: String) async throws {
        let session = try await FeatureSession.start(locale: locale)
        let document = try session.open("kaart.vsm", """
            proces p "P" {
              1️⃣
            }

            """)
        let list = try #require(try await session.send(CompletionRequest(textDocument: document.id, position: document["1️⃣"])))
        let step = try #require(list.items.first { $0.label == "stap" })
        #expect(step.kind == .keyword)
        #expect(step.documentation?.kind == .markdown)
        #expect(step.documentation?.value.contains(expected) == true, "\(step.documentation?.value ?? "")")
        #expect(step.detail == (locale == "nl" ? "stap" : "step"))
        let english = try #require(list.items.first { $0.label == "step" })
        #expect(step.sortText! < english.sortText!)
        let attribute = try #require(list.items.first { $0.label == "eigenaar" })
        #expect(attribute.kind == .property)
        #expect(attribute.textEdit?.newText == "eigenaar: ")
        try await session.finish()
    }

    @Test func afterAMapAndADotItsMembers() async throws {
        let other = """
            proces groepsplannen "Groepsplannen" {
              idee koppeling "Koppeling" { lost_op: dubbel }
              probleem dubbel "Dubbel"
            }

            """
        let session = try await FeatureSession.start(["groepsplannen.vsm": other])
        let document = try session.open("baten.batenlogica", """
            batenlogica sws "SWS" {
              stakeholder leraren "Leraren"
              bedoeling rust "Rust" { van: leraren }
              initiatief plan "Plan" { uit: groepsplannen.1️⃣ }
            }

            """)
        let list = try #require(try await session.send(CompletionRequest(
            textDocument: document.id, position: document["1️⃣"], context: CompletionContext(triggerKind: 2, triggerCharacter: "."))))
        #expect(list.items.contains { $0.label == "koppeling" }, "\(list.items.map(\.label))")
        try await session.finish()
    }

    @Test func theTriggerCharactersAreAnnounced() async throws {
        let session = try await FeatureSession.start()
        #expect(session.initializeResult.capabilities.completionProvider?.triggerCharacters == [".", " "])
        try await session.finish()
    }
}
