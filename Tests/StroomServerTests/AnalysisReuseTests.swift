import Foundation
import StroomLSP
import StroomTestSupport
import Testing

/// The server analyses each change reusing its last analysis (the lowering of files that did
/// not change). An edit that adds or removes a declaration in one file moves the ids of every
/// file after it; the files after it must still say exactly what they said.
@Suite struct ServerAnalysisReuseTests {
    static let first = """
        proces a "A" {
          persoon leraar "Leraar"
          stap s "S" { door: leraar  tijd: 1u }
          idee koppeling "Koppeling"
        }

        """
    static let second = """
        proces b "B" {
          persoon jan "Jan"
          persoon jan "Jan twee"
          stap t "T" { door: jan  tijd: 1u }
          actie x "X" { uit: a.koppeling  eigenaar: jan }
        }

        """

    @Test func filesAfterAnEditedFileKeepTheirDiagnostics() async throws {
        let folder = try TemporaryFolder(["a.vsm": Self.first, "b.vsm": Self.second])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        let a = folder.uri("a.vsm"), b = folder.uri("b.vsm")
        let before = try await client.nextDiagnostics(for: b).diagnostics
        // The duplicate `jan` points at the first `jan`, in b.vsm: an id taken from the wrong
        // file would point elsewhere.
        let duplicate = try #require(before.first { $0.code == "N101" })
        #expect(duplicate.relatedInformation?.first?.location == Location(uri: b, range: range(of: "jan", in: Self.second)))
        #expect(!before.contains { $0.code == "N102" })

        try client.notify(openItem(a, Self.first))
        _ = try await client.nextDiagnostics(for: a)
        // One declaration more in a.vsm (b's ids move up) and the idea b names renamed.
        let edited = Self.first.replacingOccurrences(of: "  idee koppeling", with: "  persoon extra \"Extra\"\n  idee koppelen")
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: a, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(text: edited)]))
        let during = try await client.nextDiagnostics(for: b).diagnostics
        #expect(during.contains { $0.code == "N102" && $0.range == range(of: "a.koppeling", in: Self.second) })
        #expect(during.filter { $0.code != "N102" } == before)

        // Back as it was (b's ids move down again): b says what it said at the start.
        try client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: a, version: 3),
            contentChanges: [TextDocumentContentChangeEvent(text: Self.first)]))
        let after = try await client.nextDiagnostics(for: b).diagnostics
        #expect(after == before)
        #expect(try await client.shutdownAndExit() == 0)
    }
}
