import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/documentSymbol`: the outline, hierarchical, with ranges in the negotiated
/// encoding and headings in the reader's language.
@Suite struct DocumentSymbolHandlerTests {
    static let marked = """
        proces 1️⃣groepsplannen2️⃣ "Groepsplannen 📋" {
          persoon 3️⃣anneliës4️⃣ "Juf Anneliës 😀"
          ict lvs "Leerlingvolgsysteem"
          5️⃣stap verzamelen "Gegevens verzamelen 🔎" { door: anneliës  ict: lvs }6️⃣
          stap schrijven "Groepsplan schrijven" { door: anneliës }
          probleem dubbel "Dubbel werk" { bij: schrijven }
        }7️⃣

        """

    @Test(arguments: [false, true])
    func theOutlineIsHierarchicalWithExactRanges(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("groepsplannen.vsm", Self.marked)
        let symbols = try #require(try await session.send(DocumentSymbolRequest(textDocument: document.id)))
        #expect(symbols.map(\.name) == ["groepsplannen"])
        let map = symbols[0]
        #expect(map.kind == .module)
        #expect(map.detail == "Groepsplannen 📋")
        #expect(map.selectionRange == document.range("1️⃣", "2️⃣"))
        #expect(map.range.end == document["7️⃣"])
        let groups = try #require(map.children)
        #expect(groups.map(\.name) == ["Control", "Process", "Data"])
        #expect(groups.map(\.kind) == [.namespace, .namespace, .namespace])
        #expect(groups.map { $0.children?.map(\.name) ?? [] } == [["anneliës", "lvs"], ["verzamelen", "schrijven"], ["dubbel"]])
        let person = try #require(groups[0].children?.first)
        #expect(person.kind == .object)
        #expect(person.detail == "Juf Anneliës 😀")
        #expect(person.selectionRange == document.range("3️⃣", "4️⃣"))
        #expect(groups[0].children?[1].kind == .interface)
        // The whole step, to its closing brace after the emoji.
        let step = try #require(groups[1].children?.first)
        #expect(step.kind == .method)
        #expect(step.range == document.range("5️⃣", "6️⃣"))
        #expect(groups[2].children?.first?.kind == .property)
        try await session.finish()
    }

    @Test func headingsFollowTheLocale() async throws {
        let session = try await FeatureSession.start(locale: "nl-NL")
        let document = try session.open("groepsplannen.vsm", Self.marked)
        let symbols = try #require(try await session.send(DocumentSymbolRequest(textDocument: document.id)))
        #expect(symbols.first?.children?.map(\.name) == ["Besturing", "Proces", "Data"])
        try await session.finish()
    }

    @Test func aBenefitLogicHasItsOwnParts() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("baten.batenlogica", """
            batenlogica sws "SWS" {
              stakeholder leerlingen "Leerlingen"
              bedoeling rust "Rust in de klas" { van: leerlingen }
              activiteit samen "Samen plannen" { draagt_bij: rust }
            }

            """)
        let symbols = try #require(try await session.send(DocumentSymbolRequest(textDocument: document.id)))
        #expect(symbols.first?.name == "sws")
        let names = symbols.first?.children?.flatMap { [$0.name] + ($0.children?.map(\.name) ?? []) } ?? []
        #expect(names.contains("rust") && names.contains("samen") && names.contains("leerlingen"), "\(names)")
        try await session.finish()
    }

    @Test func anUnknownDocumentIsInvalidParams() async throws {
        let session = try await FeatureSession.start()
        await expectError(-32602) {
            _ = try await session.send(DocumentSymbolRequest(textDocument: TextDocumentIdentifier(uri: "file:///nowhere/x.vsm")))
        }
        try await session.finish()
    }
}
