import Foundation
import StroomExport

/// How `stroom render --paper` lays a view out for its sheet: it draws the view in the
/// layouts of ``ExportLayout/candidates(for:)`` in order, has Graphviz measure each (its size
/// and its smallest text), and takes the first whose smallest text is at least 9 pt on the
/// sheet. The view's own layout comes first, so a picture that fits as it is stays as it is.
/// When none fits, it takes the one with the largest text and names the smallest sheet on
/// which one of them would fit. The same input gives the same choice.
struct PaperLayout {
    let layout: ExportLayout
    let picture: String
    let measure: SVGMeasure
    /// Whether the smallest text is at least 9 pt on the sheet.
    let fits: Bool
    /// When it does not fit: the smallest sheet on which one of the layouts would (nil: none up to A1).
    let needed: Paper?

    /// Nil when Graphviz could not measure even the view's own layout.
    static func choose(for paper: Paper, candidates: [ExportLayout], draw: (ExportLayout) -> String?,
                       measure: (String) -> SVGMeasure?) -> PaperLayout? {
        var tried: [(layout: ExportLayout, picture: String, measure: SVGMeasure)] = []
        var seen: Set<String> = []
        for layout in candidates {
            guard let picture = draw(layout), seen.insert(picture).inserted, let size = measure(picture) else { continue }
            if paper.smallestText(of: size) >= Paper.smallestText {
                return PaperLayout(layout: layout, picture: picture, measure: size, fits: true, needed: nil)
            }
            tried.append((layout, picture, size))
        }
        // The largest text on this sheet; of equals, the first.
        guard var best = tried.first else { return nil }
        for candidate in tried.dropFirst() where paper.smallestText(of: candidate.measure) > paper.smallestText(of: best.measure) {
            best = candidate
        }
        return PaperLayout(layout: best.layout, picture: best.picture, measure: best.measure, fits: false,
                           needed: Paper.needed(for: tried.map(\.measure)))
    }
}
