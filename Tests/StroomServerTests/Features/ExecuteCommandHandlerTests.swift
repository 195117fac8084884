import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// `workspace/executeCommand`: `stroom.exportDot` and `stroom.exportMermaid` return the picture
/// of a document as text.
@Suite struct ExecuteCommandHandlerTests {
    @Test func theCommandsAreAnnounced() async throws {
        let session = try await FeatureSession.start()
        #expect(session.initializeResult.capabilities.executeCommandProvider?.commands == ["stroom.exportDot", "stroom.exportMermaid"])
        try await session.finish()
    }

    @Test func dotOfTheOpenTextInTheReadersLanguage() async throws {
        let session = try await FeatureSession.start(locale: "en")
        let document = try session.open("groepsplannen.vsm", groepsplannen.replacingOccurrences(of: "Juf Anneliës", with: "Juf Ellen"))
        let result = try await session.send(ExecuteCommandRequest(command: "stroom.exportDot", arguments: [.string(document.uri)]))
        let dot = try #require(result?.stringValue)
        #expect(dot.hasPrefix("// stroom dot --view flow --lang en groepsplannen.vsm\ndigraph \"groepsplannen\" {"), "\(dot.prefix(200))")
        // The open text, not the disk (there is none): the label written in the editor.
        #expect(dot.contains("Juf Ellen"))
        let causes = try await session.send(ExecuteCommandRequest(command: "stroom.exportDot",
                                                                  arguments: [.string(document.uri), "causes", "groepsplannen"]))
        #expect(causes?.stringValue?.hasPrefix("// stroom dot --view causes --lang en") == true)
        try await session.finish()
    }

    @Test func mermaidWithArgumentsAsOneObject() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("groepsplannen.vsm", groepsplannen)
        let result = try await session.send(ExecuteCommandRequest(
            command: "stroom.exportMermaid", arguments: [["uri": .string(document.uri), "view": "causes", "map": .null]]))
        let text = try #require(result?.stringValue)
        #expect(text.contains("flowchart LR\n  %% stroom dot --format mermaid --view causes --lang nl groepsplannen.vsm"), "\(text)")
        try await session.finish()
    }

    @Test func problemsAreRefusedInTheReadersLanguage() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("groepsplannen.vsm", groepsplannen)
        await expectError(JSONRPCError.requestFailedCode) {
            _ = try await session.send(ExecuteCommandRequest(command: "stroom.exportDot", arguments: [.string(document.uri), "picasso"]))
        }
        do {
            _ = try await session.send(ExecuteCommandRequest(command: "stroom.exportMermaid", arguments: [.string(document.uri), "board"]))
            Issue.record("a board has no Mermaid")
        } catch let error as JSONRPCError {
            #expect(error.message == "De weergave ‘board’ is een tabel en bestaat alleen als DOT (laat --format mermaid weg).")
        }
        do {
            _ = try await session.send(ExecuteCommandRequest(command: "stroom.exportDot", arguments: [.string(document.uri), .null, "nergens"]))
            Issue.record("there is no such map")
        } catch let error as JSONRPCError {
            #expect(error.code == JSONRPCError.requestFailedCode)
            #expect(error.message.hasPrefix("Geen kaart ‘nergens’"), "\(error.message)")
        }
        await expectError(JSONRPCError.invalidParamsCode) {
            _ = try await session.send(ExecuteCommandRequest(command: "stroom.tekenen", arguments: [.string(document.uri)]))
        }
        await expectError(JSONRPCError.invalidParamsCode) {
            _ = try await session.send(ExecuteCommandRequest(command: "stroom.exportDot", arguments: []))
        }
        try await session.finish()
    }
}
