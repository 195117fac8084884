/// Escaping for text in GitHub-flavoured Markdown.
///
/// Every ASCII punctuation character that Markdown or GFM gives a meaning anywhere in a line
/// (emphasis, links, code, tables, headings, HTML, entities, strikethrough, math) is
/// backslash-escaped — CommonMark allows a backslash before any ASCII punctuation. Characters
/// that only mean something at the start of a line (`-`, `+`, `=`, `1.`) are escaped there.
/// Line breaks inside a text become the given break, so one label always stays one paragraph
/// or one table cell; other control characters (C0, DEL, C1) become U+FFFD. Characters are
/// judged by their first scalar, so a combining mark cannot hide a `|` or a `*`.
enum MarkdownEscaping {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "$"]
    static let lineStart: Set<Character> = ["-", "+", "="]

    static func text(_ text: String, lineBreak: String = "<br>\n", atLineStart: Bool = true) -> String {
        let characters = Array(text)
        let breakStartsLine = lineBreak.contains("\n")
        var output = ""
        var digitsAtLineStart: Int? = atLineStart ? 0 : nil // digits since the line started; nil once anything else came
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                output += lineBreak
                digitsAtLineStart = breakStartsLine ? 0 : nil
                continue
            }
            let atStart = digitsAtLineStart == 0
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            // `1. ` or `1) ` at the start of a line would begin a numbered list.
            let listNumber = (character == "." || character == ")") && (digitsAtLineStart ?? 0) > 0
                && (next == nil || next == " " || next == "\t" || next!.isNewline)
            // Judged by its first scalar: `|` with a combining mark (one Character) is still a `|`.
            let first = Character(character.unicodeScalars.first!)
            if special.contains(first) || (atStart && lineStart.contains(first)) || listNumber {
                output += "\\"
            }
            for scalar in character.unicodeScalars {
                if scalar == "\t" {
                    output += " "
                } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            if character.isASCII, character.isNumber, let digits = digitsAtLineStart {
                digitsAtLineStart = digits + 1
            } else if character != " " || !atStart {
                digitsAtLineStart = nil
            }
        }
        return output
    }

    /// An id in a code span. Ids have no backticks; anything unexpected goes through
    /// ``text(_:lineBreak:)`` instead.
    static func code(_ code: String) -> String {
        guard !code.isEmpty, code.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0 != "`" && $0 != "|" && $0 != "\u{2028}" && $0 != "\u{2029}" }) else {
            return text(code, lineBreak: " ")
        }
        return "`" + code + "`"
    }

    /// An anchor for `<a id="…">`: the characters of an HTML attribute value that need it.
    static func anchor(_ anchor: String) -> String {
        HTMLEscaping.attribute(anchor)
    }
}
