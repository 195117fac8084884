import StroomLSP
import StroomTestSupport
import Testing

/// `textDocument/codeAction`: quick fixes from the diagnostics (with the diagnostic as it was
/// published) and the method's suggestions, titles in the reader's language.
@Suite struct CodeActionHandlerTests {
    static let marked = """
        proces groepsplannen "Groepsplannen 📋" {
          persoon anneliës "Juf Anneliës 😀"
          stap verzamelen "Gegevens 🔎" { door: 1️⃣annelies2️⃣ }
          probleem 3️⃣dubbel "Dubbel werk 😩" { bij: verzamelen }
        }

        """

    @Test(arguments: [false, true])
    func didYouMeanReplacesTheMisspeltName(utf8: Bool) async throws {
        let session = try await FeatureSession.start(utf8: utf8)
        let document = try session.open("kaart.vsm", Self.marked)
        let published = try await session.client.nextDiagnostics(for: document.uri)
        let diagnostic = try #require(published.diagnostics.first { $0.code == "N102" })
        #expect(diagnostic.range == document.range("1️⃣", "2️⃣"))
        let actions = try #require(try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("1️⃣", "1️⃣"), context: CodeActionContext(diagnostics: [diagnostic]))))
        let replace = try #require(actions.first { $0.title == "Replace with ‘anneliës’" }, "\(actions.map(\.title))")
        #expect(replace.kind == .quickFix)
        #expect(replace.isPreferred == true)
        #expect(replace.diagnostics == [diagnostic])
        #expect(replace.edit?.changes == [document.uri: [TextEdit(range: document.range("1️⃣", "2️⃣"), newText: "anneliës")]])
        let fixed = applying(replace.edit?.changes?[document.uri] ?? [], to: document.text, utf8: utf8)
        #expect(fixed.contains("{ door: anneliës }"))
        // Declaring the name is offered too.
        #expect(actions.contains { $0.title.hasPrefix("Add ‘annelies’") }, "\(actions.map(\.title))")
        try await session.finish()
    }

    @Test func theMethodSuggestsAnIdeaForAProblemInDutch() async throws {
        let session = try await FeatureSession.start(locale: "nl")
        let document = try session.open("kaart.vsm", Self.marked)
        let actions = try #require(try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("3️⃣", "3️⃣"), context: CodeActionContext(diagnostics: []))))
        let idea = try #require(actions.first { $0.title == "Voeg een idee toe dat ‘dubbel’ oplost" }, "\(actions.map(\.title))")
        #expect(idea.kind == .quickFix)
        // The problem has no idea yet, which V301 says too: the suggestion fixes it.
        #expect(idea.diagnostics?.map(\.code) == ["V301"])
        let edits = try #require(idea.edit?.changes?[document.uri])
        let changed = applying(edits, to: document.text, utf8: false)
        #expect(changed.contains("idee "), "\(changed)")
        #expect(changed.contains("lost_op: dubbel"), "\(changed)")
        try await session.finish()
    }

    @Test func onlyOtherKindsGetsNothing() async throws {
        let session = try await FeatureSession.start()
        let document = try session.open("kaart.vsm", Self.marked)
        let refactor = try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("1️⃣", "2️⃣"), context: CodeActionContext(diagnostics: [], only: [.refactor])))
        #expect(refactor == [])
        let quickFix = try await session.send(CodeActionRequest(
            textDocument: document.id, range: document.range("1️⃣", "2️⃣"), context: CodeActionContext(diagnostics: [], only: [.quickFix])))
        #expect(quickFix?.isEmpty == false)
        #expect(session.initializeResult.capabilities.codeActionProvider?.codeActionKinds == [.quickFix])
        try await session.finish()
    }
}
