import Foundation
@testable import StroomExport
import StroomSyntax
import StroomTestSupport
import Testing

/// Every generated hostile text (``HostileStrings``) as a map title, step, actor, problem,
/// idea, action and observation in a Markdown report: rendered by markdown-it-py (GFM tables),
/// every table row keeps the cells of its header (a `|` with a combining mark once split a
/// cell) and every text that can be shown as written is (`Tests/Tools/check_report.py`).
@Suite struct ReportHostileTableTests {
    @Test(.enabled(if: ReportPageCheckTests.toolsAvailable, "needs python with markdown-it-py and html5lib (see .ci/run)"),
          arguments: 0..<HostileDotLabelTests.chunks.count)
    func markdownTablesKeepTheirCells(_ chunkIndex: Int) throws {
        let chunk = HostileDotLabelTests.chunks[chunkIndex]
        let report = ReportSupport.report(["h.vsm": HostileDotLabelTests.files(chunk).vsm]).1
        // Markdown turns control characters into U+FFFD and cuts nothing else.
        let expected = chunk.filter { HostileStrings.literal.contains($0) }
        for language in [Language.nl, .en] {
            try ReportPageCheckTests().check("markdown", MarkdownReportRenderer.render(report, language: language),
                                             expecting: expected, name: "chunk \(chunkIndex) \(language)")
        }
    }

    /// A line break in a title stays inside its heading (it once ended the heading there).
    @Test func aHeadingIsOneLine() {
        let report = ReportSupport.report(["h.vsm": "proces p \"een\\ntwee\" {\n  stap a \"A\" { tijd: 5min }\n}\n"]).1
        let markdown = MarkdownReportRenderer.render(report, language: .nl)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") && $0.contains("een") }
        #expect(!headings.isEmpty, "\(markdown)")
        #expect(headings.allSatisfy { $0.contains("een<br>twee") }, "\(headings)")
        #expect(!markdown.contains("een<br>\ntwee"))
    }

    @Test func aCombiningMarkCannotHideAPipe() {
        #expect(MarkdownEscaping.text("|\u{301}") == "\\|\u{301}")
        #expect(MarkdownEscaping.text("a*\u{301}b") == "a\\*\u{301}b")
        // C1 controls too become U+FFFD, like C0 ones; a tab becomes a space.
        #expect(MarkdownEscaping.text("a\u{80}b\u{9F}c\u{1B}\td") == "a\u{FFFD}b\u{FFFD}c\u{FFFD} d")
        #expect(MarkdownEscaping.code("a|\u{301}") == "a\\|\u{301}")
    }
}
