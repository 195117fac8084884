import Foundation
@testable import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Labels and texts a user might type — markup, quotes, pipes, Markdown syntax, emoji, line
/// breaks, a 10 kB label, an empty one — stay text in every format.
@Suite struct ReportEscapingTests {
    static let longLabel = String(repeating: "Lang ", count: 2000) + "einde"

    /// The texts as the reader must see them (the source below writes them with escapes).
    static let hostile: [String] = [
        "<script>alert(\"x\")</script> & co",
        "Tom & Jerry &amp; <b>vet</b>",
        "\"dubbel\" en 'enkel' {{ }}",
        "Ideeën 💡👩‍🏫 ✓ 💡",
        "a | b | c",
        "*vet* _schuin_ `code` [link](javascript:alert(1)) ![img](x)",
        "# kop",
        "- lijst",
        "1. nummer",
        "C:\\pad\\naar <!-- x --> ]]> $x$ ~~door~~",
        "<img src=x onerror=alert(1)>",
        "</td></tr></table><h1>",
        "<i>niemand</i> & \"ik\"",
        "nu | straks",
        "&lt;geen tag&gt;",
        longLabel,
    ]

    static let source = """
    proces vijandig "<script>alert(\\"x\\")</script> & co" {
      school: "Tom & Jerry &amp; <b>vet</b>"
      omschrijving: "regel 1\\nregel 2"
      persoon p "\\"dubbel\\" en 'enkel' {{ }}"
      ict s "Ideeën 💡👩‍🏫 ✓ \\u{1F4A1}"
      stap a "a | b | c" { door: p  ict: s  tijd: 10min }
      stap b "*vet* _schuin_ `code` [link](javascript:alert(1)) ![img](x)" { door: p  tijd: 5min }
      stap c "" { tijd: 1min }
      probleem q1 "# kop" { bij: a  fase: voorbereiding }
      probleem q2 "- lijst" { bij: a  fase: uitvoering }
      probleem q3 "1. nummer" { bij: b  fase: evaluatie }
      probleem q4 "C:\\\\pad\\\\naar <!-- x --> ]]> $x$ ~~door~~" { bij: b }
      idee i1 "<img src=x onerror=alert(1)>" { lost_op: q1  categorie: ict }
      idee i2 "\(longLabel)" { lost_op: q2, q3, q4  categorie: organisatie }
      actie x1 "</td></tr></table><h1>" { uit: i1  eigenaar: "<i>niemand</i> & \\"ik\\""  tijdpad: "nu | straks" }
      actie x2 "&lt;geen tag&gt;" { uit: i2  eigenaar: p }
    }
    """

    static func report() -> (Analysis, Report) {
        ReportSupport.report(["vijandig.vsm": source])
    }

    @Test func theFixtureSaysWhatItShould() throws {
        let (analysis, report) = ReportEscapingTests.report()
        #expect(!analysis.diagnosticsByFile[0].contains { $0.severity == .error }, "\(analysis.diagnosticsByFile[0].map(\.code))")
        let map = try #require(report.maps.first)
        #expect(map.item.label == ReportEscapingTests.hostile[0])
        #expect(map.details.description == "regel 1\nregel 2")
        #expect(map.flow?.ladder.map(\.item.label).contains("") == true)   // the empty label
    }

    @Test func htmlKeepsEveryTextAsText() throws {
        let html = HTMLReportRenderer.render(ReportEscapingTests.report().1, language: .nl)
        #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
        #expect(html.range(of: "<img", options: .caseInsensitive) == nil)
        #expect(html.range(of: "<b>", options: .caseInsensitive) == nil)
        #expect(html.range(of: "<i>", options: .caseInsensitive) == nil)
        #expect(!html.contains("<!-- x"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("&amp;lt;geen tag&amp;gt;"))
        #expect(html.contains("Ideeën 💡👩‍🏫 ✓ 💡"))
        #expect(html.contains("regel 1<br>regel 2"))
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "</table>").count)
    }

    @Test func markdownKeepsTablesWhole() throws {
        let markdown = MarkdownReportRenderer.render(ReportEscapingTests.report().1, language: .nl)
        // Only the renderer's own `<br>` and `<a id>` may be raw HTML; every typed `<` is escaped.
        #expect(markdown.range(of: "(?<!\\\\)<(?!br>|a id=|/a>)", options: .regularExpression) == nil)
        // Every row of a table has as many unescaped pipes as its header.
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            var pipes = 0
            var escaped = false
            for character in line {
                if character == "|" && !escaped { pipes += 1 }
                escaped = character == "\\" && !escaped
            }
            if let expected { #expect(pipes == expected, "\(line.prefix(120))") } else { expected = pipes }
        }
        #expect(markdown.contains("a \\| b \\| c"))
        #expect(markdown.contains("\\# kop"))
        #expect(markdown.contains("| - lijst |"))       // inside a cell a dash starts no list
        #expect(markdown.contains("| 1. nummer |"))
    }

    @Test func jsonGivesBackTheTextsExactly() throws {
        let json = JSONReportRenderer.render(ReportEscapingTests.report().1)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        var strings: Set<String> = []
        func collect(_ value: Any) {
            if let text = value as? String { strings.insert(text) }
            if let array = value as? [Any] { array.forEach(collect) }
            if let dictionary = value as? [String: Any] { dictionary.values.forEach(collect) }
        }
        collect(object)
        for text in ReportEscapingTests.hostile {
            #expect(strings.contains(text), "\(text.prefix(60)) is not in the JSON as written")
        }
        #expect(strings.contains("regel 1\nregel 2"))
    }

    @Test func escapingFunctions() {
        #expect(HTMLEscaping.text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.text("bel\u{07}\u{85}!") == "bel\u{FFFD}\u{FFFD}!")
        #expect(MarkdownEscaping.text("a*b*_c_ | <d> & #1") == "a\\*b\\*\\_c\\_ \\| \\<d\\> \\& \\#1")
        #expect(MarkdownEscaping.text("1. een", atLineStart: true) == "1\\. een")
        #expect(MarkdownEscaping.text("6.9%", atLineStart: true) == "6.9%")
        #expect(MarkdownEscaping.text("- x", atLineStart: false) == "- x")
        #expect(MarkdownEscaping.text("a\nb", lineBreak: "<br>") == "a<br>b")
        #expect(JSONValue.quoted("\"\\\n\u{01}\u{2028}💡") == "\"\\\"\\\\\\n\\u0001\\u2028💡\"")
        #expect(JSONValue.number(text: 3) == "3")
        #expect(JSONValue.number(text: 0.5) == "0.5")
        #expect(JSONValue.number(text: .nan) == "null")
        #expect(HTMLEscaping.inlineSVG("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg a=\"1\"><g/></svg>\n") == "<svg a=\"1\"><g/></svg>")
        #expect(HTMLEscaping.inlineSVG("no svg") == nil)
        #expect(HTMLEscaping.inlineSVG("<!-- a -->\n<svg><!-- n1 --><g/><!-- e1 -->\n</svg>") == "<svg><g/>\n</svg>")
        #expect(HTMLEscaping.inlineSVG("<svg><!-- open</svg>") == nil)
    }

    /// A diagram given for a map is embedded in that map's section, without its XML prolog.
    @Test func diagramsAreEmbedded() {
        let (_, report) = ReportEscapingTests.report()
        let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg width=\"10pt\" height=\"10pt\"><g id=\"graph0\"></g></svg>\n"
        let html = HTMLReportRenderer.render(report, language: .en, diagrams: ["vijandig": svg])
        #expect(html.contains("<figure class=\"diagram\">\n<div class=\"scroll\" tabindex=\"0\" role=\"group\" aria-label=\"Flow view of "))
        #expect(html.contains("\n<svg role=\"img\" aria-label=\"Flow of "))
        #expect(html.contains(" width=\"10pt\" height=\"10pt\"><g id=\"diagram-vijandig\"></g></svg>\n</div>\n<figcaption>Flow view of "))
        #expect(!html.contains("class=\"tiles\""), "a small picture is not cut into pieces")
        #expect(!html.contains("<?xml"))
        #expect(!HTMLReportRenderer.render(report, language: .en).contains("<figure"))
    }
}
