import StroomModel
import StroomSyntax

/// The report as GitHub-flavoured Markdown: headings, pipe tables, block quotes for notes.
///
/// Every text a user typed is escaped (``MarkdownEscaping``), so a label such as
/// `<script>` or `a | b` stays text and never breaks a table.
public enum MarkdownReportRenderer {
    public static func render(_ report: Report, language: Language) -> String {
        let layout = ReportLayout(report, language)
        // A heading is one line of Markdown: a line break in a title stays inside it.
        var output = "# \(MarkdownEscaping.text(layout.title, lineBreak: "<br>"))\n\n"
        for block in layout.intro { output += render(block) }
        for section in layout.sections {
            output += "<a id=\"\(MarkdownEscaping.anchor(section.anchor))\"></a>\n\n"
            for block in section.blocks { output += render(block) }
            if section.kind == .summary, layout.mapSections.count > 1 {
                output += "## \(MarkdownEscaping.text(ReportText.contents(language)))\n\n"
                for map in layout.mapSections {
                    output += "- [\(inline(map.title))](#\(map.anchor))\n"
                }
                output += "\n"
            }
        }
        for block in layout.closing { output += render(block) }
        return output
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let line):
            return String(repeating: "#", count: level) + " " + inline(line, lineBreak: "<br>") + "\n\n"
        case .paragraph(let line):
            return inline(line, lineStart: true) + "\n\n"
        case .note(let line):
            return "> " + inline(line, lineBreak: "<br>\n> ", lineStart: true) + "\n\n"
        case .bullets(let items):
            return items.map { "- " + inline($0, lineBreak: "<br>\n  ", lineStart: true) + "\n" }.joined() + "\n"
        case .table(let table):
            return render(table) + "\n"
        case .small(let line):
            return "*" + inline(line, lineStart: false) + "*\n\n"
        case .facts(let facts):
            return facts.map { fact in
                let label = "- **" + MarkdownEscaping.text(fact.label, lineBreak: " ", atLineStart: false) + ":**"
                if fact.lines.count == 1 { return label + " " + inline(fact.lines[0], lineBreak: "<br>\n  ") + "\n" }
                return label + "\n" + fact.lines.map { "  - " + inline($0, lineBreak: "<br>\n    ", lineStart: true) + "\n" }.joined()
            }.joined() + "\n"
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
