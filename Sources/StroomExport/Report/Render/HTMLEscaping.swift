/// Escaping for HTML text and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become character references, so any text a user types is text in
/// the page and can neither open an element nor leave an attribute. Control characters other
/// than tab and line breaks (which HTML forbids) become U+FFFD; everything else, emoji
/// included, is written as UTF-8.
public enum HTMLEscaping {
    public static func text(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isNoncharacter(scalar) {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// The same escaping serves quoted attribute values.
    public static func attribute(_ value: String) -> String {
        text(value)
    }

    /// U+FDD0…U+FDEF and the last two code points of every plane, which HTML forbids.
    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || (scalar.value & 0xFFFE) == 0xFFFE
    }

    /// The `<svg …>…</svg>` part of an SVG document: the XML declaration, doctype and every
    /// comment (Graphviz writes one per node and edge) are dropped, since they do not belong
    /// inside an HTML page. Nil when the text holds no `<svg` element.
    public static func inlineSVG(_ document: String) -> String? {
        guard let start = document.firstRange(of: "<svg"), let end = document.ranges(of: "</svg>").last,
              start.lowerBound < end.lowerBound else { return nil }
        var svg = Substring(document[start.lowerBound..<end.upperBound])
        var output = ""
        while let open = svg.firstRange(of: "<!--") {
            output += svg[..<open.lowerBound]
            guard let close = svg[open.upperBound...].firstRange(of: "-->") else { return nil }
            svg = svg[close.upperBound...]
        }
        return output + svg
    }
}
