import StroomModel
import StroomSyntax

/// The report as one self-contained HTML page: no scripts, no external files, styles inline,
/// readable on screen and on paper (each map starts on a new page when printed).
///
/// `diagrams` maps a map id to an SVG document (from Graphviz); it is embedded in the map's
/// section as it is, after the XML declaration and doctype are dropped. Only pass SVG that
/// Stroom made: the SVG is trusted, every other text is escaped (``HTMLEscaping``).
public enum HTMLReportRenderer {
    public static func render(_ report: Report, language: Language, diagrams: [String: String] = [:]) -> String {
        let layout = ReportLayout(report, language)
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="stroom report">
        <title>\(HTMLEscaping.text(layout.title))</title>
        <style>
        \(HTMLReportStyle.css)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLEscaping.text(layout.title))</h1>

        """
        for block in layout.intro { html += render(block, diagrams: diagrams) }
        html += "</header>\n<main>\n"
        for section in layout.sections {
            let kind = section.kind == .summary ? "summary" : "map"
            html += "<section class=\"\(kind)\" id=\"\(HTMLEscaping.attribute(section.anchor))\">\n"
            // A diagram that gets landscape pages of its own on paper comes after the section's
            // text, so the map's heading does not stand alone on a portrait page before it.
            var ownPages = ""
            for block in section.blocks {
                let part = render(block, diagrams: diagrams)
                if case .diagram = block, HTMLDiagram.takesOwnPages(part) { ownPages += part } else { html += part }
            }
            html += ownPages + "</section>\n"
            if section.kind == .summary, layout.mapSections.count > 1 { html += contents(layout, language) }
        }
        html += "</main>\n"
        if !layout.closing.isEmpty {
            html += "<footer>\n" + layout.closing.map { render($0, diagrams: diagrams) }.joined() + "</footer>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// The list of map sections, for the screen (hidden on paper).
    static func contents(_ layout: ReportLayout, _ language: Language) -> String {
        var html = "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">\(HTMLEscaping.text(ReportText.contents(language)))</h2>\n<ul>\n"
        for section in layout.mapSections {
            html += "<li><a href=\"#\(HTMLEscaping.attribute(section.anchor))\">\(inline(section.title))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    /// Each map's section of the report as HTML (the `<section>` element with its blocks), for
    /// pages that show the same figures (`stroom preview`). `figure` gives the HTML of a map's
    /// diagram by map id, trusted as it is; the headings of a map start at `<h2>`.
    public static func mapSections(_ report: Report, language: Language, figure: (String) -> String) -> [(anchor: String, html: String)] {
        ReportLayout(report, language).mapSections.map { section in
            var html = "<section class=\"map\" id=\"\(HTMLEscaping.attribute(section.anchor))\">\n"
            for block in section.blocks {
                if case .diagram(let diagram) = block { html += figure(diagram.mapID) } else { html += render(block, diagrams: [:]) }
            }
            return (section.anchor, html + "</section>\n")
        }
    }

    static func render(_ block: Block, diagrams: [String: String]) -> String {
        switch block {
        case .heading(let level, let line):
            return "<h\(level)>\(inline(line))</h\(level)>\n"
        case .paragraph(let line):
            return "<p>\(inline(line))</p>\n"
        case .note(let line):
            return "<p class=\"note\">\(inline(line))</p>\n"
        case .small(let line):
            return "<p class=\"small\">\(inline(line))</p>\n"
        case .bullets(let items):
            return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case .facts(let facts):
            return "<dl class=\"facts\">\n" + facts.map { fact in
                let value = fact.lines.count == 1 ? inline(fact.lines[0])
                    : "<ul>" + fact.lines.map { "<li>\(inline($0))</li>" }.joined() + "</ul>"
                return "<div><dt>\(HTMLEscaping.text(fact.label))</dt><dd>\(value)</dd></div>\n"
            }.joined() + "</dl>\n"
        case .table(let table):
            return render(table)
        case .diagram(let diagram):
            guard let document = diagrams[diagram.mapID], let svg = HTMLEscaping.inlineSVG(document) else { return "" }
            return HTMLDiagram.figure(svg, diagram)
        }
    }

    static func render(_ table: Table) -> String {
        func cells(_ line: [Line], tag: String) -> String {
            line.enumerated().map { index, cell in
                let attribute = table.numericColumns.contains(index) ? " class=\"num\"" : ""
                return "<\(tag)\(attribute)>\(inline(cell))</\(tag)>"
            }.joined()
        }
        var html = (table.isBoard ? "<table class=\"board\">" : "<table>") + "\n<thead>\n<tr>\(cells(table.header, tag: "th"))</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            let padded = row + Array(repeating: [], count: max(0, table.header.count - row.count))
            html += "<tr>\(cells(padded, tag: "td"))</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    static func inline(_ line: Line) -> String {
        line.map { part -> String in
            switch part {
            case .text(let text): HTMLEscaping.text(text).replacingNewlines(with: "<br>")
            case .code(let code): "<code>\(HTMLEscaping.text(code))</code>"
            case .strong(let text): "<strong>\(HTMLEscaping.text(text).replacingNewlines(with: "<br>"))</strong>"
            case .warning(let text): "<strong class=\"warning\">\(HTMLEscaping.text(text).replacingNewlines(with: "<br>"))</strong>"
            case .lineBreak: "<br>"
            }
        }.joined()
    }
}

extension String {
    /// Every line break (`\n`, `\r\n`, `\r`) replaced.
    func replacingNewlines(with replacement: String) -> String {
        var output = ""
        for character in self {
            if character.isNewline { output += replacement } else { output.append(character) }
        }
        return output
    }
}
