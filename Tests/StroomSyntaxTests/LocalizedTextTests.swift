import StroomSyntax
import Testing

/// A message is built when it is read, in the language read, and not before.
@Suite struct LocalizedTextTests {
    /// Counts how often each language's text is built.
    final class Builds: @unchecked Sendable {
        var nl = 0
        var en = 0

        func text(_ name: String) -> LocalizedText {
            LocalizedText(nl: self.buildNL(name), en: self.buildEN(name))
        }

        func buildNL(_ name: String) -> String {
            nl += 1
            return "onbekende naam \(name)"
        }

        func buildEN(_ name: String) -> String {
            en += 1
            return "unknown name \(name)"
        }
    }

    @Test func nothingIsBuiltUntilALanguageIsRead() {
        let builds = Builds()
        let text = builds.text("klant")
        #expect(builds.nl == 0 && builds.en == 0)
        #expect(!text.isBuilt)
        #expect(text[.en] == "unknown name klant")
        #expect(builds.nl == 0 && builds.en == 1)
        #expect(text.nl == "onbekende naam klant")
        #expect(builds.nl == 1 && builds.en == 1)
    }

    @Test func aDiagnosticBuildsNoNoteOrFixTitleUntilRead() {
        let builds = Builds()
        let diagnostic = Diagnostic(
            code: "N001", severity: .error, range: .empty(at: 3), message: builds.text("a"),
            notes: [Note(range: .empty(at: 0), message: builds.text("b"))],
            fixes: [Fix(title: builds.text("c"), edits: [TextEdit(range: .empty(at: 3), newText: "a")])])
        let copies = Array(repeating: diagnostic, count: 4)
        #expect(builds.nl == 0 && builds.en == 0)
        #expect(copies.map { $0.message[.nl] } == Array(repeating: "onbekende naam a", count: 4))
        #expect(builds.nl == 4 && builds.en == 0)
    }

    @Test func resolvedBuildsEachTextOnceAndKeepsIt() {
        let builds = Builds()
        let diagnostic = Diagnostic(
            code: "N001", severity: .error, range: .empty(at: 3), message: builds.text("a"),
            notes: [Note(range: .empty(at: 0), message: builds.text("b"))],
            fixes: [Fix(title: builds.text("c"), edits: [TextEdit(range: .empty(at: 3), newText: "a")])])
        let resolved = diagnostic.resolved()
        #expect(builds.nl == 3 && builds.en == 3)
        #expect(resolved.isResolved && !diagnostic.isResolved)
        for _ in 0..<3 {
            _ = resolved.message.nl + resolved.message.en + resolved.notes[0].message.en + resolved.fixes[0].title.nl
        }
        #expect(builds.nl == 3 && builds.en == 3)
        #expect(resolved == diagnostic)
        #expect(resolved.resolved().fixes[0].title == LocalizedText(built: "onbekende naam c", en: "unknown name c"))
    }

    @Test func equalityAndHashReadBothLanguages() {
        let lazy = LocalizedText(nl: "stap \(1 + 1)", en: "step \(1 + 1)")
        let built = LocalizedText(built: "stap 2", en: "step 2")
        #expect(lazy == built)
        #expect(lazy.hashValue == built.hashValue)
        #expect(lazy != LocalizedText(built: "stap 2", en: "step 3"))
        #expect(Set([lazy, built]).count == 1)
    }

    @Test func joiningKeepsEachLanguageApart() {
        let builds = Builds()
        let joined = builds.text("x") + LocalizedText(built: ".", en: "!")
        #expect(builds.nl == 0 && builds.en == 0)
        #expect(joined.en == "unknown name x!")
        #expect(builds.nl == 0 && builds.en == 1)
        var edited = joined
        edited.nl = "anders"
        #expect(edited.nl == "anders" && edited.en == "unknown name x!")
        #expect(LocalizedText(built: "a", en: "b") + LocalizedText(built: "c", en: "d") == LocalizedText(built: "ac", en: "bd"))
    }
}
