import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Every word of every node's label is drawn whole: the node's text elements, read as words
/// (a line ending in a word's own hyphen joined to the next), contain every word of the
/// label's full text, which is the first line of the node's tooltip. A label broken inside a
/// word ("Onvoorspelbaarhe" / "id") or cut ("…") fails.
@Suite(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
struct WholeWordsInSVGTests {
    @Test(arguments: SampleWorkspace.paths)
    func everyWordOfEveryLabelIsDrawnWhole(_ path: String) throws {
        var checked = 0
        for view in ExportView.allCases {
            guard case .success(let output) = DotExporter.export(ExportCase.samples, path: path, options: ExportOptions(view: view))
            else { continue }
            let svg = SVGPicture(svg: try Graphviz.svg(output.text).svg)
            for node in svg.nodes {
                guard let title = node.tooltip.split(separator: "\n").first.map(String.init) else { continue }
                let drawn = Set(words(node.texts))
                for word in words([title]) where !drawn.contains(word) {
                    Issue.record("\(path) \(view): ‘\(word)’ of ‘\(title)’ is not drawn whole; lines: \(node.texts)")
                }
                checked += 1
            }
        }
        #expect(checked > 0, "no labelled node found in \(path)")
    }

    /// The words of lines: split at spaces, and also, for a line that ends in a hyphen after a
    /// letter, joined to the next line (that is where Stroom breaks a hyphenated word; an
    /// author's "start- en" ends a line the same way, so both readings count).
    func words(_ lines: [String]) -> [String] {
        var joined = ""
        for line in lines.map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let joinsNext = line.count > 1 && line.hasSuffix("-") && line.dropLast().last?.isLetter == true
            joined += line + (joinsNext ? "" : " ")
        }
        return [joined, lines.joined(separator: " ")].flatMap {
            $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
    }
}
