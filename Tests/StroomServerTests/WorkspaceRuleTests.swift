import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The server follows `stroom check`'s workspace rule per document: the nearest `stroom.json`
/// above it, else the editor's folder that holds it, else its own folder without subfolders.
@Suite struct WorkspaceRuleTests {
    static let groepsplannen = """
        proces groepsplannen "Groepsplannen" {
          probleem dubbel "Dubbel werk"
          idee koppeling "Koppeling" { lost_op: dubbel }
        }

        """
    static let benefits = """
        batenlogica sws "SWS" {
          initiatief i "I" { uit: groepsplannen.koppeling }
        }

        """

    /// The editor opened `baten/`, a subfolder of the team's folder with the `stroom.json`:
    /// the maps elsewhere under that folder are found, as `stroom check baten` finds them.
    @Test func aFolderBelowTheStroomJSONReadsTheWholeTeamFolder() async throws {
        let folder = try TemporaryFolder(["stroom.json": "{}", "kaarten/groepsplannen.vsm": Self.groepsplannen,
                                          "baten/sws.batenlogica": Self.benefits])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.uri("baten"))
        let uri = folder.uri("baten/sws.batenlogica")
        let published = try await client.nextDiagnostics(for: uri)
        #expect(!published.diagnostics.contains { $0.code == "W602" }, "\(published.diagnostics.map(\.message))")
        let reference = position(of: "koppeling", in: Self.benefits)
        let locations = try await client.send(DefinitionRequest(textDocument: TextDocumentIdentifier(uri: uri), position: reference))
        #expect(locations?.map(\.uri) == [folder.uri("kaarten/groepsplannen.vsm")])
        #expect(locations?.first?.range == range(of: "koppeling", in: Self.groepsplannen))
        #expect(try await client.shutdownAndExit() == 0)
    }

    static let lone = """
        proces a "A" {
          stap s "S" { door: c.x  tijd: 1u }
          stap t "T" { door: d.y  tijd: 1u }
        }

        """

    /// A document outside every folder of the editor and without a `stroom.json` above it
    /// gets its own folder: its neighbours, not the subfolders.
    @Test func aLoneDocumentGetsItsOwnFolderWithoutSubfolders() async throws {
        let folder = try TemporaryFolder(["lone/c.vsm": "proces c \"C\" {\n  persoon x \"X\"\n}\n",
                                          "lone/sub/d.vsm": "proces d \"D\" {\n  persoon y \"Y\"\n}\n",
                                          "editor/other.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.uri("editor"))
        _ = try await client.nextDiagnostics(for: folder.uri("editor/other.vsm"))
        let uri = folder.uri("lone/a.vsm")
        try client.notify(openItem(uri, Self.lone))
        let published = try await client.nextDiagnostics(for: uri)
        let unknownMaps = published.diagnostics.filter { $0.code == "W602" }
        #expect(unknownMaps.map(\.range) == [range(of: "d.y", in: Self.lone)], "\(unknownMaps.map(\.message))")
        let reference = position(of: "c.x", in: Self.lone)
        let locations = try await client.send(DefinitionRequest(textDocument: TextDocumentIdentifier(uri: uri),
                                                                position: Position(line: reference.line, codeUnitColumn: reference.codeUnitColumn + 2)))
        #expect(locations?.map(\.uri) == [folder.uri("lone/c.vsm")])
        // Closing the last document of that folder drops it; nothing of the subfolder was ever shown.
        try client.notify(DidCloseTextDocumentNotification(textDocument: TextDocumentIdentifier(uri: uri)))
        _ = try await client.send(ShutdownRequest())
        let shown = client.received(PublishDiagnosticsNotification.self).map(\.uri)
        #expect(!shown.contains(folder.uri("lone/sub/d.vsm")))
        try client.notify(ExitNotification())
        #expect(try await client.waitForExit() == 0)
    }

    /// A subfolder with a `stroom.json` of its own is its own workspace, with its own language.
    @Test func aNestedStroomJSONMakesItsOwnWorkspace() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError, "team/stroom.json": #"{ "taal": "nl" }"#, "team/b.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, locale: "en")
        let outer = try await client.nextDiagnostics(for: folder.uri("a.vsm"))
        let inner = try await client.nextDiagnostics(for: folder.uri("team/b.vsm"))
        #expect(outer.diagnostics.first { $0.code == "N102" }?.message == "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?")
        #expect(inner.diagnostics.first { $0.code == "N102" }?.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")
        // Each file is in one workspace only: it is not reported twice as a duplicate map.
        #expect(!inner.diagnostics.contains { $0.code == "N104" } && !outer.diagnostics.contains { $0.code == "N104" })
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// Added folders are read, removed ones forgotten (what they showed is cleared).
    @Test func foldersThatComeAndGo() async throws {
        let first = try TemporaryFolder(["a.vsm": mapWithError])
        let second = try TemporaryFolder(["b.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: first.rootURI)
        #expect(try await client.nextDiagnostics(for: first.uri("a.vsm")).diagnostics.contains { $0.code == "N102" })
        try client.notify(DidChangeWorkspaceFoldersNotification(event: WorkspaceFoldersChangeEvent(
            added: [WorkspaceFolder(uri: second.rootURI, name: "second")], removed: [])))
        #expect(try await client.nextDiagnostics(for: second.uri("b.vsm")).diagnostics.contains { $0.code == "N102" })
        try client.notify(DidChangeWorkspaceFoldersNotification(event: WorkspaceFoldersChangeEvent(
            added: [], removed: [WorkspaceFolder(uri: first.rootURI, name: "first")])))
        #expect(try await client.nextDiagnostics(for: first.uri("a.vsm")).diagnostics.isEmpty)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// A `stroom.json` created in a subfolder makes it a workspace of its own; deleted, the
    /// subfolder joins the outer workspace again (where its map `p` clashes: N104).
    @Test func aStroomJSONThatComesAndGoesMovesTheBorder() async throws {
        let folder = try TemporaryFolder(["a.vsm": mapWithError, "team/b.vsm": mapWithError])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI, locale: "en")
        let inner = folder.uri("team/b.vsm")
        #expect(try await client.nextDiagnostics(for: inner).diagnostics.contains { $0.code == "N104" })

        try folder.write("team/stroom.json", #"{ "taal": "nl" }"#)
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("team/stroom.json"), type: .created)]))
        let split = try await client.nextDiagnostics(for: inner) { !$0.diagnostics.contains { $0.code == "N104" } }
        #expect(split.diagnostics.first { $0.code == "N102" }?.message == "‘leeraar’ komt nergens voor als naam van iets. Bedoel je ‘leraar’?")

        try folder.remove("team/stroom.json")
        try client.notify(DidChangeWatchedFilesNotification(changes: [FileEvent(uri: folder.uri("team/stroom.json"), type: .deleted)]))
        let joined = try await client.nextDiagnostics(for: inner) { $0.diagnostics.contains { $0.code == "N104" } }
        #expect(joined.diagnostics.first { $0.code == "N102" }?.message == "‘leeraar’ is not the name of anything. Did you mean ‘leraar’?")
        #expect(try await client.shutdownAndExit() == 0)
    }
}
