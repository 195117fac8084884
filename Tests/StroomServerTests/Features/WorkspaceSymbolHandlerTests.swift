import StroomLSP
import StroomTestSupport
import Testing

/// `workspace/symbol`: declarations of every file, open or on disk, best match first.
@Suite struct WorkspaceSymbolHandlerTests {
    static let onDisk = """
        proces oud "Oud 📋" {
          stap verzamelen_oud "Verzamelen" { tijd: 1u }
        }

        """

    @Test(arguments: [false, true])
    func matchesFromOpenAndDiskFiles(utf8: Bool) async throws {
        let session = try await FeatureSession.start(["oud.vsm": Self.onDisk], utf8: utf8)
        let document = try session.open("kaart.vsm", """
            proces groepsplannen "Groepsplannen 📋" {
              persoon anneliës "Juf 😀" { }  stap 1️⃣verzamelen2️⃣ "Verzamelen"
            }

            """)
        let symbols = try #require(try await session.send(WorkspaceSymbolRequest(query: "verz")))
        #expect(symbols.map(\.name) == ["verzamelen", "verzamelen_oud"])
        #expect(symbols[0] == SymbolInformation(name: "verzamelen", kind: .method, location: document.location("1️⃣", "2️⃣"),
                                                containerName: "groepsplannen"))
        #expect(symbols[1].location == Location(uri: session.folder.uri("oud.vsm"), range: range(of: "verzamelen_oud", in: Self.onDisk)))
        #expect(symbols[1].containerName == "oud")
        let all = try await session.send(WorkspaceSymbolRequest(query: ""))
        #expect(Set(all?.map(\.name) ?? []) == ["groepsplannen", "anneliës", "verzamelen", "oud", "verzamelen_oud"])
        try await session.finish()
    }
}
