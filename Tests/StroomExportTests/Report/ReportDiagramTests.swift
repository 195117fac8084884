import Foundation
@testable import StroomExport
import StroomSyntax
import StroomTestSupport
import Testing

/// A diagram in the HTML report: its size decides whether it gets landscape pages and whether
/// it is cut into pieces on paper; every piece shows the same drawing group.
@Suite struct ReportDiagramTests {
    static func svg(_ width: Int, _ height: Int) -> String {
        "<svg width=\"\(width)pt\" height=\"\(height)pt\" viewBox=\"0.00 0.00 \(width).00 \(height).00\"><g id=\"graph0\" class=\"graph\"></g></svg>"
    }

    static let diagram = Diagram(mapID: "p", caption: "Flow view of ‘P’", description: "Flow of 2 steps: A (5 min), B (no time).")

    @Test func smallPictureStaysInThePage() {
        let html = HTMLDiagram.figure(Self.svg(400, 300), Self.diagram)
        #expect(html.hasPrefix("<figure class=\"diagram\">"))
        #expect(html.contains("<svg role=\"img\" aria-label=\"Flow of 2 steps: A (5 min), B (no time).\" width=\"400pt\""))
        #expect(html.contains("<g id=\"diagram-p\" class=\"graph\">"))
        #expect(html.contains("<figcaption>Flow view of ‘P’</figcaption>"))
        #expect(!html.contains("tiles"))
        #expect(!HTMLDiagram.takesOwnPages(html))
    }

    @Test func widePictureGetsALandscapePage() {
        let html = HTMLDiagram.figure(Self.svg(700, 400), Self.diagram)
        #expect(html.hasPrefix("<figure class=\"diagram wide\">"))
        #expect(!html.contains("tiles"), "at 700 pt it fits a landscape page whole")
        #expect(HTMLDiagram.takesOwnPages(html))
    }

    @Test func hugePictureIsCutIntoOverlappingPieces() throws {
        let tiles = PrintTiles(width: 4729, height: 1468, landscape: true)
        #expect(tiles.columns == 4 && tiles.rows == 2)
        let html = HTMLDiagram.figure(Self.svg(4729, 1468), Self.diagram)
        #expect(html.hasPrefix("<figure class=\"diagram wide split\">"))
        #expect(html.components(separatedBy: "<use href=\"#diagram-p\"/>").count - 1 == 8)
        #expect(html.contains("<div class=\"tiles\" aria-hidden=\"true\">"))
        #expect(html.contains("(8/8)</p>"))
        // The first piece starts at the corner and reaches 8% into the second.
        let piece = 4729.0 / 4, row = 1468.0 / 2
        #expect(html.contains("viewBox=\"0.0 0.0 \(tiles.number(piece * 1.08)) \(tiles.number(row * 1.08))\""))
        // Every piece printed at no less than the minimum scale.
        let scale = min(PrintTiles.landscape.width / (piece * 1.16), PrintTiles.landscape.height / (row * 1.16))
        #expect(scale >= PrintTiles.minimumScale)
        // A tall picture is cut into rows on portrait pages.
        let tall = PrintTiles(width: 400, height: 3000, landscape: false)
        #expect(tall.columns == 1 && tall.rows > 1)
    }

    @Test func textAlternativeTellsTheStepsInOrder() throws {
        let html = HTMLReportRenderer.render(ReportSupport.sampleReport("Samples/borgstee/rapportage.vsm"), language: .en,
                                             diagrams: ["rapportageproces": Self.svg(300, 200)])
        let label = try #require(html.firstRange(of: "aria-label=\"Flow of 8 steps"))
        let text = html[label.lowerBound...].prefix(while: { $0 != ">" })
        #expect(text.contains("(no time)"))
        #expect(html.contains("<figcaption>Flow view of ‘Rapportageproces"))
    }
}
