/// A generated set of texts a user (or a copy from elsewhere) might put in a label or a file
/// name, for the escaping tests of every output: quotes, backslashes and Graphviz's backslash
/// escapes, brackets, `<>&`, braces, `|` with a combining mark, bidirectional marks, every C0
/// and C1 control character, line breaks, emoji, a very long text, the empty text. Each piece
/// comes alone and between letters (`a…b`), so both a label that is exactly `]` and one that
/// holds it are tried.
public enum HostileStrings {
    public static let pieces: [String] = [
        "\"", "'", "\\", "]", "[", "]]>", "\\N", "\\G", "\\L", "\\E", "\\T", "\\H", "\\n", "\\l", "\\r", "\\\\",
        "<", ">", "&", "<>&", "&amp;", "&#93;", "<BR/>", "</TD>", "{", "}", "{x}", "|", "|\u{301}", "\u{301}",
        "\u{200F}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{200B}", "😀", "👩‍🏫", "🇳🇱", "`", "*", "_", "#", "$", "~",
        "S:\\Groepen\\Namen", "C:\\nieuw\\test",
    ]

    /// The control characters, each alone: U+0000–U+001F and U+007F–U+009F.
    public static let controls: [String] = (Array(0x00...0x1F) + Array(0x7F...0x9F)).map { String(Unicode.Scalar(UInt8($0))) }

    /// Every piece alone and between letters, the controls, line breaks, and the extremes.
    public static let all: [String] = {
        var result = pieces + pieces.map { "a" + $0 + "b" }
        result += controls.map { "x" + $0 + "y" }
        result += ["\n", "een\ntwee", "een\r\ntwee", "een\rtwee", "\u{1B}[31mrood\u{1B}[0m", "tab\there",
                   String(repeating: "lang ", count: 1_000), String(repeating: "ë", count: 5_000), "", " ", "|\u{301}|\u{301}|"]
        return result
    }()

    /// Short texts that must reach a drawing or page as written (no spaces to wrap at, no
    /// control characters, no characters that a renderer may drop or turn around).
    public static let literal: [String] = all.filter { text in
        !text.isEmpty && text.count <= 20 && !text.unicodeScalars.contains { scalar in
            scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value) || [0x200B, 0x200E, 0x200F, 0x202E, 0x2066, 0xFEFF].contains(scalar.value)
        }
    }

    /// `text` as a Stroom string literal (`"…"`, with Stroom's escapes).
    public static func stroomLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
