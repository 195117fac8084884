import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/definition`: from a use to the declared name, also in a file on disk.
@Suite struct DefinitionHandlerTests {
    @Test(arguments: [false, true])
    func fromAUseAfterEmojiToTheName(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", """
            proces groepsplannen "Groepsplannen 📋" {
              persoon 1️⃣anneliës2️⃣ "Juf Anneliës 😀"
              stap verzamelen "Gegevens 🔎" { door: anne3️⃣liës }
            }

            """)
        let locations = try await session.send(DefinitionRequest(textDocument: document.id, position: document["3️⃣"]))
        #expect(locations == [document.location("1️⃣", "2️⃣")])
        try await session.finish()
    }

    @Test func acrossFilesToAFileThatIsNotOpen() async throws {
        let old = """
            proces oud "Oud ✏️" {
              persoon jan "Jan"
            }

            """
        let session = try await FeatureSession.start(["oud.vsm": old])
        let document = try session.open("nieuw.vsm", """
            proces nieuw "Nieuw" {
              vervangt: o1️⃣ud
            }

            """)
        let locations = try await session.send(DefinitionRequest(textDocument: document.id, position: document["1️⃣"]))
        #expect(locations == [Location(uri: session.folder.uri("oud.vsm"), range: range(of: "oud", in: old))])
        try await session.finish()
    }

    @Test func nothingOnAKeyword() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", """
            pro1️⃣ces p "P" {
            }

            """)
        #expect(try await session.send(DefinitionRequest(textDocument: document.id, position: document["1️⃣"])) == nil)
        try await session.finish()
    }
}
