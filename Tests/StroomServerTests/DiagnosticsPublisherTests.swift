import StroomLSP
@testable import StroomServer
import Testing

/// The rules that keep stale or repeated diagnostics off the client's screen.
@Suite struct DiagnosticsPublisherTests {
    static let key = DocumentKey(uri: "file:///tmp/p.vsm")
    static let one = [Diagnostic(range: LSPRange(start: Position(line: 0, codeUnitColumn: 0), end: Position(line: 0, codeUnitColumn: 1)),
                                 code: "N102", message: "m")]

    @Test func anOlderVersionNeverReplacesANewerOne() {
        var publisher = DiagnosticsPublisher()
        #expect(publisher.shouldPush(Self.one, version: 5, currentVersion: 5, for: Self.key, force: true))
        publisher.didPush(Self.one, version: 5, for: Self.key)
        #expect(!publisher.shouldPush([], version: 4, currentVersion: 5, for: Self.key, force: true))
        #expect(!publisher.shouldPush([], version: 4, currentVersion: 4, for: Self.key, force: true))
    }

    @Test func resultsForAReplacedVersionAreDropped() {
        let publisher = DiagnosticsPublisher()
        #expect(!publisher.shouldPush(Self.one, version: 6, currentVersion: 7, for: Self.key, force: true))
        #expect(publisher.shouldPush(Self.one, version: 7, currentVersion: 7, for: Self.key, force: false))
    }

    @Test func unchangedDiagnosticsAreNotSentTwice() {
        var publisher = DiagnosticsPublisher()
        #expect(!publisher.shouldPush([], version: nil, currentVersion: nil, for: Self.key, force: false))
        #expect(publisher.shouldPush(Self.one, version: nil, currentVersion: nil, for: Self.key, force: false))
        publisher.didPush(Self.one, version: nil, for: Self.key)
        #expect(!publisher.shouldPush(Self.one, version: nil, currentVersion: nil, for: Self.key, force: false))
        #expect(publisher.shouldPush([], version: nil, currentVersion: nil, for: Self.key, force: false))
    }

    @Test func pullResultIDsChangeOnlyWithTheDiagnostics() {
        var publisher = DiagnosticsPublisher()
        let changed = publisher.record(Self.one, for: Self.key)
        #expect(changed)
        let first = publisher.resultID(for: Self.key)
        let same = publisher.record(Self.one, for: Self.key)
        #expect(!same)
        #expect(publisher.resultID(for: Self.key) == first)
        let cleared = publisher.record([], for: Self.key)
        #expect(cleared)
        #expect(publisher.resultID(for: Self.key) != first)
    }
}
