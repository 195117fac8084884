import Foundation
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The documentation says what the code does: the language reference is generated from the
/// schema, every code has a section in docs/checks.md, and the grammar lists the same units
/// and map keywords as the lexer and parser.
@Suite struct DocsTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func languageReferenceMatchesTheSchema() throws {
        try checkGeneratedRegion(path: "docs/language.md", marker: "schema", expected: Schema.referenceMarkdown())
    }

    @Test func checkReferenceMatchesTheCatalog() throws {
        try checkGeneratedRegion(path: "docs/checks.md", marker: "codes",
                                 expected: CodeCatalog.referenceMarkdown(messages: DocsTests.fixtureMessages()))
    }

    /// Per code, the distinct messages its fixture gives (at most six), in the order of the
    /// file: docs/checks.md shows them, so a changed message changes the docs.
    static func fixtureMessages() -> [DiagnosticCode: [LocalizedText]] {
        var result: [DiagnosticCode: [LocalizedText]] = [:]
        for info in CodeCatalog.all {
            guard let url = CheckFixtureTests.fixtureURL(for: info.code) else { continue }
            let analysis = Fixture(url: url).analyze().analysis
            var seen: [LocalizedText] = []
            for file in analysis.files.indices {
                for diagnostic in analysis.diagnosticsByFile[file] where diagnostic.code == info.code {
                    if !seen.contains(diagnostic.message), seen.count < 6 { seen.append(diagnostic.message) }
                }
            }
            result[info.code] = seen
        }
        return result
    }

    /// The table rule × method: a rule added without its methods fails here.
    @Test func methodTableMatchesTheRegistry() throws {
        try checkGeneratedRegion(path: "docs/checks.md", marker: "methods", expected: CodeCatalog.methodTableMarkdown())
    }

    /// The text between `<!-- MARKER:start … -->` and `<!-- MARKER:end -->` must be `expected`.
    func checkGeneratedRegion(path: String, marker: String, expected: String) throws {
        let text = try DocsTests.read(path)
        let start = try #require(text.range(of: "<!-- \(marker):start"))
        let startLineEnd = try #require(text[start.upperBound...].firstIndex(of: "\n"))
        let end = try #require(text.range(of: "<!-- \(marker):end -->"))
        let current = String(text[text.index(after: startLineEnd)..<end.lowerBound])
        if ProcessInfo.processInfo.environment["STROOM_UPDATE_GOLDEN"] == "1", current != expected {
            let updated = String(text[..<text.index(after: startLineEnd)]) + expected + String(text[end.lowerBound...])
            try updated.write(to: RepositoryPaths.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            Issue.record("rewrote the generated part of \(path); review it and run again")
            return
        }
        #expect(current == expected, "\(path) is out of date; run with STROOM_UPDATE_GOLDEN=1")
    }

    @Test func everyCodeIsDocumented() throws {
        let text = try DocsTests.read("docs/checks.md")
        for info in CodeCatalog.all {
            let documented = text.contains("### \(info.code) ")
            #expect(documented, "docs/checks.md has no section for \(info.code)")
        }
    }

    @Test func everyCodeHasBothLanguagesAndAnExample() {
        for info in CodeCatalog.all {
            #expect(!info.title.nl.isEmpty && !info.title.en.isEmpty, "\(info.code)")
            #expect(info.explanation.nl.count > 40 && info.explanation.en.count > 40, "\(info.code)")
            #expect(!info.example.isEmpty, "\(info.code)")
        }
        #expect(Set(CodeCatalog.all.map(\.code)).count == CodeCatalog.all.count, "a code is declared twice")
    }

    @Test func grammarListsTheUnitsAndMapKeywordsOfTheParser() throws {
        let grammar = try DocsTests.read("Grammar/stroom.ebnf")
        let unitRule = try #require(grammar.range(of: "unit        =").map { grammar[$0.upperBound...] })
        let unitText = unitRule[..<(unitRule.firstIndex(of: ";") ?? unitRule.endIndex)]
        let units = unitText.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(units == DurationUnit.allSpellings)
        for keyword in DeclarationKind.mapKeywords {
            #expect(grammar.contains("`\(keyword)`"), "the grammar does not name the map keyword \(keyword)")
        }
    }
}
