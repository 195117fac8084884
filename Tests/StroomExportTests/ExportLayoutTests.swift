import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// The layouts `stroom render --paper` tries (``ExportLayout``): each draws the same nodes as
/// the view's own layout, none fixes a node's size (a node grows with its text), the standard
/// one is the default output byte for byte, and a long flow in rows keeps its order.
struct ExportLayoutTests {
    static func dot(_ path: String, _ view: ExportView, _ layout: ExportLayout) -> String? {
        guard case .success(let output) = DotExporter.export(ExportCase.samples, path: path,
                                                             options: ExportOptions(view: view, layout: layout)) else { return nil }
        return output.text
    }

    /// The node ids a DOT text declares (`id [` at the start of a line), the legend's samples
    /// left out (a legend shows only the arrows a layout draws).
    static func nodes(_ dot: String) -> Set<String> {
        Set(dot.split(separator: "\n").compactMap { line -> String? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard let bracket = text.range(of: " ["), !text.contains("->"),
                  !["graph", "node", "edge"].contains(String(text[..<bracket.lowerBound])),
                  !text.hasPrefix("\"stroom.legend.") else { return nil }
            return String(text[..<bracket.lowerBound])
        })
    }

    @Test(arguments: SampleWorkspace.paths)
    func everyLayoutDrawsEveryNodeAndNoFixedSize(_ path: String) {
        for view in ExportView.allCases {
            guard let standard = Self.dot(path, view, .standard) else { continue }
            #expect(standard == Self.dot(path, view, ExportLayout()), "\(path) \(view): the standard layout is not the default")
            let expected = Self.nodes(standard)
            // A benefit logic without causes draws only a note in its causes view; the stakeholders view
            // is one matrix. Every other view of a sample has at least two nodes.
            if view == .stakeholders || (view == .causes && expected.allSatisfy { $0.hasSuffix(".nothing\"") }) { continue }
            #expect(expected.count >= 2, "\(path) \(view): found only \(expected)")
            for layout in ExportLayout.candidates(for: view) {
                guard let text = Self.dot(path, view, layout) else {
                    Issue.record("\(path) \(view) \(layout): no picture")
                    continue
                }
                let nodes = Self.nodes(text)
                #expect(nodes == expected, "\(path) \(view) \(layout): \(expected.subtracting(nodes)) missing, \(nodes.subtracting(expected)) added")
                #expect(!text.contains("fixedsize"), "\(path) \(view) \(layout): a node of fixed size")
            }
        }
    }

    @Test func candidatesStartWithTheViewsOwnLayoutAndDiffer() {
        for view in ExportView.allCases {
            let candidates = ExportLayout.candidates(for: view)
            #expect(candidates.first == .standard)
            #expect(Set(candidates).count == candidates.count, "\(view): a layout twice")
            #expect(candidates.contains { $0.turned } == (view == .causes || view == .benefits), "\(view)")
            #expect(candidates.contains { $0.stepsPerRow != nil } == (view == .flow), "\(view)")
        }
    }

    /// rapportage.vsm's eight steps and waits in rows of three: three `rank=same` rows in the
    /// order of the flow, the flow's arrow from the end of one row to the start of the next, and
    /// a ladder under each row with the totals only under the last.
    @Test func aLongFlowInRowsKeepsItsOrder() throws {
        let path = try #require(SampleWorkspace.paths.first { $0.hasSuffix("rapportage.vsm") })
        let one = try #require(Self.dot(path, .flow, .standard))
        let rows = try #require(Self.dot(path, .flow, ExportLayout(stepsPerRow: 3)))
        func stepRows(_ text: String) -> [[String]] {
            text.components(separatedBy: "rank=same;").dropFirst().map { block in
                let body = block.components(separatedBy: "}").first ?? ""
                return body.split(separator: "\n").compactMap { line in
                    (line.contains("penwidth=\"1.5\"") || line.contains("invtriangle")) && !line.contains("stroom.legend")
                        ? String(line.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]) : nil
                }
            }.filter { !$0.isEmpty }
        }
        let single = try #require(stepRows(one).max { $0.count < $1.count })
        let split = stepRows(rows).filter { row in row.allSatisfy(single.contains) }
        #expect(single.count >= 6, "\(single)")
        #expect(split.count >= 2, "\(split)")
        #expect(split.allSatisfy { $0.count <= 3 }, "\(split)")
        #expect(split.flatMap { $0 } == single, "rows \(split) are not the row \(single) in order")
        for (row, next) in zip(split, split.dropFirst()) {
            #expect(rows.contains("\(row.last!) -> \(next.first!)"), "no arrow from \(row.last!) to \(next.first!)")
        }
        let totals = rows.split(separator: "\n").filter { $0.contains("ladder.totals\" [") && !$0.contains("->") }
        #expect(totals.count == 1, "the totals once: \(totals)")
    }
}

/// Every view of every sample in the layout furthest from its own (turned, maps in line, rows
/// of two, narrow labels) goes through the real `dot` without a word on stderr.
@Suite(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
struct ExportLayoutGraphvizTests {
    @Test(arguments: SampleWorkspace.paths)
    func theFurthestLayoutRendersWithoutWarnings(_ path: String) throws {
        let furthest = ExportLayout(turned: true, mapsInLine: true, stepsPerRow: 2, wrapScale: 0.7)
        for view in ExportView.allCases {
            guard let text = ExportLayoutTests.dot(path, view, furthest) else { continue }
            let result = try Graphviz.svg(text)
            #expect(result.status == 0 && result.warnings.isEmpty, "\(path) \(view): \(result.warnings)")
        }
    }

    /// Beside a left-to-right picture the legend is a column, and each arrow sample runs
    /// straight across it (its two points share a `group`), not slanting to wherever Graphviz
    /// put its end in the next column.
    @Test(arguments: SampleWorkspace.paths)
    func legendArrowsInAColumnAreLevel(_ path: String) throws {
        for view in [ExportView.causes, .benefits] {
            // An empty picture (a benefit logic without causes) has no legend.
            guard let text = ExportLayoutTests.dot(path, view, .standard), text.contains("stroom.legend") else { continue }
            let svg = try Graphviz.svg(text).svg
            let samples = svg.components(separatedBy: "<title>stroom.legend.").dropFirst().filter { title in
                let name = title.prefix { $0 != "." }
                return title.hasPrefix("\(name).from&#45;&gt;stroom.legend.\(name).to<")
            }
            #expect(!samples.isEmpty, "\(path) \(view): no arrow sample in the legend")
            for sample in samples {
                let name = sample.prefix { $0 != "." }
                guard let d = sample.components(separatedBy: " d=\"M").dropFirst().first?.prefix(while: { $0 != "\"" }) else {
                    Issue.record("\(path) \(view) \(name): no path")
                    continue
                }
                let numbers = d.split(whereSeparator: { "C, ".contains($0) }).compactMap { Double($0) }
                guard numbers.count >= 4 else { continue }
                #expect(abs(numbers[1] - numbers[numbers.count - 1]) < 1, "\(path) \(view) \(name): the arrow slants, \(d)")
            }
        }
    }
}
