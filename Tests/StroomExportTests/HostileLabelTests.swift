import Foundation
@testable import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Whatever a user types into a label — quotes, backslashes, braces, `<>&`, line breaks,
/// emoji, control characters, 10 kB, nothing at all — every view gives DOT that Graphviz reads
/// without a warning, and Mermaid whose every line has the expected shape.
@Suite struct HostileLabelTests {
    /// Texts as they would be written inside `"…"` in a Stroom file (Stroom's escapes).
    static let hostile: [String] = [
        #"Quote \" and backslash \\ and {braces} [brackets] <b>&amp;</b> & < >"#,
        #"line one\nline two\u{D}\nline three\u{D}line four"#,
        "Ideeën 💡👩‍🏫🇳🇱 — ‘quotes’ “curly” ë ï é",
        #"control \u{0} bell \u{7} escape \u{1B}[31m nonchar \u{FFFE} del \u{7F} ls \u{2028} end"#,
        #"\\N \\G \\l -> -- ; [label=x] // /* */ # digraph { } strict"#,
        #"</TD></TR></TABLE> <BR/> &#x26; &amp; ]]> <!-- -->"#,
        #"end subgraph graph %% :::x --> B |x| `code` #quot; o--o x--x"#,
        "  \t leading and trailing \t  ",
        "",
        String(repeating: "lang ", count: 2_000),
        String(repeating: "x", count: 10_000),
    ]

    static func source() -> (vsm: String, benefits: String) {
        let h = hostile
        func label(_ index: Int) -> String { "\"" + h[index % h.count] + "\"" }
        var vsm = "proces end \(label(0)) {\n  werkdag: 8u\n"
        vsm += "  leverancier graph \(label(1))\n  klant subgraph \(label(2))\n"
        vsm += "  persoon leerling_ë \(label(3))\n  ict node \(label(4))\n  extern edge \(label(5))\n"
        for index in 0..<h.count {
            vsm += "  stap s\(index) \(label(index)) { door: leerling_ë  ict: node  tijd: \(index + 1)0min }\n"
            vsm += "  probleem p\(index) \(label(index + 1)) { bij: s\(index)  fase: \(["voorbereiding", "uitvoering", "evaluatie"][index % 3]) }\n"
            vsm += "  idee i\(index) \(label(index + 2)) { lost_op: p\(index), c\(index)  categorie: \(["organisatie", "ict", "persoonlijk", "samenwerking"][index % 4]) }\n"
            vsm += "  oorzaak c\(index) \(label(index + 3))\n"
            vsm += "  actie a\(index) \(label(index + 4)) { uit: i\(index)  eigenaar: \(label(index + 5))  gereed: 2026-03-01 }\n"
        }
        vsm += "  wacht w \(label(6)) { duur: 2d }\n  verstoring v \(label(7)) { bij: s1 }\n  data d \(label(8)) { bij: s2  in: node, papier }\n"
        vsm += "  probleem loos \(label(9))\n  idee niets \(label(10))\n"
        vsm += "  " + (0..<h.count).map { "s\($0)" }.joined(separator: " -> ") + "\n"
        vsm += "  c0 -> p0\n  p0 -> c1 { polariteit: - }\n  c1 -> p0\n  c2 -> c3 { polariteit: + }\n  c3 -> c2\n}\n"
        vsm += "onderzoek studie \(label(5)) {\n  ict bord \(label(6))\n  observatie dag \(label(7)) {\n"
        for index in 0..<h.count {
            vsm += "    moment m\(index) \(label(index)) { om: \(10 + index):00  ict: bord  probleem: q\(index) }\n"
        }
        vsm += "  }\n  conclusie f \(label(8)) {\n"
        for index in 0..<h.count { vsm += "    probleem q\(index) \(label(index + 1))\n" }
        vsm += "  }\n" + (0..<h.count).map { "  idee j\($0) \(label($0 + 2)) { lost_op: q\($0) }\n" }.joined() + "}\n"

        var benefits = "batenlogica school \(label(2)) {\n"
        for index in 0..<h.count {
            benefits += "  stakeholder k\(index) \(label(index))\n"
            benefits += "  bedoeling b\(index) \(label(index + 1)) { wie: k\(index) }\n"
            benefits += "  thema t\(index) \(label(index + 2)) {\n    letter: \(["A", "B", "C"][index % 3])\n"
            benefits += "    activiteit act\(index) \(label(index + 3))\n"
            benefits += "    initiatief ini\(index) \(label(index + 4)) { gekozen: ja  eigenaar: \(label(index + 5))\n      actie x\(index) \(label(index)) }\n  }\n"
            benefits += "  werkdruk wd\(index) \(label(index + 6)) { bron: organisatie  bij: act\(index) }\n"
            benefits += "  kans kn\(index) \(label(index + 7)) { vermindert: wd\(index) }\n"
            benefits += "  oorzaak oz\(index) \(label(index + 8))\n  oz\(index) -> wd\(index)\n"
            benefits += "  act\(index) -> b\(index)\n  t\(index) -> b\(index)\n"
        }
        benefits += "  activiteit los \(label(9))\n}\n"
        return (vsm, benefits)
    }

    static let analysis: Analysis = {
        let (vsm, benefits) = source()
        return Analysis(sources: [SourceFile(path: "hostile.vsm", text: vsm), SourceFile(path: "hostile.batenlogica", text: benefits)])
    }()

    static let outputs: [(name: String, dot: String, mermaid: String?)] = {
        var result: [(String, String, String?)] = []
        for path in ["hostile.vsm", "hostile.batenlogica"] {
            for view in ExportView.allCases {
                for language in Language.allCases {
                    for map in [nil, "end", "studie", "school"] as [String?] {
                        let options = ExportOptions(view: view, language: language, mapName: map)
                        guard case .success(let dot) = DotExporter.export(analysis, path: path, options: options) else { continue }
                        let mermaid = try? MermaidExporter.export(analysis, path: path, options: options).get().text
                        result.append(("\(path) \(view) \(language) \(map ?? "all")", dot.text, mermaid))
                    }
                }
            }
        }
        return result
    }()

    @Test func theHostileFilesParseAndEveryViewIsDrawn() {
        for (index, file) in HostileLabelTests.analysis.files.enumerated() {
            let errors = HostileLabelTests.analysis.diagnosticsByFile[index].filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file.source.path): \(errors.map { "\($0.code) \($0.message.en)" })")
        }
        // vsm: 3 views × 2 languages × (all, end, studie); benefits: 3 views × 2 × (all, school).
        #expect(HostileLabelTests.outputs.count == 18 + 12)
        let tooltips = HostileLabelTests.outputs.map(\.dot).joined()
        // The 10 kB label reaches the DOT whole, in a tooltip, escaped once (a backslash
        // doubled twice: Graphviz unescapes tooltips twice).
        #expect(tooltips.contains(String(repeating: "x", count: 10_000)))
        #expect(tooltips.contains(#"Quote \" and backslash \\\\ and {braces}"#))
    }

    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
    func graphvizReadsEveryViewWithoutAWarning() throws {
        for output in HostileLabelTests.outputs {
            let result = try Graphviz.svg(output.dot)
            #expect(result.status == 0, "\(output.name): \(result.warnings)")
            #expect(result.warnings.isEmpty, "\(output.name): \(result.warnings)")
        }
    }

    @Test func mermaidLinesAllHaveTheirShape() {
        let mermaid = HostileLabelTests.outputs.compactMap { output in output.mermaid.map { (output.name, $0) } }
        #expect(mermaid.count == 12 + 8)
        for (name, text) in mermaid {
            let problems = MermaidShape.problems(in: text)
            #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
        }
    }

    @Test func escapingIsExact() {
        #expect(DotEscaping.escape("a\"b\\c\nd", for: .quoted) == #"a\"b\\c\nd"#)
        #expect(DotEscaping.escape("a\r\nb\rc", for: .quoted) == #"a\nb\nc"#)
        #expect(DotEscaping.escape("<b>&\"x\"</b>\n", for: .html) == "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;<BR/>")
        #expect(DotEscaping.escape("\u{0}\u{7}\u{FFFE}ë💡", for: .html) == "   ë💡")
        #expect(MermaidEscaping.label("a\"b#c&<d>`\ne%%{init}%%") == "a#quot;b#35;c#amp;#lt;d#gt;#96;<br/>e#37;%{init}#37;%")
        #expect(MermaidEscaping.label(#"style A fill:#f00; C:\nieuw\ 10:00 a: b 5% c:"# + "\u{FEFF}")
                == #"style A fill#58;#35;f00; C#58;#92;#8288;nieuw#92; 10:00 a: b 5% c:"# + " ")
        #expect(MermaidEscaping.label("a:b:\"c d:e\nf#") == "a#58;b#58;#quot;c d#58;e<br/>f#35;")
        #expect(MermaidEscaping.id("map__ideeën.x") == "map__idee_xEB_n_x2E_x")
        #expect(MermaidEscaping.id("_x") == "n_x")
        #expect(MermaidEscaping.yamlTitle("it's a\ntitle") == "\"it's a title\"")
        #expect(MermaidEscaping.yamlTitle(#"<a href="x">50%</a> #1 \"#) == #""\x3Ca href=\x22x\x22\x3E50\x25\x3C/a\x3E \x231 \\""#)
    }

    @Test func wrappingKeepsEveryCharacterAndLongWordsWhole() {
        let text = "een twee drie " + String(repeating: "x", count: 25)
        let lines = TextLayout.wrap(text, width: 10)
        #expect(lines == ["een twee", "drie", String(repeating: "x", count: 25)])
        #expect(TextLayout.shortened(String(repeating: "a", count: 300)).count == TextLayout.maximumCharacters)
        #expect(TextLayout.wrap("", width: 5) == [""])
    }
}

/// What every line of Stroom's Mermaid must look like: a node with a quoted label in its
/// shape, a link between two ids (with a quoted label), a subgraph, `end`, a class or link
/// style, or a comment. Labels contain no `"` (they are escaped), so a label cannot end early.
enum MermaidShape {
    static let id = #"[A-Za-z][A-Za-z0-9_]*"#
    static let quoted = #""[^"\n]*""#
    static let shapes = [#"\(\("#, #"\[\("#, #"\[\["#, #"\(\["#, #"\[\\"#, #"\[/"#, #"\{\{"#, #"\("#, #"\["#, #">"#]
    static let closes = [#"\)\)"#, #"\)\]"#, #"\]\]"#, #"\]\)"#, #"/\]"#, #"\}\}"#, #"\)"#, #"\]"#, #"\\\]"#]
    static let patterns: [NSRegularExpression] = {
        let shape = "(" + shapes.joined(separator: "|") + ")" + quoted + "(" + closes.joined(separator: "|") + ")"
        let arrows = #"(==>|-->|-\.->|---|-\.-|~~~)"#
        return [
            "^  +\(id)\(shape)(:::[A-Za-z]+)?$",
            "^  +\(id) \(arrows)(\\|\(quoted)\\|)? \(id)$",
            "^  +subgraph \(id) \\[\(quoted)\\]$",
            "^  +end$",
            "^  +classDef [A-Za-z]+ [a-z-]+:[^ ]+( [0-9]+)?(,[a-z-]+:[^ ,]+( [0-9]+)?)*$",
            "^  +linkStyle [0-9,]+ [^ ]+$",
            "^  +%% .*$",
            "^flowchart LR$",
            "^---$",
            #"^title: "([^"\\<>%#\n]|\\\\|\\x[0-9A-F]{2})*"$"#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }()

    static func problems(in text: String) -> [String] {
        var problems: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            let string = String(line)
            let range = NSRange(string.startIndex..., in: string)
            if !patterns.contains(where: { $0.firstMatch(in: string, range: range) != nil }) { problems.append(string) }
            // Mermaid reads `%%{…}%%`, HTML tags, `\n` and `style…:x#…;` anywhere in the text,
            // before its grammar: no label (nor the file name in the comment) may hold them.
            let texts = string.hasPrefix("  %% ") ? [String(string.dropFirst(5))]
                : string.hasPrefix("title: ") ? [] : string.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            for text in texts where text.replacingOccurrences(of: "<br/>", with: "").contains(where: { "<\\".contains($0) })
                || text.contains("%%") || text.contains("#92;n") || text.range(of: ":[^ ]*#", options: .regularExpression) != nil {
                problems.append(string)
            }
        }
        if !text.contains("flowchart LR\n") { problems.append("no flowchart LR") }
        return problems
    }
}
