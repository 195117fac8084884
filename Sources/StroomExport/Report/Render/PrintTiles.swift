/// A diagram too large to read on one A4 page, cut into pieces for paper: each piece is the
/// same picture (an SVG `<use>` of its drawing group) seen through a window of the page's size, on a page of
/// its own, so that text keeps at least ``minimumScale`` of its drawn size. On screen the
/// pieces are hidden and the whole picture scrolls.
struct PrintTiles {
    /// The smallest scale a picture is printed at (Graphviz's 10–14 pt text stays ≥ 6 pt).
    static let minimumScale = 0.55
    /// How far a piece reaches into the next one, as a part of a piece.
    static let overlap = 0.08
    /// The room for a picture on a page, in points, inside the margins and below a caption
    /// line: portrait 180 × 245 mm, landscape 273 × 168 mm.
    static let portrait = (width: 510.0, height: 694.0)
    static let landscape = (width: 773.0, height: 476.0)

    let width: Double
    let height: Double
    let landscape: Bool
    let columns: Int
    let rows: Int

    init(width: Double, height: Double, landscape: Bool) {
        self.width = width
        self.height = height
        self.landscape = landscape
        let page = landscape ? PrintTiles.landscape : PrintTiles.portrait
        let fit = min(page.width / max(width, 1), page.height / max(height, 1))
        if fit >= PrintTiles.minimumScale {
            columns = 1
            rows = 1
        } else {
            let reach = 1 + 2 * PrintTiles.overlap
            columns = max(1, Int((width * reach * PrintTiles.minimumScale / page.width).rounded(.up)))
            rows = max(1, Int((height * reach * PrintTiles.minimumScale / page.height).rounded(.up)))
        }
    }

    var count: Int { columns * rows }

    /// The pieces, left to right and top to bottom, each with "part 2 of 6" under it. Hidden
    /// from assistive technology: the whole picture before them has the text alternative.
    func html(reference id: String, caption: String) -> String {
        let pieceWidth = width / Double(columns), pieceHeight = height / Double(rows)
        var html = "<div class=\"tiles\" aria-hidden=\"true\">\n"
        for row in 0..<rows {
            for column in 0..<columns {
                // Each piece reaches a little into its neighbours, so that a box cut at one edge
                // is seen whole on the next piece.
                let x0 = max(0, (Double(column) - PrintTiles.overlap) * pieceWidth)
                let x1 = min(width, (Double(column + 1) + PrintTiles.overlap) * pieceWidth)
                let y0 = max(0, (Double(row) - PrintTiles.overlap) * pieceHeight)
                let y1 = min(height, (Double(row + 1) + PrintTiles.overlap) * pieceHeight)
                let box = [x0, y0, x1 - x0, y1 - y0].map { number($0) }.joined(separator: " ")
                html += "<div class=\"tile\(landscape ? " wide" : "")\"><svg viewBox=\"\(box)\" preserveAspectRatio=\"xMinYMin meet\">"
                    + "<use href=\"#\(id)\"/></svg>"
                    + "<p>\(caption) (\(row * columns + column + 1)/\(count))</p></div>\n"
            }
        }
        return html + "</div>\n"
    }

    func number(_ value: Double) -> String {
        String(Double((value * 100).rounded()) / 100)
    }
}
