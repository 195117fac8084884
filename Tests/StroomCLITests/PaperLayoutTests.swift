@testable import StroomCLI
import StroomExport
import Testing

/// How `--paper` picks a layout (``PaperLayout``), with made-up sizes instead of Graphviz: the
/// first that fits, in the given order; else the one with the largest text, and the smallest
/// sheet on which any of them fits.
struct PaperLayoutTests {
    static func measure(_ width: Double, _ height: Double, font: Double = 9) -> SVGMeasure {
        SVGMeasure(svg: "<svg viewBox=\"0.00 0.00 \(width) \(height)\"><text font-size=\"\(font)\">x</text></svg>")!
    }

    static let wide = ExportLayout.standard
    static let rows = ExportLayout(stepsPerRow: 3)
    static let narrow = ExportLayout(stepsPerRow: 2)

    /// One-row 2000×500, in rows of three 900×1100, in rows of two 700×1500 (points, 9 pt text).
    static func choose(_ paper: Paper, _ order: [ExportLayout] = [wide, rows, narrow]) -> PaperLayout? {
        let sizes: [ExportLayout: SVGMeasure] = [wide: measure(2000, 500), rows: measure(900, 1100), narrow: measure(700, 1500)]
        return PaperLayout.choose(for: paper, candidates: order, draw: { "\($0)" }, measure: { text in
            sizes.first { "\($0.key)" == text }?.value
        })
    }

    @Test func takesTheFirstLayoutThatFits() throws {
        let a1 = try #require(Self.choose(Paper(size: .a1, landscape: true)))
        #expect(a1.fits && a1.layout == Self.wide)
        let a2 = try #require(Self.choose(Paper(size: .a2, landscape: false)))
        #expect(a2.fits && a2.layout == Self.rows, "\(a2.layout)")
        let order = try #require(Self.choose(Paper(size: .a2, landscape: false), [Self.narrow, Self.rows, Self.wide]))
        #expect(order.layout == Self.narrow, "the order decides between layouts that fit")
    }

    @Test func whenNoneFitsTakesTheLargestTextAndNamesTheSheet() throws {
        let a4 = try #require(Self.choose(Paper(size: .a4, landscape: false)))
        #expect(!a4.fits)
        // A4 upright is 538×785 pt: rows of two print at 785/1500 = 0.52, rows of three at 0.6.
        #expect(a4.layout == Self.rows, "\(a4.layout)")
        #expect(a4.needed == Paper(size: .a2, landscape: false), "\(String(describing: a4.needed))")
        let tiny = PaperLayout.choose(for: Paper(size: .a4, landscape: false), candidates: [Self.wide], draw: { _ in "x" },
                                      measure: { _ in Self.measure(9000, 9000) })
        #expect(tiny?.fits == false && tiny?.needed == nil)
    }

    @Test func aLayoutThatDrawsTheSamePictureIsMeasuredOnce() {
        var measured = 0
        _ = PaperLayout.choose(for: Paper(size: .a4, landscape: false), candidates: [Self.wide, Self.rows, Self.narrow],
                               draw: { _ in "same" }, measure: { _ in measured += 1; return Self.measure(5000, 5000) })
        #expect(measured == 1)
    }

    @Test func aSizeJustBelowNinePointsIsNotWrittenAsNine() {
        let message = RenderCommand.tooSmall(8.96, on: Paper(size: .a3, landscape: false), needed: Paper(size: .a2, landscape: false))
        #expect(message.en.contains("is 8.9 pt, below 9 pt; this image needs --paper a2."), "\(message.en)")
        #expect(message.nl.contains("wordt de kleinste tekst 8,9 pt"), "\(message.nl)")
    }
}
