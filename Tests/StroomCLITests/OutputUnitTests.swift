@testable import StroomCLI
import StroomSyntax
import Testing

/// The pieces of the text output on their own: carets for ranges over lines, empty ranges,
/// ranges at the end of a line; display width; GitHub's escaping.
@Suite struct OutputUnitTests {
    static func snippet(_ text: String, _ start: Int, _ end: Int) -> String {
        SourceSnippet.render(SourceFile(path: "x.vsm", text: text), TextRange(utf8Start: start, utf8End: end),
                             severity: .error, style: .plain)
    }

    @Test func aRangeOverSeveralLinesMarksItsFirstAndLastLine() {
        let text = "proces p \"P\" {\n  stap s \"S\"\n  stap t \"T\"\n}\n"
        let start = 13 // the {
        let end = text.utf8.count - 1 // after the }
        #expect(Self.snippet(text, start, end) == "    |\n  1 | proces p \"P\" {\n    | " + String(repeating: " ", count: 13) + "^\n"
                + "  ...\n  4 | }\n    | ^\n")
        // Two lines: no ellipsis; a range that ends after a line break ends on the line before.
        #expect(Self.snippet("ab\ncd\n", 1, 6) == "    |\n  1 | ab\n    |  ^\n  2 | cd\n    | ^^\n")
    }

    @Test func emptyRangesAndRangesAtTheEndOfALineGetOneCaret() {
        #expect(Self.snippet("stap s\n", 6, 6) == "    |\n  1 | stap s\n    |       ^\n")
        #expect(Self.snippet("stap s\n", 2, 2) == "    |\n  1 | stap s\n    |   ^\n")
        #expect(Self.snippet("", 0, 0) == "    |\n  1 |\n    | ^\n")
        // Line numbers of two digits widen the gutter.
        let long = String(repeating: "\n", count: 11) + "stap s\n"
        #expect(Self.snippet(long, 16, 17) == "     |\n  12 | stap s\n     |      ^\n")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.width("abc") == 3)
        #expect(DisplayWidth.width("数据") == 4)
        #expect(DisplayWidth.width("💡") == 2)
        #expect(DisplayWidth.width("e\u{301}") == 1)
        #expect(DisplayWidth.width("\tx") == 5)
        #expect(DisplayWidth.width("ab\tx") == 5)
        #expect(DisplayWidth.visible("a\u{1B}[31m") == "a\u{FFFD}[31m")
    }

    @Test func githubEscaping() {
        #expect(GitHubPrinter.escapeData("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d")
        #expect(GitHubPrinter.escapeProperty("50% a\nb: c, d") == "50%25 a%0Ab%3A c%2C d")
    }
}
