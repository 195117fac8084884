import StroomModel
import StroomSyntax

/// The report as GitHub-flavoured Markdown: headings, pipe tables, block quotes for notes.
///
/// Every text a user typed is escaped (``MarkdownEscaping``), so a label such as
/// `<script>` or `a | b` stays text and never breaks a table.
public enum MarkdownReportRenderer {
    public static func render(_ report: Report, language: Language) -> String {
        let layout = ReportLayout(report, language)
        var output = "# \(MarkdownEscaping.text(layout.title))\n\n"
        for block in layout.intro { output += render(block) }
        if layout.sections.count > 1 {
            output += "## \(MarkdownEscaping.text(ReportText.contents(language)))\n\n"
            for section in layout.sections {
                output += "- [\(inline(section.title))](#\(section.anchor))\n"
            }
            output += "\n"
        }
        for section in layout.sections {
            output += "<a id=\"\(MarkdownEscaping.anchor(section.anchor))\"></a>\n\n"
            for block in section.blocks { output += render(block) }
        }
        return output
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let line):
            return String(repeating: "#", count: level) + " " + inline(line) + "\n\n"
        case .paragraph(let line):
            return inline(line, lineStart: true) + "\n\n"
        case .note(let line):
            return "> " + inline(line, lineBreak: "<br>\n> ", lineStart: true) + "\n\n"
        case .bullets(let items):
            return items.map { "- " + inline($0, lineBreak: "<br>\n  ", lineStart: true) + "\n" }.joined() + "\n"
        case .table(let table):
            return render(table) + "\n"
        case .diagram:
            return ""
        }
    }

    static func render(_ table: Table) -> String {
        func row(_ cells: [Line]) -> String {
            "| " + cells.map { $0.isEmpty ? " " : inline($0, lineBreak: "<br>") }.joined(separator: " | ") + " |\n"
        }
        var output = row(table.header)
        output += "|" + table.header.indices.map { table.numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for cells in table.rows {
            output += row(cells + Array(repeating: [], count: max(0, table.header.count - cells.count)))
        }
        return output
    }

    /// One line of text; a line break inside it becomes `lineBreak` (`<br>` and a new line in a
    /// paragraph, `<br>` alone in a table cell). `lineStart` says whether the text begins a
    /// line of the Markdown source, where `-`, `+` or `1.` would start a list.
    static func inline(_ line: Line, lineBreak: String = "<br>\n", lineStart: Bool = false) -> String {
        var atStart = lineStart
        let breakStartsLine = lineBreak.contains("\n")
        var output = ""
        for part in line {
            switch part {
            case .text(let text): output += MarkdownEscaping.text(text, lineBreak: lineBreak, atLineStart: atStart)
            case .code(let code): output += MarkdownEscaping.code(code)
            case .strong(let text): output += "**" + MarkdownEscaping.text(text, lineBreak: lineBreak, atLineStart: false) + "**"
            case .warning(let text): output += "⚠️ **" + MarkdownEscaping.text(text, lineBreak: lineBreak, atLineStart: false) + "**"
            case .lineBreak: output += lineBreak
            }
            atStart = part == .lineBreak && breakStartsLine
        }
        return output
    }
}

/// Escaping for text in GitHub-flavoured Markdown.
///
/// Every ASCII punctuation character that Markdown or GFM gives a meaning anywhere in a line
/// (emphasis, links, code, tables, headings, HTML, entities, strikethrough, math) is
/// backslash-escaped — CommonMark allows a backslash before any ASCII punctuation. Characters
/// that only mean something at the start of a line (`-`, `+`, `=`, `1.`) are escaped there.
/// Line breaks inside a text become the given break, so one label always stays one paragraph
/// or one table cell; other control characters become U+FFFD.
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
            if special.contains(character) || (atStart && lineStart.contains(character)) || listNumber {
                output += "\\" + String(character)
            } else if character == "\t" {
                output += " "
            } else if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                output += "\u{FFFD}"
            } else {
                output += String(character)
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
        guard !code.isEmpty, code.allSatisfy({ !$0.isNewline && $0 != "`" && $0 != "|" && !($0.asciiValue.map { $0 < 0x20 } ?? false) }) else {
            return text(code, lineBreak: " ")
        }
        return "`" + code + "`"
    }

    /// An anchor for `<a id="…">`: the characters of an HTML attribute value that need it.
    static func anchor(_ anchor: String) -> String {
        HTMLEscaping.attribute(anchor)
    }
}
