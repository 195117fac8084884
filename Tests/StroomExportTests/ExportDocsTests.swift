import Foundation
import StroomTestSupport
import Testing

/// `docs/images/*.svg` (made by `docs/images/render.sh`) are up to date: each one shows what
/// its golden DOT shows. The comparison is of content, not bytes: the titles (node ids) and
/// every text in the SVG, in order. Coordinates depend on the fonts of the machine that ran
/// Graphviz; the content does not. Since the goldens are held to the exporter, a change to a
/// picture fails here until the SVGs are rendered again.
@Suite(.enabled(if: ExternalTools.dotEnabled, "needs Graphviz dot (see .ci/run)"))
struct ExportDocsTests {
    static let folder = RepositoryPaths.root.appendingPathComponent("docs/images")

    /// Every Dutch sample golden has its SVG, and no SVG lacks a golden.
    @Test func everySampleViewHasItsImage() {
        let goldens = ExportCase.all.filter { $0.source == .sample && $0.language == .nl }
            .map { "\(SampleWorkspace.name($0.path))-\($0.view.rawValue).svg" }
        let images = RepositoryPaths.files(under: ExportDocsTests.folder, extensions: ["svg"]).map(\.lastPathComponent)
        #expect(Set(images) == Set(goldens), "run docs/images/render.sh")
    }

    @Test(arguments: ExportCase.all.filter { $0.source == .sample && $0.language == .nl })
    func imageShowsWhatTheGoldenShows(_ exportCase: ExportCase) throws {
        let image = ExportDocsTests.folder.appendingPathComponent("\(SampleWorkspace.name(exportCase.path))-\(exportCase.view.rawValue).svg")
        let committed = try #require(try? String(contentsOf: image, encoding: .utf8), "missing \(image.lastPathComponent): run docs/images/render.sh")
        let golden = try String(contentsOf: ExportCase.goldenFolder.appendingPathComponent(exportCase.name + ".dot"), encoding: .utf8)
        let fresh = try Graphviz.svg(golden).svg
        #expect(ExportDocsTests.content(committed) == ExportDocsTests.content(fresh),
                "\(image.lastPathComponent) is out of date: run docs/images/render.sh")
        #expect(!ExportDocsTests.content(fresh).isEmpty)
    }

    /// The `<title>` and `<text>` contents of an SVG, in order.
    static func content(_ svg: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<(title|text)[^>]*>([^<]*)</(title|text)>"#)
        let range = NSRange(svg.startIndex..., in: svg)
        return pattern.matches(in: svg, range: range).compactMap { match in
            Range(match.range(at: 2), in: svg).map { String(svg[$0]) }
        }
    }
}
