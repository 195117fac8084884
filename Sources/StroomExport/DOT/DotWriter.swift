import StroomSyntax

/// Where a piece of user text ends up in DOT, which decides how it is escaped.
enum DotTextContext {
    /// A double-quoted string: an id, a colour, a tooltip, or a label with `\n` line breaks.
    case quoted
    /// Text inside an HTML-like label (`label=<…>`), with `<BR/>` line breaks.
    case html
    /// A double-quoted `tooltip`, which Graphviz unescapes twice on its way to the SVG.
    case tooltip
}

/// The one place where text becomes DOT. Every id, attribute value and label passes through
/// ``escape(_:for:)``, so that whatever a user types gives valid DOT.
enum DotEscaping {
    /// Quoted: `\` → `\\`, `"` → `\"`, a line break → `\n`.
    /// Tooltip: the same, but `\` → `\\\\` (Graphviz expands escapes in tooltips twice).
    /// HTML: `&` `<` `>` `"` `]` as entities (a `]` at the end of a label breaks Graphviz's
    /// parser), `\` → `\\` (Graphviz expands `\N`, `\G`, `\L` … in HTML labels too), a line
    /// break → `<BR/>`.
    /// In both, control characters and the non-characters U+FFFE/U+FFFF (which no XML parser
    /// accepts) become a space; everything else passes as UTF-8 (the graph says
    /// `charset="UTF-8"`).
    static func escape(_ text: String, for context: DotTextContext) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where previousWasCarriageReturn:
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}":
                result += context == .html ? "<BR/>" : "\\n"
            case "\\":
                result += context == .tooltip ? "\\\\\\\\" : "\\\\"
            case "\"":
                result += context == .html ? "&quot;" : "\\\""
            case "]" where context == .html:
                result += "&#93;"
            case "&" where context == .html:
                result += "&amp;"
            case "<" where context == .html:
                result += "&lt;"
            case ">" where context == .html:
                result += "&gt;"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// An attribute value, escaped when it is written.
enum DotValue {
    /// Any text, written as a quoted string.
    case text(String)
    /// An HTML-like label already built with ``HTMLText`` (written between `<` and `>`).
    case html(HTMLText)
    /// A number, keyword or colour that Stroom itself chose (`LR`, `0.3`, `#ffc9c9`).
    case plain(String)
    /// A tooltip: any text, quoted for Graphviz's double unescaping.
    case tooltip(String)
}

/// `name=value` on a graph, node or edge.
struct DotAttribute {
    let name: String
    let value: DotValue

    init(_ name: String, _ value: DotValue) {
        self.name = name
        self.value = value
    }

    static func text(_ name: String, _ value: String) -> DotAttribute { DotAttribute(name, .text(value)) }
    static func plain(_ name: String, _ value: String) -> DotAttribute { DotAttribute(name, .plain(value)) }
    static func tooltip(_ value: String) -> DotAttribute { DotAttribute("tooltip", .tooltip(value)) }

    var rendered: String {
        switch value {
        case .text(let text): "\(name)=\"\(DotEscaping.escape(text, for: .quoted))\""
        case .html(let html): "\(name)=<\(html.markup)>"
        case .plain(let word): "\(name)=\"\(DotEscaping.escape(word, for: .quoted))\""
        case .tooltip(let text): "\(name)=\"\(DotEscaping.escape(text, for: .tooltip))\""
        }
    }
}

/// Writes DOT text line by line, indented, in the order it is called: what a view emits
/// first comes first, so the output is as deterministic as the view.
struct DotWriter {
    private(set) var output = ""
    private var depth = 0

    mutating func line(_ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    mutating func openGraph(_ name: String) {
        line("digraph \(quoted(name)) {")
        depth += 1
    }

    mutating func openSubgraph(_ name: String) {
        line("subgraph \(quoted(name)) {")
        depth += 1
    }

    /// `{ rank=same; … }` around what `body` writes.
    mutating func sameRank(_ body: (inout DotWriter) -> Void) {
        line("{")
        depth += 1
        line("rank=same;")
        body(&self)
        depth -= 1
        line("}")
    }

    mutating func close() {
        depth -= 1
        line("}")
    }

    /// `name="value";` inside the current graph or subgraph.
    mutating func set(_ attributes: [DotAttribute]) {
        for attribute in attributes { line(attribute.rendered + ";") }
    }

    /// `graph [ … ];`, `node [ … ];` or `edge [ … ];`.
    mutating func defaults(_ kind: String, _ attributes: [DotAttribute]) {
        line("\(kind) [\(attributes.map(\.rendered).joined(separator: ", "))];")
    }

    mutating func node(_ id: String, _ attributes: [DotAttribute]) {
        line(attributes.isEmpty ? "\(quoted(id));" : "\(quoted(id)) [\(attributes.map(\.rendered).joined(separator: ", "))];")
    }

    mutating func edge(_ from: String, _ to: String, _ attributes: [DotAttribute] = []) {
        let head = "\(quoted(from)) -> \(quoted(to))"
        line(attributes.isEmpty ? "\(head);" : "\(head) [\(attributes.map(\.rendered).joined(separator: ", "))];")
    }

    /// `// text`, one line per line of text (comments are for people reading the DOT).
    mutating func comment(_ text: String) {
        for part in TextLayout.normalizedLines(text) {
            line("// " + DotEscaping.escape(part, for: .quoted))
        }
    }

    private func quoted(_ id: String) -> String {
        "\"\(DotEscaping.escape(id, for: .quoted))\""
    }
}
