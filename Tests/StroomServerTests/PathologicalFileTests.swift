import Foundation
import StroomJSONRPC
import StroomLSP
import StroomTestSupport
import Testing

/// Issue 9, bad input: a pathological file (100,000 nested `{`, a line of 10 MB) is answered
/// without a crash, and another file still gets its diagnostics. (How long it takes is measured
/// in `Benchmarks/`, never here.)
@Suite struct PathologicalFileTests {
    static let braces = String(repeating: "{\n", count: 100_000)
    static let nested = HostileInput.nestedDeclarations(100_000)
    /// One line of 10 MB: a label with a character outside ASCII, so that columns on the line
    /// must be counted. (Many declarations on such a line are still far too slow: see
    /// `Benchmarks/RESULTS.md`, big documents.)
    static let longLine = "proces lang \"é" + String(repeating: "a", count: 10_000_000) + "\" { stap s \"S\" }\n"

    /// Each pathological file in a workspace of its own, then a normal one: all are answered.
    @Test(arguments: ["braces", "nested", "longLine"])
    func anotherFileStillGetsItsDiagnostics(which: String) async throws {
        let text = which == "braces" ? Self.braces : which == "nested" ? Self.nested : Self.longLine
        let client = TestLSPClient.inProcess()
        try await client.initialize()
        let bad = loneURI("\(which).vsm")
        let normal = loneURI("gewoon.vsm")
        try client.notify(openItem(bad, text))
        try client.notify(openItem(normal, HostileInput.normalMap))
        let published = try await client.nextDiagnostics(for: normal, timeout: 300)
        #expect(published.diagnostics.contains { $0.code == "N102" })
        let badDiagnostics = try await client.nextDiagnostics(for: bad, timeout: 300).diagnostics
        #expect(!badDiagnostics.isEmpty)
        if which == "nested" { #expect(badDiagnostics.filter { $0.code == "S014" }.count == 1) }
        try await Self.askEverything(client, bad)
        // Still alive and still right for the normal file.
        let hover = try await client.send(HoverRequest(textDocument: TextDocumentIdentifier(uri: normal),
                                                       position: position(of: "leraar", in: HostileInput.normalMap)))
        #expect(hover != nil)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// The pathological file and a normal one in one folder (one workspace, one analysis).
    @Test func aNestedFileInTheSameWorkspace() async throws {
        let folder = try TemporaryFolder(["diep.vsm": Self.braces + Self.nested, "gewoon.vsm": HostileInput.normalMap])
        let client = TestLSPClient.inProcess()
        try await client.initialize(rootURI: folder.rootURI)
        try client.notify(openItem(folder.uri("gewoon.vsm"), HostileInput.normalMap))
        let published = try await client.nextDiagnostics(for: folder.uri("gewoon.vsm"), timeout: 300) { $0.version == 1 }
        #expect(published.diagnostics.contains { $0.code == "N102" })
        try await Self.askEverything(client, folder.uri("diep.vsm"))
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// Whole-document requests, and a few at positions (past the end too), on the bad file.
    static func askEverything(_ client: TestLSPClient, _ uri: DocumentURI) async throws {
        try await client.askEveryDocumentRequest(uri, at: [Position(line: 0, codeUnitColumn: 3), Position(line: 0, codeUnitColumn: 9_999_000),
                                                           Position(line: 60_000, codeUnitColumn: 1)], timeout: 300)
    }
}
