import Foundation

/// What an SVG from Graphviz shows: per node, its tooltip and the texts drawn in it, with
/// entities decoded by `SVGText.decode`; and the font sizes and view box of the whole picture.
struct SVGPicture {
    struct Node {
        let tooltip: String
        let texts: [String]
    }

    let svg: String

    /// The node groups (`<g id="nodeN" class="node">`) that carry a tooltip.
    var nodes: [Node] {
        svg.components(separatedBy: "<g id=\"node").dropFirst().compactMap { chunk -> Node? in
            guard let tooltip = first(#"xlink:title="([^"]*)""#, in: chunk) else { return nil }
            return Node(tooltip: SVGText.decode(tooltip), texts: all(#"<text[^>]*>([^<]*)</text>"#, in: chunk).map(SVGText.decode))
        }
    }

    /// Every `font-size` of a text element.
    var fontSizes: [Double] {
        all(#"<text[^>]*font-size="([0-9.]+)""#, in: svg).compactMap(Double.init)
    }

    /// The picture's width and height in points (`viewBox="0 0 W H"`).
    var viewBox: (width: Double, height: Double)? {
        guard let box = first(#"viewBox="([^"]*)""#, in: svg) else { return nil }
        let numbers = box.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2], numbers[3]) : nil
    }

    private func first(_ pattern: String, in text: String) -> String? { all(pattern, in: text).first }

    private func all(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
