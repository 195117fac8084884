import StroomLSP
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// In an empty `.vsm` or `.batenlogica` document the server offers "Begin een kaart volgens
/// methode …" — one action per method whose maps live in that kind of file — and the action
/// inserts the starter of `stroom new`, in the reader's language; the edited document then has
/// hints only. A document with text gets none of them.
@Suite struct StarterCodeActionTests {
    @Test(arguments: [("leeg.vsm", "nl"), ("leeg.batenlogica", "en")])
    func anEmptyFileOffersTheStartersOfItsMethods(_ name: String, _ locale: String) async throws {
        let session = try await FeatureSession.start(locale: locale)
        let document = try session.open(name, "1️⃣\n")
        let actions = try #require(try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("1️⃣", "1️⃣"), context: CodeActionContext(diagnostics: []))))
        let language: Language = locale == "nl" ? .nl : .en
        let methods = StarterMap.methods(forExtension: name.hasSuffix(".vsm") ? "vsm" : "batenlogica")
        let titles = methods.map {
            language == .nl ? "Begin een kaart volgens methode \($0.name.nl)" : "Start a map following method \($0.name.en)"
        }
        #expect(actions.map(\.title) == titles)
        #expect(titles.count == (name.hasSuffix(".vsm") ? 3 : 2))
        for (method, action) in zip(methods, actions) {
            let edits = try #require(action.edit?.changes?[document.uri])
            let started = applying(edits, to: document.text, utf8: false)
            #expect(started == StarterMap.text(for: method, name: "leeg", language: language))
            #expect(started.contains(language == .nl ? "methode: \(method.word)" : "method: \(method.word)"))
        }
        // Take the first one, as the editor does: the server then reports hints only.
        let first = try #require(actions.first?.edit?.changes?[document.uri])
        try session.client.notify(DidChangeTextDocumentNotification(
            textDocument: VersionedTextDocumentIdentifier(uri: document.uri, version: 2),
            contentChanges: [TextDocumentContentChangeEvent(range: nil, text: applying(first, to: document.text, utf8: false))]))
        let published = try await session.client.nextDiagnostics(for: document.uri) { $0.version == 2 }
        #expect(published.diagnostics.allSatisfy { $0.severity == .hint }, "\(published.diagnostics.map(\.message))")
        #expect(!published.diagnostics.isEmpty)
        try await session.finish()
    }

    @Test func aFileWithTextGetsNoStarter() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("kaart.vsm", "proces p \"P\" {\n  1️⃣\n}\n")
        let actions = try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("1️⃣", "1️⃣"), context: CodeActionContext(diagnostics: [])))
        #expect(!(actions ?? []).contains { $0.title.hasPrefix("Begin een kaart") })
        try await session.finish()
    }
}
