import Foundation
@testable import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Every generated hostile text (``HostileStrings``) as the label of a map, an actor, a step,
/// a problem, an idea, an action, a cause, an observation and its moment, and of the parts of
/// a benefit logic, through every DOT view: the real Graphviz reads it without a word on stderr
/// and draws the text as written (`S:\Groepen\Namen` as `S:\Groepen\Namen`, `]` as `]`).
@Suite struct HostileDotLabelTests {
    /// Texts per file: every text has its own maps in a file, so that a map title is tried too.
    static let chunkSize = 12

    static func files(_ texts: [String]) -> (vsm: String, benefits: String) {
        var vsm = ""
        var benefits = ""
        for (index, text) in texts.enumerated() {
            let label = HostileStrings.stroomLiteral(text)
            vsm += """
            proces p\(index) \(label) {
              persoon wie \(label)
              ict sys \(label)
              stap s1 \(label) { door: wie  ict: sys  tijd: 10min }
              stap s2 "Twee" { tijd: 5min }
              probleem q \(label) { bij: s1  fase: uitvoering }
              idee i \(label) { lost_op: q  categorie: ict }
              actie x \(label) { uit: i  eigenaar: wie  gereed: 2026-03-01 }
              oorzaak c \(label)
              c -> q
              s1 -> s2
            }
            onderzoek o\(index) \(label) {
              persoon kijker \(label)
              ict bord \(label)
              observatie d \(label) {
                moment m1 \(label) { om: 10:00  ict: bord }
                moment m2 "Twee" { om: 11:00 }
              }
              observatie zonder "Zonder door" {
                moment m3 \(label) { om: 12:00 }
              }
            }

            """
            benefits += """
            batenlogica b\(index) \(label) {
              stakeholder k \(label)
              bedoeling doel \(label) { wie: k }
              thema t \(label) {
                letter: A
                activiteit act \(label)
              }
              act -> doel
            }

            """
        }
        return (vsm, benefits)
    }

    static let chunks: [[String]] = stride(from: 0, to: HostileStrings.all.count, by: chunkSize).map {
        Array(HostileStrings.all[$0..<min($0 + chunkSize, HostileStrings.all.count)])
    }

    /// The DOT of every view of one chunk's files, in both languages.
    static func outputs(_ chunk: [String]) -> [(name: String, dot: String)] {
        let (vsm, benefits) = files(chunk)
        let analysis = Analysis(sources: [SourceFile(path: "h.vsm", text: vsm), SourceFile(path: "h.batenlogica", text: benefits)])
        var result: [(String, String)] = []
        for path in ["h.vsm", "h.batenlogica"] {
            for view in ExportView.allCases {
                for language in Language.allCases {
                    guard case .success(let dot) = DotExporter.export(analysis, path: path, options: ExportOptions(view: view, language: language))
                    else { continue }
                    result.append(("\(path) \(view) \(language)", dot.text))
                }
            }
        }
        return result
    }

    @Test func theFilesParseWithoutErrors() {
        for chunk in Self.chunks {
            let (vsm, benefits) = Self.files(chunk)
            for source in [SourceFile(path: "h.vsm", text: vsm), SourceFile(path: "h.batenlogica", text: benefits)] {
                let analysis = Analysis(sources: [source])
                let errors = analysis.diagnosticsByFile[0].filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(chunk.map(\.debugDescription)): \(errors.map { "\($0.code) \($0.message.en)" })")
            }
        }
        #expect(Self.outputs(Self.chunks[0]).count == 3 * 2 + 3 * 2)
    }

    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"), arguments: 0..<chunks.count)
    func graphvizDrawsEveryTextAsWritten(_ chunkIndex: Int) throws {
        let chunk = Self.chunks[chunkIndex]
        var drawn = ""
        for output in Self.outputs(chunk) {
            let result = try Graphviz.svg(output.dot)
            #expect(result.status == 0, "\(output.name) of \(chunk.map(\.debugDescription)): \(result.warnings)")
            #expect(result.warnings.isEmpty, "\(output.name) of \(chunk.map(\.debugDescription)): \(result.warnings)")
            drawn += SVGText.drawnText(result.svg)
        }
        for text in chunk where HostileStrings.literal.contains(text) {
            #expect(drawn.contains(text), "\(text.debugDescription) is not drawn as written")
        }
    }

    @Test func escapingOfTheKnownDefects() {
        // `]` closes nothing in Graphviz's HTML, but one at the end of a label broke its parser.
        #expect(DotEscaping.escape("]", for: .html) == "&#93;")
        // Graphviz expands \N, \G, \L … in HTML labels and quoted labels: the backslash is doubled,
        // and in tooltips (unescaped twice) doubled twice.
        #expect(DotEscaping.escape(#"S:\Groepen\Namen"#, for: .html) == #"S:\\Groepen\\Namen"#)
        #expect(DotEscaping.escape(#"S:\Groepen"#, for: .quoted) == #"S:\\Groepen"#)
        #expect(DotEscaping.escape(#"S:\Groepen"#, for: .tooltip) == #"S:\\\\Groepen"#)
        // Nothing is wrapped around nothing: Graphviz rejects `<FONT …></FONT>` and `<B></B>`.
        #expect(HTMLText.text("").font(size: 10).markup.isEmpty)
        #expect(HTMLText.text("").bold().italic().markup.isEmpty)
        #expect(HTMLText.text("x").font(size: 10).markup == "<FONT POINT-SIZE=\"10\">x</FONT>")
    }
}

/// The text an SVG draws: the content of its `<text>` elements, entities decoded, one element
/// per line (tooltips and titles are not drawn, so they do not count).
enum SVGText {
    static let element = try! NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
    static let entity = try! NSRegularExpression(pattern: "&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);")

    static func drawnText(_ svg: String) -> String {
        // NSString ranges: a combining mark after `>` makes a range that is no Character boundary.
        let string = svg as NSString
        return element.matches(in: svg, range: NSRange(location: 0, length: string.length)).map { match in
            decode(string.substring(with: match.range(at: 1)))
        }.joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String) -> String {
        let string = text as NSString
        var result = ""
        var position = 0
        for match in entity.matches(in: text, range: NSRange(location: 0, length: string.length)) {
            result += string.substring(with: NSRange(location: position, length: match.range.location - position))
            position = match.range.location + match.range.length
            let name = string.substring(with: match.range(at: 1))
            switch name {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            case "nbsp": result += "\u{A0}"
            default:
                let value = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst(), radix: 10)
                if let value, let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) } else { result += string.substring(with: match.range) }
            }
        }
        return result + string.substring(from: position)
    }
}
