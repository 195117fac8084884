import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/references`: every use, with or without the declaration, across files.
@Suite struct ReferencesHandlerTests {
    static let marked = """
        proces groepsplannen "Groepsplannen 📋" {
          persoon 1️⃣anneliës2️⃣ "Juf Anneliës 😀"
          stap verzamelen "Gegevens 🔎" { door: 3️⃣anneliës4️⃣ }
          stap schrijven "Schrijven ✍️" { door: 5️⃣annel6️⃣iës7️⃣ }
        }

        """

    @Test(arguments: [false, true])
    func withAndWithoutTheDeclaration(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.marked)
        let uses = [document.location("3️⃣", "4️⃣"), document.location("5️⃣", "7️⃣")]
        let with = try await session.send(ReferencesRequest(textDocument: document.id, position: document["6️⃣"],
                                                            context: ReferenceContext(includeDeclaration: true)))
        #expect(with == [document.location("1️⃣", "2️⃣")] + uses)
        let without = try await session.send(ReferencesRequest(textDocument: document.id, position: document["1️⃣"],
                                                               context: ReferenceContext(includeDeclaration: false)))
        #expect(without == uses)
        try await session.finish()
    }

    @Test func usesInAnotherFileComeToo() async throws {
        let new = """
            proces nieuw "Nieuw" {
              vervangt: oud
            }

            """
        let session = try await FeatureSession.start(["nieuw.vsm": new])
        let document = try session.open("oud.vsm", """
            proces 1️⃣oud2️⃣ "Oud" {
            }

            """)
        let found = try await session.send(ReferencesRequest(textDocument: document.id, position: document["1️⃣"],
                                                             context: ReferenceContext(includeDeclaration: true)))
        #expect(found == [document.location("1️⃣", "2️⃣"),
                          Location(uri: session.folder.uri("nieuw.vsm"), range: range(of: "oud", in: new))])
        try await session.finish()
    }
}
