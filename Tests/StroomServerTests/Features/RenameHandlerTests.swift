import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/prepareRename` and `textDocument/rename`: the name's range, a `WorkspaceEdit`
/// across files, and refusals as `RequestFailed` with the reason in the reader's language.
@Suite struct RenameHandlerTests {
    static let marked = """
        proces groepsplannen "Groepsplannen 📋" {
          persoon 1️⃣anneliës2️⃣ "Juf Anneliës 😀"
          ict lvs "Leerlingvolgsysteem"
          7️⃣stap verzamelen "Gegevens 🔎" { door: 3️⃣anneliës4️⃣  ict: lvs }
          stap schrijven "Schrijven ✍️" { door: 5️⃣annel6️⃣iës8️⃣ }
        }

        """

    @Test(arguments: [false, true])
    func prepareGivesTheNameUnderTheCursor(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.marked)
        let prepared = try await session.send(PrepareRenameRequest(textDocument: document.id, position: document["6️⃣"]))
        #expect(prepared == PrepareRenameResult(range: document.range("5️⃣", "8️⃣"), placeholder: "anneliës"))
        try await session.finish()
    }

    @Test(arguments: [false, true])
    func renameChangesTheDeclarationAndEveryUse(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.marked)
        let edit = try #require(try await session.send(RenameRequest(textDocument: document.id, position: document["6️⃣"],
                                                                     newName: "juf_ëlla")))
        let edits = try #require(edit.changes?[document.uri])
        #expect(edit.changes?.count == 1)
        #expect(edits == [TextEdit(range: document.range("1️⃣", "2️⃣"), newText: "juf_ëlla"),
                          TextEdit(range: document.range("3️⃣", "4️⃣"), newText: "juf_ëlla"),
                          TextEdit(range: document.range("5️⃣", "8️⃣"), newText: "juf_ëlla")])
        let renamed = applying(edits, to: document.text, utf8: utf8)
        #expect(renamed.contains("persoon juf_ëlla \"Juf Anneliës 😀\""))
        #expect(renamed.contains("{ door: juf_ëlla }"))
        #expect(!renamed.contains("anneliës"))
        try await session.finish()
    }

    @Test func renamingAMapChangesTheFilesThatNameIt() async throws {
        let new = """
            proces nieuw "Nieuw" {
              vervangt: oud
            }

            """
        let session = try await FeatureSession.start(["nieuw.vsm": new])
        let document = try session.open("oud.vsm", """
            proces 1️⃣o2️⃣ud3️⃣ "Oud" {
            }

            """)
        let edit = try await session.send(RenameRequest(textDocument: document.id, position: document["2️⃣"], newName: "vroeger"))
        #expect(edit?.changes == [
            document.uri: [TextEdit(range: document.range("1️⃣", "3️⃣"), newText: "vroeger")],
            session.folder.uri("nieuw.vsm"): [TextEdit(range: range(of: "oud", in: new), newText: "vroeger")],
        ])
        try await session.finish()
    }

    @Test func aClashIsRefusedWithTheReasonInDutch() async throws {
        let session = try await FeatureSession.start(locale: "nl-BE")
        let document = try session.open("kaart.vsm", Self.marked)
        await expectRefusal(startingWith: "‘lvs’ bestaat al in kaart") {
            _ = try await session.send(RenameRequest(textDocument: document.id, position: document["6️⃣"], newName: "lvs"))
        }
        await expectRefusal(startingWith: "‘twee woorden’ is geen geldige naam") {
            _ = try await session.send(RenameRequest(textDocument: document.id, position: document["6️⃣"], newName: "twee woorden"))
        }
        try await session.finish()
    }

    @Test func prepareOnAKeywordIsRefusedInEnglish() async throws {
        let session = try await FeatureSession.start(locale: "en")
        let document = try session.open("kaart.vsm", Self.marked)
        await expectRefusal(startingWith: "‘step’ is a kind, not a name") {
            _ = try await session.send(PrepareRenameRequest(textDocument: document.id, position: document["7️⃣"]))
        }
        try await session.finish()
    }

    @Test func prepareIsAnnouncedOnlyToClientsThatAsk() async throws {
        var capabilities = TestLSPClient.pushClient
        capabilities.textDocument?.rename = nil
        let session = try await FeatureSession.start(capabilities: capabilities)
        #expect(session.initializeResult.capabilities.renameProvider == RenameOptions(prepareProvider: nil))
        try await session.finish()
    }

    /// Expects a `RequestFailed` (-32803) whose message is the reason itself.
    func expectRefusal(startingWith prefix: String, sourceLocation: SourceLocation = #_sourceLocation,
                       _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected a refusal", sourceLocation: sourceLocation)
        } catch let error as JSONRPCError {
            #expect(error.code == JSONRPCError.requestFailedCode, sourceLocation: sourceLocation)
            #expect(error.message.hasPrefix(prefix), "\(error.message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected a refusal, got \(error)", sourceLocation: sourceLocation)
        }
    }
}
