import Foundation
import StroomJSONRPC
import StroomLSP
@testable import StroomServer
import StroomTestSupport
import Testing

/// Issue 9, bad input: hundreds of edits without a pause end with the diagnostics of the last
/// version only, from one analysis of it.
@Suite struct EditStormTests {
    static let edits = 300

    /// Edit `version` (2 …): types one character into the label of the step; the last edit also
    /// corrects `leeraar`, so the last version alone has no N102.
    static func change(_ uri: DocumentURI, version: Int) -> DidChangeTextDocumentNotification {
        let label = position(of: "Schrijven", in: HostileInput.normalMap)
        var changes = [TextDocumentContentChangeEvent(range: LSPRange(start: label, end: label), text: "x")]
        if version == edits + 1 {
            let typo = position(of: "leeraar", in: HostileInput.normalMap)
            let start = Position(line: typo.line, codeUnitColumn: typo.codeUnitColumn + version - 1)
            changes.append(TextDocumentContentChangeEvent(range: LSPRange(start: start, end: Position(line: start.line, codeUnitColumn: start.codeUnitColumn + 7)),
                                                          text: "leraar"))
        }
        return DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: uri, version: version), contentChanges: changes)
    }

    /// The storm arrives while the server is busy (a slow request holds its queue, as a long
    /// analysis would): every edit is queued before the first is taken up, so the server
    /// analyses once, the last version, and publishes that.
    @Test func aQueuedStormIsAnalysedOnceForItsLastVersion() async throws {
        let client = TestLSPClient.inProcess(router: .withTestHandlers)
        try await client.initialize()
        let uri = loneURI()
        try client.notify(openItem(uri, HostileInput.normalMap))
        #expect(try await client.nextDiagnostics(for: uri).diagnostics.contains { $0.code == "N102" })
        let before = try await client.send(AnalysisCountRequest())
        let slow = client.sendRequest(method: SlowRequest.method, params: nil)
        for version in 2...Self.edits + 1 { try client.notify(Self.change(uri, version: version)) }
        // The reader takes messages in order: the edits are all queued when the cancel is seen.
        try client.notify(CancelRequestNotification(id: .integer(CancellationTests.number(slow))))
        #expect((try await client.response(to: slow)).failure?.code == JSONRPCError.requestCancelledCode)
        let after = try await client.send(AnalysisCountRequest())
        #expect(after.started - before.started == 1, "\(before) → \(after)")
        #expect(after.finished - before.finished == 1, "\(before) → \(after)")
        let published = client.received(PublishDiagnosticsNotification.self).filter { $0.uri == uri }
        #expect(published.map(\.version) == [1, Self.edits + 1])
        #expect(published.last.map { !$0.diagnostics.contains { $0.code == "N102" } } == true)
        #expect(try await client.shutdownAndExit() == 0)
    }

    /// The storm as a client sends it, while the server works: whatever it analyses on the way,
    /// what it publishes goes forward in versions and ends with the last version's diagnostics.
    @Test(arguments: [false, true])
    func aStormEndsWithTheLastVersion(largeDocument: Bool) async throws {
        let client = TestLSPClient.inProcess(router: .withTestHandlers)
        try await client.initialize()
        let uri = loneURI()
        // A long document after the map makes each analysis cost more than reading an edit.
        let filler = largeDocument ? (0..<400).map { "proces p\($0) \"P\" { stap s \"S\" { tijd: 1u } }\n" }.joined() : ""
        try client.notify(openItem(uri, HostileInput.normalMap + filler))
        _ = try await client.nextDiagnostics(for: uri, timeout: 60)
        for version in 2...Self.edits + 1 { try client.notify(Self.change(uri, version: version)) }
        let last = try await client.nextDiagnostics(for: uri, timeout: 120) { $0.version == Self.edits + 1 }
        #expect(!last.diagnostics.contains { $0.code == "N102" })
        let count = try await client.send(AnalysisCountRequest())
        let versions = client.received(PublishDiagnosticsNotification.self).filter { $0.uri == uri }.compactMap(\.version)
        #expect(versions == versions.sorted() && Set(versions).count == versions.count, "\(versions)")
        #expect(versions.last == Self.edits + 1)
        #expect(count.finished <= Self.edits + 1)
        #expect(try await client.shutdownAndExit() == 0)
    }
}
