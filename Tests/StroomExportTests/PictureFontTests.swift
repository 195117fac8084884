import Foundation
import StroomExport
import StroomModel
import StroomSyntax
import StroomTestSupport
import Testing

/// Pictures name one font, Helvetica, never a list (Graphviz would take a list as one name):
/// `dot` knows it as a standard PostScript font and writes a fallback for browsers into the
/// SVG, and fontconfig (which Graphviz's PNG and PDF renderers ask) finds a font of the same
/// widths for it.
struct PictureFontTests {
    /// Helvetica and the fonts made with its widths.
    static let sameWidths = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "Nimbus Sans L", "TeX Gyre Heros", "Arimo"]

    static func fontNames(_ dot: String) -> Set<String> {
        let expression = try! NSRegularExpression(pattern: #"fontname="([^"]*)""#)
        return Set(expression.matches(in: dot, range: NSRange(dot.startIndex..., in: dot)).compactMap {
            Range($0.range(at: 1), in: dot).map { String(dot[$0]) }
        })
    }

    @Test(arguments: SampleWorkspace.paths)
    func everyPictureNamesHelveticaOnly(_ path: String) {
        for view in ExportView.allCases {
            for layout in [ExportLayout.standard, ExportLayout(turned: true, mapsInLine: true, stepsPerRow: 2, wrapScale: 0.7)] {
                guard case .success(let output) = DotExporter.export(ExportCase.samples, path: path,
                                                                     options: ExportOptions(view: view, layout: layout)) else { continue }
                #expect(Self.fontNames(output.text) == ["Helvetica"], "\(path) \(view) \(layout)")
            }
        }
    }

    @Test(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
    func graphvizKnowsTheFontAndGivesBrowsersAFallback() throws {
        let path = try #require(SampleWorkspace.paths.first)
        guard case .success(let output) = DotExporter.export(ExportCase.samples, path: path, options: ExportOptions()) else {
            Issue.record("no picture of \(path)")
            return
        }
        let svg = try Graphviz.svg(output.text).svg
        let families = Set(svg.components(separatedBy: "font-family=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        #expect(families == ["Helvetica,sans-Serif"], "\(families)")
    }

    @Test(.enabled(if: ExternalTools.find("fc-match") != nil || ExternalTools.requireTools, "needs fontconfig's fc-match (see .ci/run)"))
    func fontconfigFindsAFontWithHelveticasWidths() throws {
        let executable = try #require(ExternalTools.find("fc-match"), "fc-match is not on PATH")
        let run = try ExternalTools.run(executable, ["-f", "%{family}", "Helvetica"], input: Data())
        let families = String(decoding: run.standardOutput, as: UTF8.self).split(separator: ",").map(String.init)
        #expect(families.contains(where: Self.sameWidths.contains),
                "fc-match Helvetica gives \(families): install fonts-liberation2 (see docs/exports.md, Fonts)")
    }
}
