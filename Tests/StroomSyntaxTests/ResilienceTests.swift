import StroomSyntax
import StroomTestSupport
import Testing

/// The parser never stops at the first error, and one mistake gives one diagnostic.
@Suite struct ResilienceTests {
    static let golden = RepositoryPaths.tests.appendingPathComponent("StroomSyntaxTests/Golden/err")

    @Test func fiveIndependentMistakesGiveExactlyFiveDiagnostics() throws {
        let fixture = Fixture(url: ResilienceTests.golden.appendingPathComponent("five_mistakes.vsm"))
        let source = try #require(fixture.sources.first)
        let tree = SyntaxTree.parse(source)
        #expect(tree.diagnostics.map(\.code.rawValue).sorted() == ["S001", "S002", "S003", "S006", "S009"])
        var actual: [Fixture.Expectation] = []
        for diagnostic in tree.diagnostics {
            let start = source.lineTable.humanPosition(of: diagnostic.range.utf8Start)
            let end = source.lineTable.humanPosition(of: diagnostic.range.utf8End)
            actual.append(Fixture.Expectation(file: source.path, line: start.line - 1, startColumn: start.column - 1,
                                              endColumn: max(end.column, start.column + 1) - 1, code: diagnostic.code.rawValue))
        }
        #expect(Set(actual) == Set(fixture.expectations))
    }

    @Test func missingBraceIsPlacedByIndentation() {
        let source = SourceFile(path: "p.vsm", text: """
        proces p "P" {
          stap a "A" {
            tijd: 5min
          stap b "B" { tijd: 5min }
        }
        """)
        let tree = SyntaxTree.parse(source)
        #expect(tree.diagnostics.map(\.code) == ["S003"])
        let s003 = tree.diagnostics[0]
        // Right after `5min` on line 3, where the `}` belongs, with the `{` of `a` as related location.
        #expect(source.lineTable.humanPosition(of: s003.range.utf8Start) == (3, 15))
        #expect(s003.notes.count == 1)
        #expect(source.text(in: s003.notes[0].range) == "{")
        #expect(source.lineTable.humanPosition(of: s003.notes[0].range.utf8Start).line == 2)
        // `b` is a member of the process, not of `a`.
        let map = tree.declarations[0]
        #expect(map.block?.declarations.count == 2)
    }

    @Test func missingBraceAtEndOfFile() {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: "proces p \"P\" {\n  stap a \"A\"\n"))
        #expect(tree.diagnostics.map(\.code) == ["S003"])
        #expect(tree.diagnostics[0].fixes.first?.edits.first?.newText == "\n}")
    }

    @Test func strayTokensSkipToTheEndOfTheLine() {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: "proces p \"P\" {\n  door: a b c\n  stap s \"S\"\n}\n"))
        #expect(tree.diagnostics.map(\.code) == ["S010"])
        #expect(tree.declarations[0].block?.declarations.count == 1)
    }

    @Test func aRunOfBadCharactersIsOneMistake() {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: "proces p \"P\" { stap s @@@ \"S\" }\n"))
        #expect(tree.diagnostics.map(\.code) == ["S001"])
    }

    @Test func strayClosingBraceAtTopLevel() {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: "proces p \"P\" { }\n}\nproces q \"Q\" { }\n"))
        #expect(tree.diagnostics.map(\.code) == ["S010"])
        #expect(tree.declarations.count == 2)
    }

    @Test func curlyQuotesAreOneDiagnosticWithAFix() throws {
        let tree = SyntaxTree.parse(SourceFile(path: "p.vsm", text: "proces p “Proces” { }\n"))
        #expect(tree.diagnostics.map(\.code) == ["S001"])
        let fix = try #require(tree.diagnostics[0].fixes.first)
        #expect(fix.edits.first?.newText == "\"Proces\"")
    }
}
