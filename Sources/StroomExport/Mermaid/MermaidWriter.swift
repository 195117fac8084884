import StroomModel
import StroomSyntax

/// The one place where text becomes Mermaid. Labels are always written in double quotes with
/// Mermaid's entity codes for what it would read as syntax (`"`, `#`, `%`) or as HTML (`&`,
/// `<`, `>`); ids keep only ASCII letters, digits and `_`, so no keyword (`end`, `graph`) and
/// no arrow-like start can break the chart. Mermaid rewrites the whole text before it parses:
/// it takes `%%{…}%%` as a directive, rewrites `="…"` inside HTML tags, drops the last `;` of
/// a line with `style…:…#…;` (`:` then text up to a `#`, like `fill:#f00`), and draws a
/// written `\n` as a line break. So no label holds `%%`, `<`, `\`, `\n` (not even as `#92;n`), or
/// a `:` with a `#` after it before the next space; a lone `%` and `08:30` stay readable. The title has none of `%`, `<`,
/// `#` either.
enum MermaidEscaping {
    /// Text for inside `"…"`: `"` → `#quot;`, `#` → `#35;`, `\` → `#92;` (and a word joiner,
    /// `#8288;`, before an `n`), `&` `<` `>` → `#amp;`
    /// `#lt;` `#gt;`, a backtick → `#96;`, `%` before `%` → `#37;`, a line break → `<br/>`,
    /// control characters (and U+FEFF) → a space; then a `:` with a `#` after it before the
    /// next space → `#58;`.
    static func label(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            defer { previousWasCarriageReturn = scalar == "\r" }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "\n" where previousWasCarriageReturn: continue
            case "\n", "\r", "\u{2028}", "\u{2029}": result += "<br/>"
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "%" where next == "%": result += "#37;"
            // In a label with a line break, Mermaid draws even `#92;n` as a new line.
            case "\\": result += next == "n" ? "#92;#8288;" : "#92;"
            case "&": result += "#amp;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "`": result += "#96;"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return styleColonsEscaped(result)
    }

    /// `fill:#35;f00` → `fill#58;#35;f00`: from the end, so a `:` that becomes `#58;` counts as
    /// a `#` for the colons before it.
    private static func styleColonsEscaped(_ text: String) -> String {
        guard text.contains(":") else { return text }
        var hashAhead = false
        var reversed: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars.reversed() {
            if scalar == ":", hashAhead {
                reversed += "#58;".unicodeScalars.reversed()
                continue
            }
            if scalar == " " { hashAhead = false } else if scalar == "#" { hashAhead = true }
            reversed.append(scalar)
        }
        return String(String.UnicodeScalarView(reversed.reversed()))
    }

    /// The chart's title in the front matter: a double-quoted YAML scalar on one line, with
    /// `\\` for a backslash and `\xHH` for `"`, `<`, `>`, `%` and `#` (so the text holds no tag,
    /// no directive and nothing like an entity code), control characters as a space.
    static func yamlTitle(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"", "<", ">", "%", "#": result += "\\x" + String(scalar.value, radix: 16, uppercase: true)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"" + result + "\""
    }

    /// An id made of ASCII letters, digits and `_` (anything else as `_xHH_`), starting with a
    /// letter.
    static func id(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        if let first = result.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic { return result }
        return "n" + result
    }
}

/// Writes a Mermaid flowchart: nodes with shapes and classes, links, subgraphs. Links are
/// counted so that `linkStyle` can address them.
struct MermaidWriter {
    private(set) var output = ""
    private var depth = 1
    private(set) var linkCount = 0
    private var ids: [String: String] = [:]
    private var taken: Set<String> = []

    mutating func line(_ text: String) {
        output += String(repeating: "  ", count: depth) + text + "\n"
    }

    /// The Mermaid id for a DOT-style id (escaped, and unique).
    mutating func id(_ raw: String) -> String {
        if let known = ids[raw] { return known }
        var candidate = MermaidEscaping.id(raw)
        let base = candidate
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)_\(number)"
            number += 1
        }
        taken.insert(candidate)
        ids[raw] = candidate
        return candidate
    }

    /// `id<open>"label"<close>:::class`.
    mutating func node(_ raw: String, shape: (open: String, close: String), label: String, className: String?) {
        let id = self.id(raw)
        line("\(id)\(shape.open)\"\(MermaidEscaping.label(label))\"\(shape.close)" + (className.map { ":::\($0)" } ?? ""))
    }

    /// `a --> b`, with an optional quoted label; returns the link's index.
    @discardableResult
    mutating func link(_ from: String, _ to: String, arrow: String, label: String? = nil) -> Int {
        let text = label.map { "|\"\(MermaidEscaping.label($0))\"|" } ?? ""
        line("\(id(from)) \(arrow)\(text) \(id(to))")
        linkCount += 1
        return linkCount - 1
    }

    mutating func openSubgraph(_ raw: String, title: String) {
        line("subgraph \(id(raw)) [\"\(MermaidEscaping.label(title))\"]")
        depth += 1
    }

    mutating func closeSubgraph() {
        depth -= 1
        line("end")
    }
}
