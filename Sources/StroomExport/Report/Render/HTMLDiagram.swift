/// A map's diagram in the HTML report: a `<figure>` with the SVG at its own size (in a box that
/// scrolls sideways on a narrow screen, never shrunk to a width where its text cannot be
/// read), a `<figcaption>`, and the picture told in words as the SVG's accessible name. On
/// paper a diagram wider than a portrait A4 page gets a landscape page of its own
/// (``HTMLReportStyle``) and is scaled to fit it.
public enum HTMLDiagram {
    /// Points that fit across a portrait A4 page inside the report's margins (180 mm).
    static let portraitWidth = 510.0

    static func figure(_ svg: String, _ diagram: Diagram) -> String {
        let size = self.size(svg)
        let wide = size.map { $0.width > portraitWidth && $0.width > $0.height } ?? false
        let caption = HTMLEscaping.text(diagram.caption)
        let id = HTMLEscaping.attribute("diagram-" + diagram.mapID)
        let tiles = size.map { PrintTiles(width: $0.width, height: $0.height, landscape: wide) }
        let split = tiles.map { $0.count > 1 } ?? false
        var html = "<figure class=\"diagram\(wide ? " wide" : "")\(split ? " split" : "")\">\n"
            + "<div class=\"scroll\" tabindex=\"0\" role=\"group\" aria-label=\"\(HTMLEscaping.attribute(diagram.caption))\">\n"
            + labelled(svg, diagram.description, id: id) + "\n</div>\n"
        if let tiles, split { html += tiles.html(reference: id, caption: caption) }
        return html + "<figcaption>\(caption)</figcaption>\n</figure>\n"
    }

    /// Whether the figure's HTML is printed on landscape pages or in pieces (see ``figure(_:_:)``).
    static func takesOwnPages(_ figure: String) -> Bool {
        figure.hasPrefix("<figure class=\"diagram wide") || figure.hasPrefix("<figure class=\"diagram split")
    }

    /// `<svg role="img" aria-label="…" …>`: the picture is one image, named by its description
    /// (escaped here); Graphviz's drawing group gets the id `id` (trusted, already escaped).
    /// The report and the preview page (`stroom preview`) both name their pictures so.
    public static func labelled(_ svg: String, _ label: String, id: String) -> String {
        guard svg.hasPrefix("<svg") else { return svg }
        var svg = svg
        // Graphviz names the drawing's group `graph0` in every picture; one name per picture lets
        // the printed pieces (``PrintTiles``) show this one.
        if let group = svg.firstRange(of: "<g id=\"graph0\"") { svg.replaceSubrange(group, with: "<g id=\"\(id)\"") }
        return "<svg role=\"img\" aria-label=\"\(HTMLEscaping.attribute(label))\"" + svg.dropFirst(4)
    }

    /// The size Graphviz gives the picture (`width="612pt" height="404pt"` on the root), in
    /// points; nil when it is not written so.
    static func size(_ svg: String) -> (width: Double, height: Double)? {
        guard let end = svg.firstIndex(of: ">") else { return nil }
        let tag = svg[..<end]
        func value(_ name: String) -> Double? {
            guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
            let rest = tag[start.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { return nil }
            var number = String(rest[..<close])
            if number.hasSuffix("pt") { number.removeLast(2) } else if number.hasSuffix("px") {
                number.removeLast(2)
                return Double(number).map { $0 * 0.75 }
            }
            return Double(number)
        }
        guard let width = value("width"), let height = value("height") else { return nil }
        return (width, height)
    }
}
